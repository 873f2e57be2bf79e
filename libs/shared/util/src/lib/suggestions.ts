import {
  COMPETENCE_LEVELS,
  type CourseSuggestion,
  type CourseTopic,
  type StaffRole,
  type SuggestionReason,
  type TargetLevel,
} from '@kl/shared/contracts';
import { fromScaled, toScaled } from './decimal';

export interface SuggestionCourseInput {
  id: string;
  title: string;
  topics: readonly CourseTopic[];
  targetRole: StaffRole | null;
  costPerParticipant: string;
  sessions: readonly { id: string; startsOn: string; seatsLeft: number }[];
}

export interface SuggestionNeed {
  topicCode: string;
  level: TargetLevel;
  staffRole: StaffRole;
  people: number;
  /** Sessions before this day (ISO) are past. */
  today: string;
}

const FIT_ORDER = { exact: 0, above: 1, below: 2 } as const;

/**
 * Courses for a gap, ranked by fit, each with its reasons in the order they count: the topic at
 * the level needed (exactly, above, or below it: still a step), the target group, a session the
 * kommun can still book (with seats for everyone first, then the soonest), then the cost. A course
 * that does not develop the topic is no suggestion.
 */
export function rankSuggestions(
  courses: readonly SuggestionCourseInput[],
  need: SuggestionNeed,
): CourseSuggestion[] {
  const neededIndex = COMPETENCE_LEVELS.indexOf(need.level);
  const scored = courses.flatMap((course) => {
    const topic = course.topics.find((t) => t.topicCode === need.topicCode);
    if (!topic) return [];
    const diff = COMPETENCE_LEVELS.indexOf(topic.level) - neededIndex;
    const fit = diff === 0 ? 'exact' : diff > 0 ? 'above' : 'below';
    const fits = course.targetRole === null || course.targetRole === need.staffRole;
    const upcoming = course.sessions
      .filter((s) => s.startsOn >= need.today && s.seatsLeft > 0)
      .sort(
        (a, b) =>
          Number(b.seatsLeft >= need.people) - Number(a.seatsLeft >= need.people) ||
          a.startsOn.localeCompare(b.startsOn),
      );
    const session = upcoming[0] ?? null;
    const cost = toScaled(course.costPerParticipant, 2);
    const reasons: SuggestionReason[] = [
      { kind: 'topic_level', courseLevel: topic.level, needed: need.level, fit },
      { kind: 'target_group', role: course.targetRole, fits },
      session
        ? {
            kind: 'session',
            startsOn: session.startsOn,
            seatsLeft: session.seatsLeft,
            enoughSeats: session.seatsLeft >= need.people,
          }
        : { kind: 'no_session' },
      {
        kind: 'cost',
        perParticipant: fromScaled(cost, 2),
        total: fromScaled(cost * BigInt(Math.max(1, need.people)), 2),
      },
    ];
    const key = [
      FIT_ORDER[fit],
      fits ? 0 : 1,
      session ? 0 : 1,
      session && session.seatsLeft >= need.people ? 0 : 1,
    ];
    return [{ course, session, cost, key, reasons }];
  });
  scored.sort((a, b) => {
    for (let i = 0; i < a.key.length; i++) if (a.key[i] !== b.key[i]) return a.key[i] - b.key[i];
    const date = (a.session?.startsOn ?? '9999').localeCompare(b.session?.startsOn ?? '9999');
    if (date !== 0) return date;
    if (a.cost !== b.cost) return a.cost < b.cost ? -1 : 1;
    return (
      a.course.title.localeCompare(b.course.title, 'sv') || a.course.id.localeCompare(b.course.id)
    );
  });
  return scored.map((s, i) => ({
    rank: i + 1,
    courseId: s.course.id,
    courseTitle: s.course.title,
    sessionId: s.session?.id ?? null,
    reasons: s.reasons,
  }));
}

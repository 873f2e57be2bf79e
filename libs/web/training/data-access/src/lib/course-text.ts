import type {
  Course,
  CourseProvider,
  CourseSession,
  CourseTargetDegree,
  CourseTargetExperience,
  CourseType,
  StaffRole,
} from '@kl/shared/contracts';
import { decimalText, LEVEL_LABELS } from './training-text';

export const COURSE_TYPE_LABELS: Record<CourseType, string> = {
  university_course: 'Högskolekurs',
  one_day_course: 'Endagarskurs',
  two_day_course: 'Tvådagarskurs',
  supervision: 'Handledning',
  introduction_programme: 'Introduktionsprogram',
  commissioned_training: 'Uppdragsutbildning',
  network_conference: 'Nätverk eller konferens',
  e_learning: 'E-learning',
  other: 'Annan utbildning',
};

export const COURSE_PROVIDER_LABELS: Record<CourseProvider, string> = {
  university: 'Lärosäte',
  skr: 'SKR',
  municipal_association: 'Kommunförbund',
  regional_development_leader: 'Regional utvecklingsledare',
  internal: 'Intern',
  other: 'Annan anordnare',
};

export const TARGET_ROLE_LABELS: Record<StaffRole, string> = {
  caseworker: 'Handläggare',
  team_leader: 'Arbetsledare',
};

export const TARGET_DEGREE_LABELS: Record<CourseTargetDegree, string> = {
  any: 'Med eller utan socionomexamen',
  social_work: 'Med socionomexamen',
  not_social_work: 'Utan socionomexamen',
};

export const TARGET_EXPERIENCE_LABELS: Record<CourseTargetExperience, string> = {
  any: 'Oavsett erfarenhet',
  under1: 'Mindre än 1 års erfarenhet',
  under2: 'Mindre än 2 års erfarenhet',
  under3: 'Mindre än 3 års erfarenhet',
  over4: 'Mer än 4 års erfarenhet',
};

/** A topic of the framework as the catalogue names it. */
export interface TopicOption {
  code: string;
  name: string;
}

/** "SA07 Utredningsmetodik, fördjupad" for each topic of a course, in the course's order. */
export function courseTopicsText(
  course: Pick<Course, 'topics'>,
  topics: readonly TopicOption[],
): string[] {
  const names = new Map(topics.map((t) => [t.code, t.name]));
  return course.topics.map((t) => {
    const name = names.get(t.topicCode);
    return `${t.topicCode}${name ? ` ${name}` : ''}, ${LEVEL_LABELS[t.level]}`;
  });
}

/** "Handläggare, med socionomexamen, mindre än 2 års erfarenhet"; the open choices are left out. */
export function targetGroupText(course: Pick<Course, 'targetGroup'>): string {
  const { role, degree, experience } = course.targetGroup;
  const parts = [role ? TARGET_ROLE_LABELS[role] : 'Handläggare och arbetsledare'];
  if (degree !== 'any') parts.push(TARGET_DEGREE_LABELS[degree].toLowerCase());
  if (experience !== 'any') parts.push(TARGET_EXPERIENCE_LABELS[experience].toLowerCase());
  return parts.join(', ');
}

/** "1 dag", "2 dagar", "0,5 dag"; "–" when not given. */
export function durationText(days: string | null): string {
  if (days === null) return '–';
  const text = decimalText(days.replace(/\.0$/, ''));
  return `${text} ${text === '1' || text.startsWith('0,') ? 'dag' : 'dagar'}`;
}

/** "7,5 hp"; "–" for a course without credits. */
export function creditsText(credits: string | null): string {
  return credits === null ? '–' : `${decimalText(credits.replace(/\.0$/, ''))} hp`;
}

/** Who keeps the course: the kommun's own, another kommun's shared one, or the län's. */
export function courseOwnerText(course: Pick<Course, 'owner' | 'ownerName'>): string {
  if (course.owner.kind === 'county') return 'Länets';
  return course.ownerName ?? 'Kommunens';
}

/** "2027-03-10" or "2027-03-10 – 2027-03-11". */
export function sessionDatesText(session: Pick<CourseSession, 'startsOn' | 'endsOn'>): string {
  return session.startsOn === session.endsOn
    ? session.startsOn
    : `${session.startsOn} – ${session.endsOn}`;
}

/** "Stadshuset", "Distans", or "Stadshuset och distans". */
export function sessionPlaceText(session: Pick<CourseSession, 'place' | 'online'>): string {
  if (!session.place) return session.online ? 'Distans' : '–';
  return session.online ? `${session.place} och distans` : session.place;
}

/** The kommun's seats still free on a session (never below zero). */
export function seatsLeft(session: Pick<CourseSession, 'ourSeats' | 'ourTaken'>): number {
  return Math.max(0, session.ourSeats - session.ourTaken);
}

export interface SessionMonth {
  /** "2027-03" */
  key: string;
  /** "Mars 2027", for a heading */
  label: string;
  /** "mars 2027", within a sentence */
  name: string;
  sessions: CourseSession[];
}

const MONTH = new Intl.DateTimeFormat('sv-SE', { month: 'long', year: 'numeric', timeZone: 'UTC' });

/** Sessions by the month they start in ("Mars 2027"), months and sessions in date order. */
export function sessionsByMonth(sessions: readonly CourseSession[]): SessionMonth[] {
  const months = new Map<string, CourseSession[]>();
  for (const session of [...sessions].sort((a, b) => a.startsOn.localeCompare(b.startsOn))) {
    const key = session.startsOn.slice(0, 7);
    months.set(key, [...(months.get(key) ?? []), session]);
  }
  return [...months].map(([key, list]) => {
    const name = MONTH.format(new Date(`${key}-01T00:00:00Z`));
    return { key, label: capitalised(name), name, sessions: list };
  });
}

export interface CourseFilter {
  type: CourseType | '';
  provider: CourseProvider | '';
  topicCode: string;
}

/** The courses that match every filter chosen ('' is "all"), by title. */
export function filterCourses(courses: readonly Course[], filter: CourseFilter): Course[] {
  return courses
    .filter(
      (c) =>
        (!filter.type || c.type === filter.type) &&
        (!filter.provider || c.provider === filter.provider) &&
        (!filter.topicCode || c.topics.some((t) => t.topicCode === filter.topicCode)),
    )
    .sort((a, b) => a.title.localeCompare(b.title, 'sv'));
}

function capitalised(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

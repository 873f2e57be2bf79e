import { Injectable } from '@nestjs/common';
import { type Actor, ScopedData, SqlParams } from '@kl/api/core';
import type { CourseSuggestion, SuggestionsQuery } from '@kl/shared/contracts';
import { rankSuggestions, todayInSweden } from '@kl/shared/util';
import { loadCourses } from './course-rows';
import { loadSessions } from './sessions.service';

/**
 * Courses and sessions for a gap (a topic, the level needed, how many people), ranked by the pure
 * `rankSuggestions` with the reasons for each place. Two queries whatever the catalogue's size.
 */
@Injectable()
export class SuggestionsService {
  constructor(private readonly data: ScopedData) {}

  suggest(actor: Actor, query: SuggestionsQuery): Promise<CourseSuggestion[]> {
    return this.data.inKommun(actor, async (tx) => {
      const today = todayInSweden();
      const p = new SqlParams();
      const topic = p.add(query.topicCode);
      const courses = await loadCourses(
        tx,
        p,
        `EXISTS (SELECT 1 FROM course_topic ct WHERE ct.course_id = c.id AND ct.topic_code = ${topic})`,
      );
      const sp = new SqlParams();
      const sessions =
        courses.length === 0
          ? []
          : await loadSessions(
              tx,
              sp,
              `s.course_id = ANY(${sp.add(
                courses.map((c) => c.id),
                'uuid[]',
              )}) AND s.starts_on >= ${sp.add(today, 'date')}`,
            );
      return rankSuggestions(
        courses.map((c) => ({
          id: c.id,
          title: c.title,
          topics: c.topics,
          targetRole: c.targetRole,
          costPerParticipant: c.costPerParticipant,
          sessions: sessions
            .filter((s) => s.courseId === c.id)
            .map((s) => ({ id: s.id, startsOn: s.startsOn, seatsLeft: s.ourSeats - s.ourTaken })),
        })),
        {
          topicCode: query.topicCode,
          level: query.level,
          staffRole: query.staffRole ?? 'caseworker',
          people: query.people ?? 1,
          today,
        },
      );
    });
  }
}

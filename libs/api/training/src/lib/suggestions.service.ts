import { Injectable } from '@nestjs/common';
import { type Actor, ScopedData, SqlParams } from '@kl/api/core';
import type { CourseSuggestion, SuggestionsQuery } from '@kl/shared/contracts';
import { rankSuggestions, type SuggestionCourseInput, todayInSweden } from '@kl/shared/util';
import { courseReach } from './course-rows';
import { ourSeats, ourTaken } from './sessions.service';

/**
 * Courses and sessions for a gap (a topic, the level needed, how many people), ranked by the pure
 * `rankSuggestions` with the reasons for each place. One statement whatever the catalogue's size.
 */
@Injectable()
export class SuggestionsService {
  constructor(private readonly data: ScopedData) {}

  suggest(actor: Actor, query: SuggestionsQuery): Promise<CourseSuggestion[]> {
    return this.data.inKommun(actor, async (tx) => {
      const today = todayInSweden();
      const p = new SqlParams();
      const topic = p.add(query.topicCode);
      const from = p.add(today, 'date');
      // One prepared statement: its plan (row-level security on four tables) is made once per connection.
      const courses = await tx.prepared<SuggestionCourseInput>(
        `SELECT c.id, c.title, c.target_role AS "targetRole", c.cost_per_participant::text AS "costPerParticipant",
                (SELECT json_agg(json_build_object('topicCode', t.topic_code, 'level', t.level) ORDER BY t.topic_code)
                 FROM course_topic t WHERE t.course_id = c.id) AS topics,
                coalesce((SELECT json_agg(json_build_object('id', s.id, 'startsOn', s.starts_on::text,
                                                            'seatsLeft', ${ourSeats(tx, p)} - ${ourTaken(tx, p)})
                                          ORDER BY s.starts_on, s.id)
                          FROM course_session s WHERE s.course_id = c.id AND s.starts_on >= ${from}), '[]') AS sessions
         FROM course_topic ct JOIN course c ON c.id = ct.course_id
         WHERE ct.topic_code = ${topic} AND ${courseReach(tx, p)}
         ORDER BY c.title, c.id`,
        p,
      );
      return rankSuggestions(
        courses,
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

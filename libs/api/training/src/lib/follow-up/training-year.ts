import type { KommunTransaction } from '@kl/api/core';
import type { CompletedParticipation, TrainingYear } from '@kl/shared/util';

/** Costs bound to a grant: what its `used` counts (as the funding page). */
const BOUND = `('booked', 'completed', 'no_show')`;

interface CompletedRow extends Omit<CompletedParticipation, 'participant'> {
  role: NonNullable<CompletedParticipation['participant']>['role'] | null;
  degree: NonNullable<CompletedParticipation['participant']>['degree'] | null;
  experienceStart: string | null;
}

/**
 * A kommun's training of a year for the national submission (docs/national.md §7): its completed
 * participations on sessions starting in the year (each with the course's type, credits and topics,
 * whether the session was joint, and the participant's role, degree and experience start — never
 * who), its introduction programmes in use and its statsbidrag of the year. A session is joint when
 * another kommun or the län organised it (the kommun took seats given to it), or the kommun gave
 * seats on it to other kommuner.
 */
export async function readTrainingYear(tx: KommunTransaction, year: number): Promise<TrainingYear> {
  const rows = await tx.query<CompletedRow>(
    `SELECT s.id AS "sessionId", c.type AS "courseType", c.credits::text AS credits, s.starts_on::text AS "startsOn",
            (s.municipality_id IS DISTINCT FROM $1
              OR EXISTS (SELECT 1 FROM course_session_seat x WHERE x.session_id = s.id AND x.municipality_id <> $1)) AS joint,
            array(SELECT ct.topic_code FROM course_topic ct WHERE ct.course_id = c.id ORDER BY ct.topic_code) AS "topicCodes",
            sm.role, sm.degree, sm.experience_start::text AS "experienceStart"
     FROM participation pa
     JOIN course_session s ON s.id = pa.session_id
     JOIN course c ON c.id = s.course_id
     LEFT JOIN staff_member sm ON sm.id = pa.staff_member_id
     WHERE pa.municipality_id = $1 AND pa.status = 'completed'
       AND s.starts_on >= make_date($2, 1, 1) AND s.starts_on <= make_date($2, 12, 31)`,
    [tx.municipalityId, year],
  );
  const [totals] = await tx.query<{ programmes: number; requisitioned: string; used: string }>(
    `SELECT (SELECT count(DISTINCT s.course_id)::int FROM participation pa
               JOIN course_session s ON s.id = pa.session_id JOIN course c ON c.id = s.course_id
             WHERE pa.municipality_id = $1 AND c.type = 'introduction_programme' AND pa.status IN ('booked', 'completed')
               AND s.starts_on >= make_date($2, 1, 1) AND s.starts_on <= make_date($2, 12, 31)) AS programmes,
            (SELECT coalesce(sum(g.requisitioned), 0)::text FROM state_grant g
             WHERE g.municipality_id = $1 AND g.year = $2) AS requisitioned,
            (SELECT coalesce(sum(pa.cost), 0)::text FROM participation pa JOIN state_grant g ON g.id = pa.grant_id
             WHERE g.municipality_id = $1 AND g.year = $2 AND pa.status IN ${BOUND}) AS used`,
    [tx.municipalityId, year],
  );
  return {
    completed: rows.map(({ role, degree, experienceStart, ...r }) => ({
      ...r,
      participant: role && degree && experienceStart ? { role, degree, experienceStart } : null,
    })),
    introductionProgrammes: totals.programmes,
    grantsRequisitioned: totals.requisitioned,
    grantsUsed: totals.used,
  };
}

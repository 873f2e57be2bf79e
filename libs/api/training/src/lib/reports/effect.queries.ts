import type { KommunTransaction } from '@kl/api/core';
import type { StaffRole } from '@kl/shared/contracts';
import type { EffectLevel } from '@kl/shared/util';

/** One person of a round pair in a topic; `courseId` for a participant, null for a non-participant. */
export interface EffectRow {
  courseId: string | null;
  courseTitle: string | null;
  topicCode: string;
  topicName: string;
  cohort: string;
  role: StaffRole;
  experienceStart: string;
  beforeReferenceDate: string;
  before: EffectLevel;
  after: EffectLevel;
}

/** The leader's level at topic index `i` of a frozen compact text (cell-levels.ts) as 0–2; null for none or not applicable. */
const levelAt = (levels: string, index: string) =>
  `(SELECT CASE substr(${levels}, k + 1, 1) WHEN 'i' THEN 0 WHEN 'b' THEN 1 WHEN 'a' THEN 2 END
    FROM generate_series(1, length(${levels}) - 1, 2) AS k WHERE ascii(substr(${levels}, k, 1)) = 65 + ${index})`;

/** The closed round nearest the session on one side, on a framework holding the topic. */
const nearestRound = (side: 'before' | 'after') =>
  `(SELECT c.id, c.reference_date, c.service_area_id, tp.i, tp.name FROM closed c
    JOIN positions tp ON tp.framework_id = c.framework_id AND tp.code = ct.topic_code
    WHERE ${
      side === 'before'
        ? 'c.reference_date < h.starts_on ORDER BY c.reference_date DESC, c.id'
        : 'c.reference_date > h.ends_on AND c.service_area_id = b.service_area_id ORDER BY c.reference_date, c.id'
    } LIMIT 1)`;

/**
 * The effect report's people in one statement (docs/training.md): for each completed participation
 * (sessions starting in `year` when given) and topic of its course, the round pair around it — the
 * latest closed round before the first day and the earliest closed round after the last day, of
 * the same service area — and everyone of both frozen populations in the caller's reach with a
 * leader level in the topic in both. Participants come once per course; non-participants once per
 * pair and topic, unless they completed any course on the topic overlapping the pair's interval.
 */
export function loadEffectRows(tx: KommunTransaction, year: number | null): Promise<EffectRow[]> {
  const p = tx.params();
  const reach = (alias: string) =>
    tx.staffFilter(p, {
      excludeSelf: true,
      columns: { id: `${alias}.staff_member_id`, unitId: `${alias}.unit_id`, municipalityId: `${alias}.municipality_id` },
    });
  const inYear = year === null ? '' : `AND extract(year FROM s.starts_on) = ${p.add(year)}`;
  return tx.query<EffectRow>(
    `WITH closed AS (
       SELECT r.id, r.reference_date, r.framework_id, f.service_area_id
       FROM inventory_round r JOIN competence_framework f ON f.id = r.framework_id
       WHERE r.municipality_id = $1 AND r.population_frozen_at IS NOT NULL
     ), positions AS (
       SELECT t.framework_id, t.code, t.name,
              (row_number() OVER (PARTITION BY t.framework_id ORDER BY a.position, a.code, t.position, t.code) - 1)::int AS i
       FROM competence_topic t JOIN competence_area a ON a.id = t.area_id
       WHERE t.framework_id IN (SELECT framework_id FROM closed)
     ), held AS (
       SELECT DISTINCT pa.staff_member_id, s.course_id, s.starts_on, s.ends_on
       FROM participation pa JOIN course_session s ON s.id = pa.session_id
       WHERE pa.municipality_id = $1 AND pa.status = 'completed' AND pa.staff_member_id IS NOT NULL ${inYear}
     ), pairs AS (
       SELECT DISTINCT h.staff_member_id, h.course_id, ct.topic_code, af.name AS topic_name,
              b.id AS before_id, b.i AS before_i, b.reference_date AS before_date,
              af.id AS after_id, af.i AS after_i, af.reference_date AS after_date
       FROM held h JOIN course_topic ct ON ct.course_id = h.course_id
       CROSS JOIN LATERAL ${nearestRound('before')} b
       CROSS JOIN LATERAL ${nearestRound('after')} af
     ), cohorts AS (
       SELECT DISTINCT topic_code, topic_name, before_id, before_i, before_date, after_id, after_i, after_date FROM pairs
     ), measured AS (
       SELECT c.topic_code, c.topic_name, c.before_id, c.after_id, c.before_date, c.after_date,
              c.before_id || '>' || c.after_id AS cohort, rb.staff_member_id, rb.role, rb.experience_start,
              ${levelAt('rb.levels', 'c.before_i')} AS before, ${levelAt('ra.levels', 'c.after_i')} AS after
       FROM cohorts c
       JOIN round_population rb ON rb.municipality_id = $1 AND rb.round_id = c.before_id
       JOIN round_population ra ON ra.municipality_id = $1 AND ra.round_id = c.after_id AND ra.staff_member_id = rb.staff_member_id
       WHERE ${reach('ra')}
     ), comparable AS (
       SELECT m.* FROM measured m
       WHERE m.before IS NOT NULL AND m.after IS NOT NULL
         AND NOT EXISTS (
           SELECT 1 FROM participation pa
           JOIN course_session s ON s.id = pa.session_id
           JOIN course_topic ct ON ct.course_id = s.course_id AND ct.topic_code = m.topic_code
           WHERE pa.municipality_id = $1 AND pa.staff_member_id = m.staff_member_id AND pa.status = 'completed'
             AND s.starts_on <= m.after_date AND s.ends_on >= m.before_date)
     )
     SELECT pr.course_id AS "courseId", co.title AS "courseTitle", m.topic_code AS "topicCode", m.topic_name AS "topicName",
            m.cohort, m.role, m.experience_start::text AS "experienceStart", m.before_date::text AS "beforeReferenceDate",
            m.before, m.after
     FROM pairs pr
     JOIN measured m ON m.topic_code = pr.topic_code AND m.before_id = pr.before_id AND m.after_id = pr.after_id
                    AND m.staff_member_id = pr.staff_member_id
     LEFT JOIN course co ON co.id = pr.course_id
     WHERE m.before IS NOT NULL AND m.after IS NOT NULL
     UNION ALL
     SELECT NULL, NULL, topic_code, topic_name, cohort, role, experience_start::text, before_date::text, before, after
     FROM comparable`,
    p,
  );
}

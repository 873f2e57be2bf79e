import type { EntityManager } from 'typeorm';

/**
 * The demo's effect of training (docs/training.md §8): "Evidensbaserad praktik i utredningen",
 * held four months after the round two years back, in EP01 (the national follow-up's largest gap).
 * The people: the barn-och-unga caseworkers with more than four years of experience on that
 * round's reference date, by employee number, but the demo caseworker (her own pages and the
 * journeys stay as they were); the first seven took the course, the others did not. All lacked
 * EP01 two years back; a year back six of the seven participants and every third of the others
 * are grundläggande. So the report shows 7 participants (+0,86 steps) beside 6 comparable
 * non-participants (+0,33).
 */
const TOPIC = 'EP01';
const PARTICIPANTS = 7;

/** The chosen people as SQL: `id`, `rn` (1… by employee number). `$1` is the kommun. */
const CHOSEN = `
  SELECT s.id, row_number() OVER (ORDER BY s.employee_number) AS rn
  FROM staff_member s
  JOIN org_unit u ON u.id = s.unit_id
  JOIN service_area sa ON sa.id = u.service_area_id AND sa.code = 'barn-och-unga'
  CROSS JOIN (SELECT (reference_date - interval '2 years')::date AS day FROM inventory_round
              WHERE municipality_id = $1 AND name = 'Demoinventering') r
  WHERE s.municipality_id = $1 AND s.role = 'caseworker' AND s.employee_number <> 'D0002'
    AND s.employment_start <= r.day AND (s.employment_end IS NULL OR s.employment_end >= r.day)
    AND s.experience_start + interval '4 years' < r.day`;

/**
 * Before a history round is frozen: the team leader's EP01 levels of the chosen people, appended
 * as a later assessment (history is append-only) — all saknar two years back; a year back the
 * participants but the last grundläggande, and every third of the others.
 */
export async function shapeDemoEffectLevels(
  manager: EntityManager,
  municipalityId: string,
  roundId: string,
  yearsBack: number,
  assessorId: string,
): Promise<void> {
  const level =
    yearsBack === 2
      ? `'insufficient'`
      : `CASE WHEN c.rn < ${PARTICIPANTS} OR (c.rn > ${PARTICIPANTS} AND c.rn % 3 = 0) THEN 'basic' ELSE 'insufficient' END`;
  await manager.query(
    `WITH chosen AS (${CHOSEN})
     INSERT INTO assessment (municipality_id, round_id, staff_member_id, topic_id, source, seq, value, assessor_id, assessed_at)
     SELECT $1, r.id, c.id, t.id, 'leader',
            coalesce((SELECT max(a.seq) FROM assessment a WHERE a.round_id = r.id AND a.staff_member_id = c.id
                        AND a.topic_id = t.id AND a.source = 'leader'), 0) + 1,
            (${level})::assessment_value, $3, r.reference_date + time '11:00'
     FROM chosen c
     JOIN inventory_round r ON r.id = $2
     JOIN competence_topic t ON t.framework_id = r.framework_id AND t.code = '${TOPIC}'`,
    [municipalityId, roundId, assessorId],
  );
}

/** The course itself, held between the two history rounds, completed by the first seven. */
export async function seedDemoEffectCourse(manager: EntityManager, municipalityId: string): Promise<void> {
  const [course]: { id: string }[] = await manager.query(
    `INSERT INTO course (municipality_id, county_code, shared, title, type, provider, credits, duration_days, cost_per_participant,
                         target_role, target_degree, target_experience)
     SELECT $1, co.code, false, 'Evidensbaserad praktik i utredningen', 'two_day_course', 'university', NULL, 2, 3000,
            'caseworker', 'any', 'any'
     FROM municipality m JOIN county co ON co.id = m.county_id WHERE m.id = $1 RETURNING id`,
    [municipalityId],
  );
  await manager.query(`INSERT INTO course_topic (course_id, topic_code, level) VALUES ($1, '${TOPIC}', 'basic')`, [course.id]);
  const [session]: { id: string }[] = await manager.query(
    `INSERT INTO course_session (course_id, municipality_id, county_code, starts_on, ends_on, place, online, capacity)
     SELECT $1, $2, c.county_code, d.day, d.day + 1, 'Örebro universitet', false, 12
     FROM course c
     CROSS JOIN (SELECT (reference_date - interval '2 years' + interval '4 months')::date AS day FROM inventory_round
                 WHERE municipality_id = $2 AND name = 'Demoinventering') d
     WHERE c.id = $1 RETURNING id`,
    [course.id, municipalityId],
  );
  if (!session) return;
  await manager.query(
    `WITH chosen AS (${CHOSEN})
     INSERT INTO participation (municipality_id, staff_member_id, session_id, status, cost, funding_source)
     SELECT $1, c.id, $2, 'completed', 3000, 'ordinary_budget' FROM chosen c WHERE c.rn <= ${PARTICIPANTS}`,
    [municipalityId, session.id],
  );
}

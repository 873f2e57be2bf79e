import type { EntityManager } from 'typeorm';

/**
 * A course the demo kommun has held: "Samtal med barn och unga" 50 days ago, completed by two
 * caseworkers of Mottagning (D0003, D0004), on the ordinary budget. The demo team leader has
 * followed one of them up (applied fully, SA11 to reassess in 100 days); the other's follow-up is
 * overdue (due 30 days after the course), so the team leader's due list is not empty.
 */
export async function seedDemoFollowUps(manager: EntityManager, municipalityId: string): Promise<void> {
  const people: { id: string; employee_number: string }[] = await manager.query(
    `SELECT id, employee_number FROM staff_member WHERE municipality_id = $1 AND employee_number IN ('D0003', 'D0004')
     ORDER BY employee_number`,
    [municipalityId],
  );
  if (people.length < 2) return;
  const [{ id: courseId }]: { id: string }[] = await manager.query(
    `INSERT INTO course (municipality_id, county_code, shared, title, type, provider, credits, duration_days, cost_per_participant,
                         target_role, target_degree, target_experience)
     SELECT $1, co.code, false, 'Samtal med barn och unga', 'one_day_course', 'internal', NULL, 1, 1500, 'caseworker', 'any', 'any'
     FROM municipality m JOIN county co ON co.id = m.county_id WHERE m.id = $1 RETURNING id`,
    [municipalityId],
  );
  await manager.query(`INSERT INTO course_topic (course_id, topic_code, level) VALUES ($1, 'SA11', 'basic')`, [courseId]);
  const [{ id: sessionId }]: { id: string }[] = await manager.query(
    `INSERT INTO course_session (course_id, municipality_id, county_code, starts_on, ends_on, place, online, capacity)
     SELECT $1, $2, c.county_code, current_date - 50, current_date - 50, 'Stadshuset', false, 10 FROM course c WHERE c.id = $1
     RETURNING id`,
    [courseId, municipalityId],
  );
  const participations: { id: string; staff_member_id: string }[] = await manager.query(
    `INSERT INTO participation (municipality_id, staff_member_id, session_id, status, cost, funding_source)
     SELECT $1, x.id, $2, 'completed', 1500, 'ordinary_budget' FROM unnest($3::uuid[]) AS x(id)
     RETURNING id, staff_member_id`,
    [municipalityId, sessionId, people.map((p) => p.id)],
  );
  const followed = participations.find((p) => p.staff_member_id === people[0].id);
  if (!followed) return;
  const [{ id: followUpId }]: { id: string }[] = await manager.query(
    `INSERT INTO training_follow_up (municipality_id, participation_id, staff_member_id, applied, note, recorded_on)
     VALUES ($1, $2, $3, 'fully', 'Använder samtalsmetoden i varje barnsamtal och har visat den för kollegorna.', current_date - 15)
     RETURNING id`,
    [municipalityId, followed.id, followed.staff_member_id],
  );
  await manager.query(
    `INSERT INTO training_follow_up_topic (municipality_id, follow_up_id, topic_code, reassess_on) VALUES ($1, $2, 'SA11', current_date + 100)`,
    [municipalityId, followUpId],
  );
}

import type { EntityManager } from 'typeorm';

const STEPS: { kind: string; title: string; week: number; course?: string }[] = [
  { kind: 'mentor_meeting', title: 'Första samtalet med mentorn', week: 1 },
  { kind: 'reading', title: 'Läs delegationsordningen och rutinerna för barnavårdsutredning', week: 2 },
  { kind: 'supervision', title: 'Ärendehandledning med arbetsledaren', week: 4 },
  { kind: 'course', title: 'Kurs: samtal med barn och unga', week: 8, course: 'Samtal med barn och unga' },
  { kind: 'mentor_meeting', title: 'Uppföljande mentorsamtal', week: 12 },
];

/**
 * The demo kommun's introduction programme for new caseworkers. D0016, employed this year, has
 * it with the demo caseworker (D0002) as mentor, the first two steps marked done by HR; D0031,
 * also new, has none, so the new staff list flags them. Written after the held course (its
 * course step), in bulk like the rest of the demo.
 */
export async function seedDemoIntroduction(manager: EntityManager, municipalityId: string): Promise<void> {
  const people: { id: string; employee_number: string; employment_start: string }[] = await manager.query(
    `SELECT id, employee_number, employment_start::text FROM staff_member
     WHERE municipality_id = $1 AND employee_number IN ('D0002', 'D0016') ORDER BY employee_number`,
    [municipalityId],
  );
  if (people.length < 2) return;
  const [mentor, newHire] = people;
  const [{ id: programmeId }]: { id: string }[] = await manager.query(
    `INSERT INTO introduction_programme (municipality_id, name, target_role) VALUES ($1, 'Introduktion för nya handläggare', 'caseworker')
     RETURNING id`,
    [municipalityId],
  );
  const steps: { id: string; position: number }[] = await manager.query(
    `INSERT INTO introduction_programme_step (municipality_id, programme_id, position, kind, title, due_week, course_id)
     SELECT $1, $2, x.position - 1, x.kind::introduction_step_kind, x.title, x.week,
            (SELECT c.id FROM course c WHERE c.municipality_id = $1 AND c.title = x.course ORDER BY c.created_at LIMIT 1)
     FROM unnest($3::text[], $4::text[], $5::int[], $6::text[]) WITH ORDINALITY AS x(kind, title, week, course, position)
     RETURNING id, position`,
    [municipalityId, programmeId, STEPS.map((s) => s.kind), STEPS.map((s) => s.title), STEPS.map((s) => s.week), STEPS.map((s) => s.course ?? null)],
  );
  const [{ id: introductionId }]: { id: string }[] = await manager.query(
    `INSERT INTO staff_introduction (municipality_id, staff_member_id, programme_id, mentor_staff_member_id, start_date)
     VALUES ($1, $2, $3, $4, $5) RETURNING id`,
    [municipalityId, newHire.id, programmeId, mentor.id, newHire.employment_start],
  );
  const done = steps.filter((s) => s.position < 2).map((s) => s.id);
  await manager.query(
    `INSERT INTO staff_introduction_step (municipality_id, introduction_id, step_id, done_on, done_by_user_id)
     SELECT $1, $2, x.id, least(current_date, $4::date + 5 * (x.n::int)),
            (SELECT a.id FROM user_account a WHERE a.municipality_id = $1 AND a.role = 'municipality_admin' ORDER BY a.created_at LIMIT 1)
     FROM unnest($3::uuid[]) WITH ORDINALITY AS x(id, n)`,
    [municipalityId, introductionId, done, newHire.employment_start],
  );
}

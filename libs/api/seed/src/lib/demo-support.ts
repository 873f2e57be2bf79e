import type { EntityManager } from 'typeorm';

/**
 * Support and behörighet in the demo kommun: the demo caseworker (D0002, *saknar* in SA05, JU02
 * and EP01 in the demo round) has ärendehandledning in SA05 from the demo team leader (D0001)
 * every other week, so JU02 and EP01 stay flagged on /handledning; and the first caseworker with
 * a dispensation has it running out in 60 days, so /behorighet warns.
 */
export async function seedDemoSupport(manager: EntityManager, municipalityId: string): Promise<void> {
  const people: { id: string; employee_number: string }[] = await manager.query(
    `SELECT id, employee_number FROM staff_member WHERE municipality_id = $1 AND employee_number IN ('D0001', 'D0002')`,
    [municipalityId],
  );
  const leader = people.find((p) => p.employee_number === 'D0001');
  const caseworker = people.find((p) => p.employee_number === 'D0002');
  if (leader && caseworker)
    await manager.query(
      `INSERT INTO supervision_arrangement (municipality_id, staff_member_id, topic_code, form, supervisor_staff_member_id,
              frequency, starts_on, note)
       VALUES ($1, $2, 'SA05', 'individual', $3, 'every_other_week', current_date - 20, 'Genomgång av aktuella utredningar.')`,
      [municipalityId, caseworker.id, leader.id],
    );
  await manager.query(
    `UPDATE staff_member SET dispensation_until = current_date + 60
     WHERE id = (SELECT id FROM staff_member WHERE municipality_id = $1 AND role = 'caseworker'
                   AND qualification_status = 'dispensation' ORDER BY employee_number LIMIT 1)`,
    [municipalityId],
  );
}

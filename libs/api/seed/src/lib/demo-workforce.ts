import type { EntityManager } from 'typeorm';

const REASONS = ['other_kommun_social_services', 'other_employer', 'other_employer', 'left_profession', 'retirement', 'other_kommun_social_services', 'other'];
const UNITS = ['Mottagning barn och unga', 'Utredning barn och unga', 'Familjehem och placeringar', 'Ekonomiskt bistånd', 'Vuxna missbruk'];

/**
 * Workforce planning's demo (docs/workforce.md): years of birth for the staff (two near the
 * pension age), five years of leavers with their reasons (kept as employment periods whose
 * records were erased after the retention time, so nobody is named), vacancies open and filled,
 * and a planned change. Idempotent: it adds only what is missing.
 */
export async function seedDemoWorkforce(manager: EntityManager, municipalityId: string): Promise<void> {
  await manager.query(
    `UPDATE staff_member SET birth_year = CASE substr(employee_number, 2)::int
                                            WHEN 3 THEN 1960 WHEN 12 THEN 1961
                                            ELSE 2026 - (24 + (substr(employee_number, 2)::int * 11) % 38) END
     WHERE municipality_id = $1 AND birth_year IS NULL AND employee_number ~ '^D[0-9]{4}$'`,
    [municipalityId],
  );
  const [{ leavers }]: { leavers: number }[] = await manager.query(
    `SELECT count(*)::int AS leavers FROM employment_period WHERE municipality_id = $1 AND staff_member_id IS NULL`,
    [municipalityId],
  );
  if (leavers > 0) return;
  const units: { id: string; name: string }[] = await manager.query(`SELECT id, name FROM org_unit WHERE municipality_id = $1 AND kind = 'unit' ORDER BY name`, [municipalityId]);
  if (units.length === 0) return;
  // The demo's own units by name; another organisation (a test's) in turn.
  const unitId = (i: number) => (units.find((u) => u.name === UNITS[i % UNITS.length]) ?? units[i % units.length]).id;
  for (let i = 0; i < 18; i++) {
    const endYear = 2021 + (i % 5);
    const startYear = endYear - 1 - (i % 4);
    await manager.query(
      `INSERT INTO employment_period (municipality_id, staff_member_id, unit_id, role, employment_type, fte, degree, degree_year,
                                      experience_start, employment_start, employment_end, leaving_reason)
       VALUES ($1, NULL, $2, $3, 'permanent', $4, $5, $6, $7, $8, $9, $10)`,
      [
        municipalityId,
        unitId(i),
        i % 6 === 0 ? 'team_leader' : 'caseworker',
        i % 3 === 0 ? '0.75' : '1.00',
        i % 5 === 4 ? 'social_care' : 'social_work',
        startYear - (i % 3),
        `${startYear - (i % 3)}-06-15`,
        `${startYear}-0${1 + (i % 8)}-01`,
        `${endYear}-${String(3 + (i % 9)).padStart(2, '0')}-${i % 2 ? '15' : '30'}`,
        REASONS[i % REASONS.length],
      ],
    );
  }
  const vacancies: [number, string, string, string | null, string, boolean][] = [
    [1, 'caseworker', '2026-09-01', null, 'very_hard', true],
    [0, 'caseworker', '2026-10-15', null, 'hard', false],
    [3, 'caseworker', '2026-11-01', null, 'easy', false],
    [1, 'caseworker', '2025-02-01', '2025-05-12', 'hard', true],
    [2, 'team_leader', '2025-08-18', '2025-10-01', 'easy', false],
    [0, 'caseworker', '2024-03-01', '2024-06-24', 'very_hard', true],
  ];
  for (const [unit, role, openedOn, filledOn, difficulty, consultant] of vacancies) {
    await manager.query(
      `INSERT INTO vacancy (municipality_id, unit_id, role, fte, opened_on, filled_on, difficulty, covered_by_consultant)
       VALUES ($1, $2, $3, 1, $4, $5, $6, $7)`,
      [municipalityId, unitId(unit), role, openedOn, filledOn, difficulty, consultant],
    );
  }
  await manager.query(
    `INSERT INTO workforce_planned_change (municipality_id, unit_id, role, year, headcount_change, note)
     VALUES ($1, $2, 'caseworker', 2027, 2, 'Två nya utredartjänster i budgeten')`,
    [municipalityId, unitId(1)],
  );
}

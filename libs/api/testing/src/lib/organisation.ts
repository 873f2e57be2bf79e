import { randomBytes } from 'node:crypto';
import { DEFAULT_TEST_MUNICIPALITY_CODE } from './accounts';
import type { TestApp } from './test-app';

/** A real unit row, straight into the test database as the owner (for tests about other things). */
export async function createUnit(
  testApp: TestApp,
  options: { municipalityCode?: string; name?: string; parentId?: string | null } = {},
): Promise<string> {
  const rows: { id: string }[] = await testApp.owner.query(
    `INSERT INTO org_unit (municipality_id, kind, name, service_area_id, parent_id)
     VALUES ((SELECT id FROM municipality WHERE code = $1), 'unit', $2,
             (SELECT id FROM service_area WHERE code = 'barn-och-unga'), $3)
     RETURNING id`,
    [
      options.municipalityCode ?? DEFAULT_TEST_MUNICIPALITY_CODE,
      options.name ?? `Testenhet ${randomBytes(3).toString('hex')}`,
      options.parentId ?? null,
    ],
  );
  return rows[0].id;
}

/** A real caseworker row in a new unit of the kommun (or the given one), as the owner. */
export async function createStaffMember(
  testApp: TestApp,
  options: { municipalityCode?: string; unitId?: string } = {},
): Promise<string> {
  const municipalityCode = options.municipalityCode ?? DEFAULT_TEST_MUNICIPALITY_CODE;
  const unitId = options.unitId ?? (await createUnit(testApp, { municipalityCode }));
  const rows: { id: string }[] = await testApp.owner.query(
    `INSERT INTO staff_member (municipality_id, employee_number, first_name, last_name, unit_id, role, gender, fte,
                               employment_type, employment_start, experience_start, degree)
     VALUES ((SELECT id FROM municipality WHERE code = $1), $2, 'Test', 'Person', $3, 'caseworker', 'woman', 1,
             'permanent', DATE '2020-01-01', DATE '2020-01-01', 'social_work')
     RETURNING id`,
    [municipalityCode, `T-${randomBytes(4).toString('hex')}`, unitId],
  );
  return rows[0].id;
}

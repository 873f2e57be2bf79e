import {
  daysFromToday,
  DEFAULT_TEST_MUNICIPALITY_CODE,
  signInAs,
  type SignedIn,
  type TestApp,
} from '@kl/api/testing';
import type { InventoryRound, StaffMember } from '@kl/shared/contracts';
import { randomBytes } from 'node:crypto';

/** Runs one statement as the kommun would see it (row-level security reads the setting). */
export async function asKommun<T>(
  t: TestApp,
  municipalityId: string,
  sql: string,
  params: unknown[],
): Promise<T[]> {
  return t.dataSource.transaction(async (manager) => {
    await manager.query(`SELECT set_config('app.municipality_id', $1, true)`, [municipalityId]);
    return manager.query(sql, params);
  });
}

export async function municipalityId(
  t: TestApp,
  code = DEFAULT_TEST_MUNICIPALITY_CODE,
): Promise<string> {
  const rows: { id: string }[] = await t.dataSource.query(
    'SELECT id FROM municipality WHERE code = $1',
    [code],
  );
  return rows[0].id;
}

export async function createUnit(
  t: TestApp,
  kommun: string,
  name: string,
  parentId: string | null = null,
): Promise<string> {
  const rows = await asKommun<{ id: string }>(
    t,
    kommun,
    `INSERT INTO org_unit (municipality_id, parent_id, kind, name, service_area_id)
     VALUES ($1, $2, 'unit', $3, (SELECT id FROM service_area WHERE code = 'barn-och-unga')) RETURNING id`,
    [kommun, parentId, `${name} ${randomBytes(3).toString('hex')}`],
  );
  return rows[0].id;
}

export async function createStaff(
  t: TestApp,
  kommun: string,
  unitId: string,
  options: { lastName?: string; fte?: string; employmentStart?: string } = {},
): Promise<string> {
  const rows = await asKommun<{ id: string }>(
    t,
    kommun,
    `INSERT INTO staff_member (municipality_id, employee_number, first_name, last_name, unit_id, role, gender, fte,
                               employment_type, employment_start, experience_start, degree)
     VALUES ($1, $2, 'Test', $3, $4, 'caseworker', 'woman', $5, 'permanent', $6, $6, 'social_work') RETURNING id`,
    [
      kommun,
      `E-${randomBytes(5).toString('hex')}`,
      options.lastName ?? `Person ${randomBytes(2).toString('hex')}`,
      unitId,
      options.fte ?? '1.00',
      options.employmentStart ?? '2020-01-01',
    ],
  );
  return rows[0].id;
}

export async function publishedFrameworkId(t: TestApp): Promise<string> {
  const rows: { id: string }[] = await t.dataSource.query(
    `SELECT id FROM competence_framework WHERE status = 'published' ORDER BY code, version LIMIT 1`,
  );
  return rows[0].id;
}

/** Creates a round as an administrator of the kommun and, unless told otherwise, opens it. */
export async function createRound(
  admin: SignedIn,
  frameworkId: string,
  options: { unitIds?: string[]; open?: boolean; name?: string; referenceDate?: string } = {},
): Promise<InventoryRound> {
  const created = await admin
    .post('/api/rounds')
    .send({
      name: options.name ?? `Höst 2026 ${randomBytes(3).toString('hex')}`,
      frameworkId,
      referenceDate: options.referenceDate ?? '2026-10-01',
      opensOn: daysFromToday(-30),
      closesOn: daysFromToday(90),
      unitIds: options.unitIds ?? [],
    })
    .expect(201);
  const round = created.body as InventoryRound;
  if (options.open === false) return round;
  const opened = await admin
    .post(`/api/rounds/${round.id}/open`)
    .send({ version: round.version })
    .expect(200);
  return opened.body as InventoryRound;
}

/** A caseworker employed since 2020 through the API (as an administrator adds one), with `extra` fields over the defaults. */
export async function hireStaff(
  admin: SignedIn,
  unitId: string,
  employeeNumber: string,
  extra: Record<string, unknown> = {},
): Promise<StaffMember> {
  const created = await admin
    .post('/api/staff')
    .send({
      employeeNumber,
      firstName: 'Pop',
      lastName: `Person ${employeeNumber}`,
      unitId,
      role: 'caseworker',
      gender: 'woman',
      fte: 1,
      employmentType: 'permanent',
      employmentStart: '2020-01-01',
      experienceStart: '2020-01-01',
      degree: 'social_work',
      ...extra,
    })
    .expect(201);
  return created.body as StaffMember;
}

export { signInAs };

import { createTestApp, signInAs, type TestApp } from '@kl/api/testing';

/**
 * Defence in depth: even a query that forgot its kommun filter sees only the kommun set for the
 * transaction, and nothing when none is set. Checked on the app's own connection, which is the
 * restricted role without BYPASSRLS (docs/decisions/0001-row-level-security.md).
 */
describe('row-level security on tenant tables', () => {
  let t: TestApp;
  let stockholm: string;
  let lulea: string;

  beforeAll(async () => {
    t = await createTestApp();
    const admin = await signInAs(t, 'municipality_admin');
    const otherAdmin = await signInAs(t, 'municipality_admin', { municipalityCode: '1480' });
    stockholm = admin.user.municipality?.id as string;
    lulea = otherAdmin.user.municipality?.id as string;
    for (const who of [admin, otherAdmin]) {
      const unit = (await who.post('/api/units').send({ name: 'RLS unit', kind: 'unit', serviceAreaCode: 'barn-och-unga' }).expect(201)).body;
      await who
        .post('/api/staff')
        .send({
          employeeNumber: 'R1',
          firstName: 'R',
          lastName: 'L',
          unitId: unit.id,
          role: 'caseworker',
          gender: 'man',
          fte: 1,
          employmentType: 'permanent',
          employmentStart: '2020-01-01',
          experienceStart: '2020-01-01',
          degree: 'none',
        })
        .expect(201);
    }
    const [bou] = await t.dataSource.query(`SELECT id FROM competence_framework WHERE code = 'BOU-2016'`);
    const extension = (await otherAdmin.post(`/api/frameworks/${bou.id}/extensions`).expect(201)).body;
    await otherAdmin.post(`/api/frameworks/${extension.id}/areas`).send({ code: 'LO', name: 'Lokalt' }).expect(201);
  });
  afterAll(async () => {
    await t.close();
  });

  const countAs = (municipalityId: string | null) =>
    t.dataSource.transaction(async (manager) => {
      await manager.query(`SELECT set_config('app.municipality_id', $1, true)`, [municipalityId ?? '']);
      const [row] = await manager.query(
        `SELECT (SELECT count(*)::int FROM org_unit) AS units, (SELECT count(*)::int FROM staff_member) AS staff,
                (SELECT count(*)::int FROM audit_event) AS events,
                (SELECT count(DISTINCT municipality_id)::int FROM staff_member) AS kommuner`,
      );
      return row as { units: number; staff: number; events: number; kommuner: number };
    });

  it('shows only the kommun set for the transaction', async () => {
    // Events: each administrator's sign-in, the unit and the staff member (and Luleå's extension and its area).
    expect(await countAs(stockholm)).toEqual({ units: 1, staff: 1, events: 3, kommuner: 1 });
    expect(await countAs(lulea)).toEqual({ units: 1, staff: 1, events: 5, kommuner: 1 });
  });

  it('shows no tenant rows when no kommun is set', async () => {
    expect(await countAs(null)).toEqual({ units: 0, staff: 0, events: 0, kommuner: 0 });
  });

  const frameworksAs = (municipalityId: string | null) =>
    t.dataSource.transaction(async (manager) => {
      await manager.query(`SELECT set_config('app.municipality_id', $1, true)`, [municipalityId ?? '']);
      const [row] = await manager.query(
        `SELECT (SELECT count(*)::int FROM competence_framework WHERE municipality_id IS NOT NULL) AS extensions,
                (SELECT count(*)::int FROM competence_framework WHERE municipality_id IS NULL) AS national,
                (SELECT count(*)::int FROM competence_area WHERE code = 'LO') AS "localAreas"`,
      );
      return row as { extensions: number; national: number; localAreas: number };
    });

  it("shows national frameworks to everyone and a kommun's extension with its content only to that kommun", async () => {
    expect(await frameworksAs(lulea)).toEqual({ extensions: 1, national: 1, localAreas: 1 });
    expect(await frameworksAs(stockholm)).toEqual({ extensions: 0, national: 1, localAreas: 0 });
    expect(await frameworksAs(null)).toEqual({ extensions: 0, national: 1, localAreas: 0 });
  });

  it('refuses to write a row into another kommun', async () => {
    await expect(
      t.dataSource.transaction(async (manager) => {
        await manager.query(`SELECT set_config('app.municipality_id', $1, true)`, [stockholm]);
        await manager.query(
          `INSERT INTO org_unit (municipality_id, kind, name, service_area_id)
           SELECT $1, 'unit', 'Smuggled', id FROM service_area LIMIT 1`,
          [lulea],
        );
      }),
    ).rejects.toThrow(/row-level security/);
  });
});

import { createTestApp, signInAs, type TestApp } from '@kl/api/testing';
import {
  createRound,
  createStaff,
  createUnit,
  municipalityId,
  publishedFrameworkId,
} from './inventory-fixtures';

/**
 * Defence in depth for rounds and assessments: as the application's group role (no BYPASSRLS),
 * a transaction sees only the rows of the kommun it set, none without one, and assessments are
 * append-only for it (no UPDATE or DELETE granted).
 */
describe('row-level security on inventory tables', () => {
  let t: TestApp;
  let stockholm: string;
  let lulea: string;

  beforeAll(async () => {
    t = await createTestApp();
    stockholm = await municipalityId(t, '0180');
    lulea = await municipalityId(t, '2580');
    const frameworkId = await publishedFrameworkId(t);
    for (const [code, kommun] of [
      ['0180', stockholm],
      ['2580', lulea],
    ] as const) {
      const unit = await createUnit(t, kommun, 'RLS');
      const staff = await createStaff(t, kommun, unit);
      const admin = await signInAs(t, 'municipality_admin', { municipalityCode: code });
      const round = await createRound(admin, frameworkId);
      const matrix = await admin.get(`/api/rounds/${round.id}/matrix`).expect(200);
      const topicCode = matrix.body.areas[0].topics[0].code as string;
      await admin
        .put(`/api/rounds/${round.id}/assessments`)
        .send({ cells: [{ staffMemberId: staff, topicCode, value: 'basic', expectedVersion: 0 }] })
        .expect(200);
    }
  });
  afterAll(() => t.close());

  const asApp = <T>(
    municipalityId: string | null,
    sql: string,
    params: unknown[] = [],
  ): Promise<T[]> =>
    t.dataSource.transaction(async (manager) => {
      await manager.query('SET LOCAL ROLE kl_app');
      await manager.query(`SELECT set_config('app.municipality_id', $1, true)`, [
        municipalityId ?? '',
      ]);
      return manager.query(sql, params);
    });

  const counts = (municipalityId: string | null) =>
    asApp<{ rounds: number; assessments: number; kommuner: number }>(
      municipalityId,
      `SELECT (SELECT count(*)::int FROM inventory_round) AS rounds, (SELECT count(*)::int FROM assessment) AS assessments,
              (SELECT count(DISTINCT municipality_id)::int FROM assessment) AS kommuner`,
    );

  it('shows a kommun only its own rounds and assessments, and nothing without a kommun', async () => {
    expect(await counts(stockholm)).toEqual([{ rounds: 1, assessments: 1, kommuner: 1 }]);
    expect(await counts(lulea)).toEqual([{ rounds: 1, assessments: 1, kommuner: 1 }]);
    expect(await counts(null)).toEqual([{ rounds: 0, assessments: 0, kommuner: 0 }]);
  });

  it('refuses rows written for another kommun', async () => {
    await expect(
      asApp(
        stockholm,
        `INSERT INTO inventory_round (municipality_id, name, framework_id, reference_date, opens_on, closes_on)
         SELECT $1, 'Smuggel', framework_id, reference_date, opens_on, closes_on FROM inventory_round LIMIT 1`,
        [lulea],
      ),
    ).rejects.toThrow(/row-level security/);
  });

  it('keeps assessments append-only for the application role', async () => {
    await expect(asApp(stockholm, `UPDATE assessment SET value = 'advanced'`)).rejects.toThrow(
      /permission denied/,
    );
    await expect(asApp(stockholm, 'DELETE FROM assessment')).rejects.toThrow(/permission denied/);
  });
});

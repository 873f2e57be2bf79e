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
 * append-only for it (no UPDATE or DELETE granted). The current cells (`assessment_cell`) are
 * kept by a trigger from the appended rows; the application role may only read them.
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
    asApp<{ rounds: number; assessments: number; cells: number; kommuner: number }>(
      municipalityId,
      `SELECT (SELECT count(*)::int FROM inventory_round) AS rounds, (SELECT count(*)::int FROM assessment) AS assessments,
              (SELECT count(*)::int FROM assessment_cell) AS cells,
              (SELECT count(DISTINCT municipality_id)::int FROM assessment) AS kommuner`,
    );

  it('shows a kommun only its own rounds and assessments, and nothing without a kommun', async () => {
    const one = { rounds: 1, assessments: 1, cells: 1, kommuner: 1 };
    expect(await counts(stockholm)).toEqual([one]);
    expect(await counts(lulea)).toEqual([one]);
    expect(await counts(null)).toEqual([{ rounds: 0, assessments: 0, cells: 0, kommuner: 0 }]);
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
    await expect(asApp(stockholm, `UPDATE assessment_cell SET value = 'advanced'`)).rejects.toThrow(
      /permission denied/,
    );
    await expect(asApp(stockholm, 'DELETE FROM assessment_cell')).rejects.toThrow(
      /permission denied/,
    );
  });

  it('keeps each current cell at the latest row, whatever order the rows arrive in', async () => {
    const latest = () =>
      asApp<{ seq: number; value: string | null; comment: string | null }>(
        stockholm,
        `SELECT c.seq, c.value, c.comment FROM assessment_cell c
         JOIN assessment a ON a.round_id = c.round_id AND a.staff_member_id = c.staff_member_id
                          AND a.topic_id = c.topic_id AND a.source = c.source AND a.seq = 1`,
      );
    const append = (rows: string) =>
      asApp(
        stockholm,
        `INSERT INTO assessment (municipality_id, round_id, staff_member_id, topic_id, source, seq, value, comment, assessor_id)
         SELECT a.municipality_id, a.round_id, a.staff_member_id, a.topic_id, a.source, x.seq,
                x.value::assessment_value, x.comment, a.assessor_id
         FROM assessment a CROSS JOIN (VALUES ${rows}) AS x(seq, value, comment) WHERE a.seq = 1`,
      );
    // Two versions in one statement: the higher one wins; a lower one later does not move it back.
    await append(`(4, 'advanced', 'fyra'), (2, NULL, 'två')`);
    expect(await latest()).toEqual([{ seq: 4, value: 'advanced', comment: 'fyra' }]);
    await append(`(3, 'basic', 'tre')`);
    expect(await latest()).toEqual([{ seq: 4, value: 'advanced', comment: 'fyra' }]);
    await append(`(5, NULL, NULL)`);
    expect(await latest()).toEqual([{ seq: 5, value: null, comment: null }]);
  });
});

import { createTestApp, signInAs, type SignedIn, type TestApp } from '@kl/api/testing';
import type {
  AssessmentMatrix,
  AuditEvent,
  ErrorBody,
  InventoryRound,
  PersonAssessments,
  RoundDashboard,
  SaveAssessmentsResult,
} from '@kl/shared/contracts';
import {
  createRound,
  createStaff,
  createUnit,
  municipalityId,
  publishedFrameworkId,
} from './inventory-fixtures';

type Account = Awaited<ReturnType<typeof signInAs>>;

describe('assessments: the team matrix, saving cells, person view and dashboard', () => {
  let t: TestApp;
  let admin: Account;
  let leader: Account;
  let kommun: string;
  let frameworkId: string;
  let north: string;
  let northSub: string;
  let south: string;
  let anna: string;
  let bo: string;
  let cecilia: string;
  let sven: string;
  let round: InventoryRound;
  let topics: string[];

  beforeAll(async () => {
    t = await createTestApp();
    kommun = await municipalityId(t);
    frameworkId = await publishedFrameworkId(t);
    north = await createUnit(t, kommun, 'Norr');
    northSub = await createUnit(t, kommun, 'Norr mottagning', north);
    south = await createUnit(t, kommun, 'Syd');
    anna = await createStaff(t, kommun, north, { lastName: 'Andersson', fte: '1.00' });
    bo = await createStaff(t, kommun, northSub, { lastName: 'Berg', fte: '0.50' });
    cecilia = await createStaff(t, kommun, north, {
      lastName: 'Carlsson',
      fte: '0.75',
      employmentStart: '2026-06-01',
    });
    sven = await createStaff(t, kommun, south, { lastName: 'Svensson', fte: '1.00' });
    admin = await signInAs(t, 'municipality_admin');
    leader = await signInAs(t, 'team_leader', { unitIds: [north] });
    round = await createRound(admin, frameworkId);
    const matrix = await leader.get(`/api/rounds/${round.id}/matrix`).expect(200);
    topics = (matrix.body as AssessmentMatrix).areas.flatMap((a) => a.topics.map((tp) => tp.code));
  });
  afterAll(() => t.close());

  const matrixOf = async (who: SignedIn, query = '') =>
    (await who.get(`/api/rounds/${round.id}/matrix${query}`).expect(200)).body as AssessmentMatrix;
  const cell = (matrix: AssessmentMatrix, staffMemberId: string, topic: string) =>
    matrix.rows.find((r) => r.staffMemberId === staffMemberId)?.cells[topic];

  it('shows the team leader the staff of their units and subunits × topics grouped by area', async () => {
    const matrix = await matrixOf(leader);
    expect(matrix.round).toEqual({
      id: round.id,
      name: round.name,
      status: 'open',
      referenceDate: '2026-10-01',
      acceptsAssessments: true,
    });
    expect(matrix.staffRole).toBe('caseworker');
    expect(matrix.rows.map((r) => r.staffMemberId)).toEqual([anna, bo, cecilia]);
    const [{ employee_number: boNumber }] = await t.owner.query(
      'SELECT employee_number FROM staff_member WHERE id = $1',
      [bo],
    );
    expect(matrix.rows[1]).toMatchObject({
      employeeNumber: boNumber,
      lastName: 'Berg',
      unitId: northSub,
      fte: 0.5,
      cells: {},
    });
    expect(matrix.areas.length).toBeGreaterThan(1);
    expect(topics.length).toBeGreaterThanOrEqual(3);
    expect(new Set(topics).size).toBe(topics.length);

    const all = await matrixOf(admin);
    expect(all.rows.map((r) => r.staffMemberId)).toEqual([anna, bo, cecilia, sven]);
    const southOnly = await matrixOf(admin, `?unitId=${south}`);
    expect(southOnly.rows.map((r) => r.staffMemberId)).toEqual([sven]);
  });

  it('keeps not assessed apart from saknar, and the latest leader row wins', async () => {
    const [t1, t2] = topics;
    const first = await leader
      .put(`/api/rounds/${round.id}/assessments`)
      .send({
        cells: [
          {
            staffMemberId: anna,
            topicCode: t1,
            value: 'insufficient',
            expectedVersion: 0,
            comment: 'Behöver kurs',
          },
          { staffMemberId: anna, topicCode: t2, value: 'basic', expectedVersion: 0 },
        ],
      })
      .expect(200);
    const result = first.body as SaveAssessmentsResult;
    expect(result.conflicts).toEqual([]);
    expect(result.saved).toEqual([
      expect.objectContaining({
        staffMemberId: anna,
        topicCode: t1,
        value: 'insufficient',
        version: 1,
        comment: 'Behöver kurs',
      }),
      expect.objectContaining({
        staffMemberId: anna,
        topicCode: t2,
        value: 'basic',
        version: 1,
        comment: null,
      }),
    ]);

    await leader
      .put(`/api/rounds/${round.id}/assessments`)
      .send({
        cells: [{ staffMemberId: anna, topicCode: t1, value: 'advanced', expectedVersion: 1 }],
      })
      .expect(200);
    // Clearing appends a row without a value: the cell is not assessed again, never "saknar".
    await leader
      .put(`/api/rounds/${round.id}/assessments`)
      .send({ cells: [{ staffMemberId: anna, topicCode: t2, value: null, expectedVersion: 1 }] })
      .expect(200);

    const matrix = await matrixOf(leader);
    expect(cell(matrix, anna, t1)).toMatchObject({
      value: 'advanced',
      version: 2,
      comment: 'Behöver kurs',
      assessorId: leader.account.id,
    });
    expect(cell(matrix, anna, t2)).toMatchObject({ value: null, version: 2 });
    expect(cell(matrix, bo, t1)).toBeUndefined();

    const rows: { count: number }[] = await t.dataSource.transaction(async (m) => {
      await m.query(`SELECT set_config('app.municipality_id', $1, true)`, [kommun]);
      return m.query(`SELECT count(*)::int AS count FROM assessment WHERE staff_member_id = $1`, [
        anna,
      ]);
    });
    expect(rows[0].count).toBe(4);
  });

  it('saves the fresh cells and answers 409 with the current value for the stale ones', async () => {
    const [t1, , t3] = topics;
    // Someone else writes bo × t1 first.
    await admin
      .put(`/api/rounds/${round.id}/assessments`)
      .send({ cells: [{ staffMemberId: bo, topicCode: t1, value: 'basic', expectedVersion: 0 }] })
      .expect(200);
    const response = await leader
      .put(`/api/rounds/${round.id}/assessments`)
      .send({
        cells: [
          { staffMemberId: bo, topicCode: t1, value: 'insufficient', expectedVersion: 0 },
          { staffMemberId: bo, topicCode: t3, value: 'not_applicable', expectedVersion: 0 },
        ],
      })
      .expect(409);
    const body = response.body as ErrorBody & { current: SaveAssessmentsResult };
    expect(body.code).toBe('ASSESSMENT_CONFLICT');
    expect(body.current.saved).toEqual([
      expect.objectContaining({
        staffMemberId: bo,
        topicCode: t3,
        value: 'not_applicable',
        version: 1,
      }),
    ]);
    expect(body.current.conflicts).toEqual([
      {
        staffMemberId: bo,
        topicCode: t1,
        expectedVersion: 0,
        current: expect.objectContaining({
          value: 'basic',
          version: 1,
          assessorId: admin.account.id,
        }),
      },
    ]);
    const matrix = await matrixOf(leader);
    expect(cell(matrix, bo, t1)).toMatchObject({ value: 'basic', version: 1 });
    expect(cell(matrix, bo, t3)).toMatchObject({ value: 'not_applicable', version: 1 });
  });

  it('lets exactly one of two concurrent writers of the same version win', async () => {
    const t4 = topics[3];
    const send = (value: string) =>
      leader
        .put(`/api/rounds/${round.id}/assessments`)
        .send({ cells: [{ staffMemberId: cecilia, topicCode: t4, value, expectedVersion: 0 }] });
    const answers = await Promise.all([send('basic'), send('advanced'), send('insufficient')]);
    expect(answers.map((a) => a.status).sort()).toEqual([200, 409, 409]);
    expect(cell(await matrixOf(leader), cecilia, t4)?.version).toBe(1);
  });

  it('answers 404 for staff outside the team leader’s units and writes nothing', async () => {
    const [t1, t2] = topics;
    const response = await leader
      .put(`/api/rounds/${round.id}/assessments`)
      .send({
        cells: [
          { staffMemberId: cecilia, topicCode: t2, value: 'basic', expectedVersion: 0 },
          { staffMemberId: sven, topicCode: t1, value: 'basic', expectedVersion: 0 },
        ],
      })
      .expect(404);
    expect(response.body.code).toBe('NOT_FOUND');
    expect(cell(await matrixOf(leader), cecilia, t2)).toBeUndefined();
    await leader.get(`/api/rounds/${round.id}/matrix?unitId=${south}`).expect(404);
    await leader.get(`/api/staff/${sven}/assessments`).expect(404);
  });

  it("keeps a team leader's own levels out of their hands: not in their matrix, 404 on saving, but their person page", async () => {
    // A kommun of its own, so that the other specs' hand-computed figures stay as they are.
    const kiruna = (await t.owner.query("SELECT id FROM municipality WHERE code = '2584'"))[0]
      .id as string;
    const unit = await createUnit(t, kiruna, 'Kiruna IFO');
    const self = await createStaff(t, kiruna, unit, { lastName: 'Ledare', fte: '1.00' });
    const colleague = await createStaff(t, kiruna, unit, { lastName: 'Kollega', fte: '1.00' });
    const kirunaAdmin = await signInAs(t, 'municipality_admin', { municipalityCode: '2584' });
    const kirunaRound = await createRound(kirunaAdmin, frameworkId);
    const leading = await signInAs(t, 'team_leader', {
      municipalityCode: '2584',
      unitIds: [unit],
      staffMemberId: self,
    });
    const rowsOf = async (who: SignedIn) =>
      (
        (await who.get(`/api/rounds/${kirunaRound.id}/matrix`).expect(200)).body as AssessmentMatrix
      ).rows.map((r) => r.staffMemberId);
    expect(await rowsOf(leading)).toEqual([colleague]);
    const own = {
      staffMemberId: self,
      topicCode: topics[0],
      value: 'advanced',
      expectedVersion: 0,
    };
    await leading
      .put(`/api/rounds/${kirunaRound.id}/assessments`)
      .send({ cells: [own] })
      .expect(404);
    await leading.get(`/api/staff/${self}/assessments`).expect(200);
    // Their administrator sets them.
    expect(await rowsOf(kirunaAdmin)).toEqual(expect.arrayContaining([self, colleague]));
    await kirunaAdmin
      .put(`/api/rounds/${kirunaRound.id}/assessments`)
      .send({ cells: [own] })
      .expect(200);
  });

  it('does not disclose rounds or staff to another kommun', async () => {
    const other = await signInAs(t, 'municipality_admin', { municipalityCode: '1480' });
    await other.get(`/api/rounds/${round.id}/matrix`).expect(404);
    await other.get(`/api/rounds/${round.id}/dashboard`).expect(404);
    await other.get(`/api/staff/${anna}/assessments`).expect(404);
    await other
      .put(`/api/rounds/${round.id}/assessments`)
      .send({
        cells: [{ staffMemberId: anna, topicCode: topics[0], value: 'basic', expectedVersion: 2 }],
      })
      .expect(404);
    const ownRound = await createRound(other, frameworkId);
    await other
      .put(`/api/rounds/${ownRound.id}/assessments`)
      .send({
        cells: [{ staffMemberId: anna, topicCode: topics[0], value: 'basic', expectedVersion: 0 }],
      })
      .expect(404);
  });

  it('rejects bad input with field codes', async () => {
    const response = await leader
      .put(`/api/rounds/${round.id}/assessments`)
      .send({
        cells: [
          { staffMemberId: 'x', topicCode: topics[0], value: 'basic', expectedVersion: 0 },
          { staffMemberId: anna, topicCode: topics[0], value: 'expert', expectedVersion: -1 },
          { staffMemberId: anna, topicCode: topics[0], expectedVersion: 0, colour: 'red' },
        ],
      })
      .expect(400);
    expect(response.body).toMatchObject({
      code: 'VALIDATION_FAILED',
      errors: {
        'cells.0.staffMemberId': 'invalid_format',
        'cells.1.value': 'invalid_value',
        'cells.1.expectedVersion': 'min',
        'cells.2.value': 'required',
        'cells.2.colour': 'unknown_field',
      },
    });
    const unknown = await leader
      .put(`/api/rounds/${round.id}/assessments`)
      .send({
        cells: [
          { staffMemberId: anna, topicCode: 'XX99', value: 'basic', expectedVersion: 0 },
          { staffMemberId: bo, topicCode: topics[5], value: 'basic', expectedVersion: 0 },
          { staffMemberId: bo, topicCode: topics[5], value: 'basic', expectedVersion: 0 },
        ],
      })
      .expect(400);
    expect(unknown.body.errors).toEqual({
      'cells.0.topicCode': 'invalid_value',
      'cells.2': 'not_unique',
    });
    await leader.put(`/api/rounds/${round.id}/assessments`).send({ cells: [] }).expect(400);
  });

  it('audits every appended cell with before and after', async () => {
    const response = await leader
      .put(`/api/rounds/${round.id}/assessments`)
      .send({
        cells: [{ staffMemberId: anna, topicCode: topics[0], value: 'basic', expectedVersion: 2 }],
      })
      .expect(200);
    expect((response.body as SaveAssessmentsResult).saved[0].version).toBe(3);
    const ids: { id: string }[] = await t.dataSource.transaction(async (m) => {
      await m.query(`SELECT set_config('app.municipality_id', $1, true)`, [kommun]);
      return m.query(
        `SELECT id FROM assessment WHERE staff_member_id = $1 AND seq = 3 AND source = 'leader'`,
        [anna],
      );
    });
    const events = (await admin.get(`/api/audit/assessment/${ids[0].id}`).expect(200))
      .body as AuditEvent[];
    expect(events).toEqual([
      expect.objectContaining({
        action: 'create',
        actorUserId: leader.account.id,
        before: expect.objectContaining({ value: 'advanced', version: 2, topicCode: topics[0] }),
        after: expect.objectContaining({
          value: 'basic',
          version: 3,
          staffMemberId: anna,
          source: 'leader',
        }),
      }),
    ]);
  });

  it('keeps self-assessments beside the leader’s, never counted', async () => {
    const caseworker = await signInAs(t, 'caseworker', { staffMemberId: anna });
    await caseworker
      .put(`/api/rounds/${round.id}/self-assessments`)
      .send({
        cells: [
          { topicCode: topics[0], value: 'advanced', expectedVersion: 0 },
          { topicCode: topics[7], value: 'insufficient', expectedVersion: 0 },
        ],
      })
      .expect(200);
    await caseworker
      .put(`/api/rounds/${round.id}/self-assessments`)
      .send({ cells: [{ topicCode: topics[0], value: 'not_applicable', expectedVersion: 1 }] })
      .expect(400);
    await caseworker
      .put(`/api/rounds/${round.id}/assessments`)
      .send({
        cells: [
          { staffMemberId: anna, topicCode: topics[0], value: 'advanced', expectedVersion: 3 },
        ],
      })
      .expect(404);
    await caseworker.get(`/api/rounds/${round.id}/matrix`).expect(404);

    // The matrix shows the leader's value only.
    expect(cell(await matrixOf(leader), anna, topics[0])).toMatchObject({
      value: 'basic',
      version: 3,
    });
    expect(cell(await matrixOf(leader), anna, topics[7])).toBeUndefined();

    const own = (await caseworker.get(`/api/staff/${anna}/assessments`).expect(200))
      .body as PersonAssessments;
    const topic0 = own.topics.find((tp) => tp.code === topics[0]);
    expect(topic0?.rounds).toEqual([
      {
        roundId: round.id,
        leader: expect.objectContaining({ value: 'basic', version: 3 }),
        self: expect.objectContaining({ value: 'advanced', version: 1 }),
      },
    ]);
    expect(own.topics.find((tp) => tp.code === topics[7])?.rounds[0]).toMatchObject({
      leader: null,
      self: { value: 'insufficient' },
    });
    await caseworker.get(`/api/staff/${bo}/assessments`).expect(404);

    // The dashboard counts nothing for topic 7: only a self-assessment exists.
    const dashboard = (await leader.get(`/api/rounds/${round.id}/dashboard`).expect(200))
      .body as RoundDashboard;
    const t7 = dashboard.areas.flatMap((a) => a.topics).find((tp) => tp.code === topics[7]);
    expect(t7).toMatchObject({
      assessedFte: '0.00',
      assessedStaff: 0,
      shares: { insufficient: null },
    });
  });

  it('computes the dashboard as hand-computed FTE-weighted shares', async () => {
    // Current leader values of topic 0: anna (1.00) basic; bo (0.50) basic; cecilia (0.75) none.
    // Topic 1: anna cleared; bo none. Topic 2: bo not applicable. Set cecilia × topic 0 to saknar.
    await leader
      .put(`/api/rounds/${round.id}/assessments`)
      .send({
        cells: [
          {
            staffMemberId: cecilia,
            topicCode: topics[0],
            value: 'insufficient',
            expectedVersion: 0,
          },
        ],
      })
      .expect(200);
    const dashboard = (await leader.get(`/api/rounds/${round.id}/dashboard`).expect(200))
      .body as RoundDashboard;
    const byCode = new Map(dashboard.areas.flatMap((a) => a.topics).map((tp) => [tp.code, tp]));
    // Topic 0: S 0.75, G 1.50 → total 2.25: 33.3 % and 66.7 %.
    expect(byCode.get(topics[0])).toMatchObject({
      fte: { insufficient: '0.75', basic: '1.50', advanced: '0.00' },
      assessedFte: '2.25',
      shares: { insufficient: '33.3', basic: '66.7', advanced: '0.0' },
      assessedStaff: 3,
      notAssessedStaff: 0,
    });
    // Topic 2: bo is not applicable → no denominator at all.
    expect(byCode.get(topics[2])).toMatchObject({
      assessedFte: '0.00',
      notApplicableFte: '0.50',
      shares: { basic: null },
    });
    expect(dashboard.coverage).toEqual({ staff: 3, assessedStaff: 3, share: '100.0' });
    expect(dashboard.staleness.newStaff.map((s) => s.staffMemberId)).toEqual([cecilia]);
    expect(dashboard.heatmap.map((h) => h.unitId).sort()).toEqual([north, northSub].sort());
    const northRow = dashboard.heatmap.find((h) => h.unitId === north);
    // North: anna G 1.00, cecilia S 0.75 → 0.75 / 1.75 = 42.9 % lacking.
    expect(northRow?.topics[0]).toEqual({
      code: topics[0],
      assessedFte: '1.75',
      insufficientShare: '42.9',
    });

    const all = (await admin.get(`/api/rounds/${round.id}/dashboard`).expect(200))
      .body as RoundDashboard;
    expect(all.coverage).toEqual({ staff: 4, assessedStaff: 3, share: '75.0' });
    expect(all.staleness.notAssessed.map((s) => s.staffMemberId)).toEqual([sven]);
  });

  it('rejects edits in a closed round with 409 INVENTORY_ROUND_CLOSED and in a planned one', async () => {
    const current = (await admin.get(`/api/rounds/${round.id}`).expect(200)).body as InventoryRound;
    await admin
      .post(`/api/rounds/${round.id}/close`)
      .send({ version: current.version })
      .expect(200);
    const response = await leader
      .put(`/api/rounds/${round.id}/assessments`)
      .send({
        cells: [{ staffMemberId: bo, topicCode: topics[0], value: 'advanced', expectedVersion: 1 }],
      })
      .expect(409);
    expect(response.body.code).toBe('INVENTORY_ROUND_CLOSED');
    expect(cell(await matrixOf(leader), bo, topics[0])).toMatchObject({
      value: 'basic',
      version: 1,
    });

    const planned = await createRound(admin, frameworkId, { open: false });
    const early = await leader
      .put(`/api/rounds/${planned.id}/assessments`)
      .send({
        cells: [{ staffMemberId: bo, topicCode: topics[0], value: 'advanced', expectedVersion: 0 }],
      })
      .expect(409);
    expect(early.body.code).toBe('INVENTORY_ROUND_NOT_OPEN');
  });
});

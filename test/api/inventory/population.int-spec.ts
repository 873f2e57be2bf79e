import {
  createTestApp,
  daysFromToday,
  signInAs,
  type SignedIn,
  type TestApp,
} from '@kl/api/testing';
import type {
  AssessmentMatrix,
  AuditEvent,
  InventoryRound,
  RoundDashboard,
  RoundTrend,
  StaffMember,
} from '@kl/shared/contracts';
import { createRound, hireStaff, publishedFrameworkId } from './inventory-fixtures';

type Account = Awaited<ReturnType<typeof signInAs>>;

/**
 * The population of a round (DESIGN.md §3, docs/scope.md): the staff of units of the framework's
 * service area employed on the reference date, caseworkers and team leaders never pooled, frozen
 * with the attributes of the reference date when the round closes.
 */
describe('the population of a round', () => {
  let t: TestApp;
  let admin: Account;
  let frameworkId: string;
  let bou: string;
  let bouSub: string;
  let eko: string;
  let leaderStaff: StaffMember;
  let leader: Account;
  let anna: StaffMember;
  let bo: StaffMember;
  let lateHire: StaffMember;
  let leftBefore: StaffMember;
  let leftAfter: StaffMember;
  let ekoWorker: StaffMember;
  let subLeader: StaffMember;

  const unit = async (name: string, serviceAreaCode: string, parentId?: string) =>
    (
      (
        await admin
          .post('/api/units')
          .send({ name, kind: 'unit', serviceAreaCode, parentId })
          .expect(201)
      ).body as { id: string }
    ).id;
  let number = 0;
  const hire = (unitId: string, extra: Record<string, unknown> = {}) => hireStaff(admin, unitId, `P${++number}`, extra);

  beforeAll(async () => {
    t = await createTestApp();
    admin = await signInAs(t, 'municipality_admin');
    frameworkId = await publishedFrameworkId(t);
    bou = await unit('Barn och unga', 'barn-och-unga');
    bouSub = await unit('Barn och unga, mottagning', 'barn-och-unga', bou);
    eko = await unit('Ekonomiskt bistånd', 'ekonomiskt-bistand');
    leaderStaff = await hire(bou, {
      role: 'team_leader',
      lastName: 'Ledare',
      firstManagerialJob: true,
      needsDevelopment: false,
    });
    subLeader = await hire(bouSub, {
      role: 'team_leader',
      lastName: 'Underledare',
      firstManagerialJob: false,
      needsDevelopment: true,
    });
    anna = await hire(bou, { lastName: 'Anna', fte: 0.75 });
    bo = await hire(bouSub, { lastName: 'Bo', fte: 0.5, degree: 'social_care' });
    lateHire = await hire(bou, { lastName: 'Sen', employmentStart: '2026-07-01' });
    leftBefore = await hire(bou, { lastName: 'Slutat', employmentEnd: '2025-09-30' });
    leftAfter = await hire(bou, { lastName: 'Stannade', employmentEnd: '2025-10-15' });
    ekoWorker = await hire(eko, { lastName: 'Ekonom' });
    leader = await signInAs(t, 'team_leader', { unitIds: [bou], staffMemberId: leaderStaff.id });
  });
  afterAll(() => t.close());

  const ids = (rows: { staffMemberId: string }[]) => rows.map((r) => r.staffMemberId).sort();
  const matrixOf = async (who: SignedIn, roundId: string, query = '') =>
    (await who.get(`/api/rounds/${roundId}/matrix${query}`).expect(200)).body as AssessmentMatrix;
  const dashboardOf = async (who: SignedIn, roundId: string, query = '') =>
    (await who.get(`/api/rounds/${roundId}/dashboard${query}`).expect(200)).body as RoundDashboard;
  const fill = async (
    who: SignedIn,
    matrix: AssessmentMatrix,
    roundId: string,
    value = 'basic',
  ) => {
    const topics = matrix.areas.flatMap((a) => a.topics.map((tp) => tp.code));
    await who
      .put(`/api/rounds/${roundId}/assessments`)
      .send({
        cells: matrix.rows.flatMap((row) =>
          topics.map((topicCode) => ({
            staffMemberId: row.staffMemberId,
            topicCode,
            value,
            expectedVersion: row.cells[topicCode]?.version ?? 0,
          })),
        ),
      })
      .expect(200);
  };

  it('counts the service area’s staff employed on the reference date, caseworkers and team leaders apart', async () => {
    const round = await createRound(admin, frameworkId, { referenceDate: '2025-10-01' });
    expect(round).toMatchObject({
      serviceAreaCode: 'barn-och-unga',
      population: { caseworkers: 3, teamLeaders: 2, inReach: 5, frozenAt: null },
    });

    const caseworkers = await matrixOf(admin, round.id);
    expect(caseworkers.staffRole).toBe('caseworker');
    // Not the one hired after the date, nor the one who left before it, nor Ekonomiskt bistånd.
    expect(ids(caseworkers.rows)).toEqual([anna.id, bo.id, leftAfter.id].sort());
    expect(ids(caseworkers.rows)).not.toContain(lateHire.id);
    expect(ids(caseworkers.rows)).not.toContain(leftBefore.id);
    expect(ids(caseworkers.rows)).not.toContain(ekoWorker.id);
    const leaders = await matrixOf(admin, round.id, '?staffRole=team_leader');
    expect(ids(leaders.rows)).toEqual([leaderStaff.id, subLeader.id].sort());

    // The team leader is no row of his own matrix, and no one missing from his own overview.
    expect(ids((await matrixOf(leader, round.id, '?staffRole=team_leader')).rows)).toEqual([
      subLeader.id,
    ]);
    const leaderOverview = await dashboardOf(leader, round.id, '?staffRole=team_leader');
    expect(leaderOverview.coverage.staff).toBe(1);
    expect(leaderOverview.staleness.notAssessed.map((r) => r.staffMemberId)).toEqual([
      subLeader.id,
    ]);

    // A save for someone outside the population is not found, like someone of another kommun.
    await admin
      .put(`/api/rounds/${round.id}/assessments`)
      .send({
        cells: [
          { staffMemberId: ekoWorker.id, topicCode: 'SA01', value: 'basic', expectedVersion: 0 },
        ],
      })
      .expect(404);
    await admin
      .put(`/api/rounds/${round.id}/assessments`)
      .send({
        cells: [
          { staffMemberId: lateHire.id, topicCode: 'SA01', value: 'basic', expectedVersion: 0 },
        ],
      })
      .expect(404);
  });

  it('reaches 100 % coverage when the matrix is full', async () => {
    const round = await createRound(admin, frameworkId, { referenceDate: '2025-10-01' });
    expect((await dashboardOf(leader, round.id)).coverage).toEqual({
      staff: 3,
      assessedStaff: 0,
      share: '0.0',
    });
    await fill(leader, await matrixOf(leader, round.id), round.id);
    expect((await dashboardOf(leader, round.id)).coverage).toEqual({
      staff: 3,
      assessedStaff: 3,
      share: '100.0',
    });
    expect((await dashboardOf(admin, round.id)).coverage).toEqual({
      staff: 3,
      assessedStaff: 3,
      share: '100.0',
    });
    await fill(admin, await matrixOf(admin, round.id, '?staffRole=team_leader'), round.id);
    expect((await dashboardOf(admin, round.id, '?staffRole=team_leader')).coverage.share).toBe(
      '100.0',
    );
  });

  describe('frozen at the close', () => {
    let round: InventoryRound;
    let frozenDashboard: RoundDashboard;
    let frozenMatrix: AssessmentMatrix;
    let frozenTrend: RoundTrend;

    beforeAll(async () => {
      round = await createRound(admin, frameworkId, {
        referenceDate: '2025-10-01',
        name: 'Fryst 2025',
      });
      await fill(admin, await matrixOf(admin, round.id), round.id, 'advanced');
      const closed = (
        await admin
          .post(`/api/rounds/${round.id}/close`)
          .send({ version: round.version })
          .expect(200)
      ).body as InventoryRound;
      expect(closed.population).toEqual({
        caseworkers: 3,
        teamLeaders: 2,
        inReach: 5,
        frozenAt: expect.any(String),
      });
      round = closed;
      frozenDashboard = await dashboardOf(admin, round.id);
      frozenMatrix = await matrixOf(admin, round.id);
      frozenTrend = (await admin.get(`/api/rounds/${round.id}/trend`).expect(200))
        .body as RoundTrend;
    });

    it('keeps every figure of a closed round when FTE, unit and degree change afterwards', async () => {
      const current = (await admin.get(`/api/staff/${anna.id}`).expect(200)).body as StaffMember;
      await admin
        .patch(`/api/staff/${anna.id}`)
        .send({ version: current.version, fte: 0.2, unitId: eko, degree: 'none' })
        .expect(200);
      const boNow = (await admin.get(`/api/staff/${bo.id}`).expect(200)).body as StaffMember;
      await admin
        .patch(`/api/staff/${bo.id}`)
        .send({ version: boNow.version, unitId: bou })
        .expect(200);

      expect(await dashboardOf(admin, round.id)).toEqual(frozenDashboard);
      expect(await matrixOf(admin, round.id)).toEqual(frozenMatrix);
      // The trend's entry for the closed round; the live rounds beside it follow today's register.
      const closedIn = (trend: RoundTrend) => trend.rounds.find((r) => r.round.id === round.id);
      expect(closedIn((await admin.get(`/api/rounds/${round.id}/trend`).expect(200)).body)).toEqual(
        closedIn(frozenTrend),
      );
      expect(closedIn(frozenTrend)).toBeDefined();
      expect(
        ((await admin.get(`/api/rounds/${round.id}`).expect(200)).body as InventoryRound)
          .population,
      ).toEqual(round.population);
      // The frozen rows hold the attributes of the reference date, not today's.
      const [frozen] = await t.owner.query(
        'SELECT fte::text, degree, unit_id AS "unitId" FROM round_population WHERE round_id = $1 AND staff_member_id = $2',
        [round.id, anna.id],
      );
      // FTE is kept in thousandths (87,5 % is 0.875).
      expect(frozen).toEqual({ fte: '0.750', degree: 'social_work', unitId: bou });
      // A live round on the same date sees today's register: Anna is in Ekonomiskt bistånd now.
      const live = await createRound(admin, frameworkId, { referenceDate: '2025-10-01' });
      expect(ids((await matrixOf(admin, live.id)).rows)).not.toContain(anna.id);
    });

    it('thaws on reopening and freezes again at the next close, both audited', async () => {
      const reopened = (
        await admin
          .post(`/api/rounds/${round.id}/reopen`)
          .send({ version: round.version, reason: 'Rättelse', closesOn: daysFromToday(10) })
          .expect(200)
      ).body as InventoryRound;
      expect(reopened.population.frozenAt).toBeNull();
      expect(
        await t.owner.query('SELECT 1 FROM round_population WHERE round_id = $1', [round.id]),
      ).toEqual([]);
      const closedAgain = (
        await admin
          .post(`/api/rounds/${round.id}/close`)
          .send({ version: reopened.version })
          .expect(200)
      ).body as InventoryRound;
      expect(closedAgain.population.frozenAt).toEqual(expect.any(String));
      const history = (await admin.get(`/api/audit/inventory_round/${round.id}`).expect(200))
        .body as AuditEvent[];
      expect(history.map((e) => e.action)).toEqual(['create', 'open', 'close', 'reopen', 'close']);
      expect(history[3].after).toMatchObject({ reason: 'Rättelse', trigger: 'manual' });
      expect(history[4].after).toMatchObject({
        trigger: 'manual',
        frozenPopulation: expect.any(Number),
      });
    });
  });

  it('freezes the attributes recorded by the end of the reference date, not later changes', async () => {
    const yesterday = daysFromToday(-1);
    const early = await hire(bou, { lastName: 'Tidig', fte: 1 });
    const late = await hire(bou, { lastName: 'Sen ändring', fte: 1 });
    for (const person of [early, late]) {
      await admin
        .patch(`/api/staff/${person.id}`)
        .send({ version: person.version, fte: 0.6 })
        .expect(200);
    }
    // Both changes happened today, after the reference date (yesterday); the first is moved back
    // to before its end, as if it had been recorded in time.
    await t.owner.query(
      `UPDATE audit_event
       SET occurred_at = ($1::date)::timestamp AT TIME ZONE 'Europe/Stockholm'
                         + CASE action WHEN 'create' THEN interval '10 hours' ELSE interval '12 hours' END
       WHERE entity_type = 'staff_member' AND entity_id = $2`,
      [yesterday, early.id],
    );
    const round = await createRound(admin, frameworkId, { referenceDate: yesterday });
    await admin.post(`/api/rounds/${round.id}/close`).send({ version: round.version }).expect(200);
    const frozen: { staffMemberId: string; fte: string }[] = await t.owner.query(
      'SELECT staff_member_id AS "staffMemberId", fte::text FROM round_population WHERE round_id = $1 AND staff_member_id = ANY($2)',
      [round.id, [early.id, late.id]],
    );
    expect(Object.fromEntries(frozen.map((r) => [r.staffMemberId, r.fte]))).toEqual({
      [early.id]: '0.600',
      [late.id]: '1.000',
    });
  });
});

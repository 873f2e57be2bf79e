import { createTestApp, signInAs, type SignedIn, type TestApp } from '@kl/api/testing';
import type {
  AssessmentMatrix,
  CompetenceFrameworkDetail,
  DevelopmentPlan,
  ImportJob,
  InventoryRound,
  PersonAssessments,
  RoundDashboard,
  RoundGaps,
  RoundTrend,
  ServiceAreaOverview,
  StaffGaps,
  StaffMember,
  StaffTargets,
  WorkforceForecast,
} from '@kl/shared/contracts';
import { createRound, hireStaff, publishedFrameworkId } from './inventory-fixtures';

/**
 * Every service area side by side (issue 15): a kommun's own framework for ekonomiskt bistånd,
 * made from the example and published, inventoried in its own round beside the barn-och-unga
 * round. Each person belongs to the round of their unit's service area, and the matrix, overview,
 * trend, person page, targets, gaps, plans and the headline per service area follow that.
 */
describe('rounds of several service areas at once', () => {
  let t: TestApp;
  let admin: SignedIn;
  let bouLeader: SignedIn;
  let ebLeader: SignedIn;
  let bouRound: InventoryRound;
  let ebRound: InventoryRound;
  let ebFramework: CompetenceFrameworkDetail;
  let bouWorker: StaffMember;
  let bouUnit: string;
  let ebWorkers: StaffMember[];

  const unit = async (name: string, serviceAreaCode: string) =>
    ((await admin.post('/api/units').send({ name, kind: 'unit', serviceAreaCode }).expect(201)).body as { id: string }).id;
  let number = 0;
  const hire = (unitId: string, extra: Record<string, unknown> = {}) => hireStaff(admin, unitId, `SA${++number}`, extra);
  const save = async (who: SignedIn, round: InventoryRound, cells: { staffMemberId: string; topicCode: string; value: string }[]) =>
    who
      .put(`/api/rounds/${round.id}/assessments`)
      .send({ cells: cells.map((cell) => ({ ...cell, expectedVersion: 0 })) })
      .expect(200);
  const get = async <T>(who: SignedIn, path: string): Promise<T> => (await who.get(path).expect(200)).body as T;

  beforeAll(async () => {
    t = await createTestApp();
    admin = await signInAs(t, 'municipality_admin');
    const bou = await unit('Utredning barn', 'barn-och-unga');
    bouUnit = bou;
    const eko = await unit('Försörjningsstöd', 'ekonomiskt-bistand');
    bouWorker = await hire(bou, { lastName: 'Barnsson' });
    ebWorkers = [await hire(eko, { lastName: 'Ekonom', fte: 0.5 }), await hire(eko, { lastName: 'Försörj' })];
    const bouLeaderStaff = await hire(bou, { role: 'team_leader', lastName: 'Ledare barn', firstManagerialJob: false, needsDevelopment: false });
    const ebLeaderStaff = await hire(eko, { role: 'team_leader', lastName: 'Ledare eko', firstManagerialJob: false, needsDevelopment: false });
    bouLeader = await signInAs(t, 'team_leader', { unitIds: [bou], staffMemberId: bouLeaderStaff.id });
    ebLeader = await signInAs(t, 'team_leader', { unitIds: [eko], staffMemberId: ebLeaderStaff.id });

    // The kommun's own framework for ekonomiskt bistånd, copied from the example and published.
    const draft = (await admin.post('/api/frameworks/examples/ekonomiskt-bistand/copy').send({ code: 'EB-SIDA', name: 'Ekonomiskt bistånd' }).expect(201))
      .body as CompetenceFrameworkDetail;
    ebFramework = (await admin.post(`/api/frameworks/${draft.id}/publish`).send({ rowVersion: draft.rowVersion }).expect(200)).body;
    bouRound = await createRound(admin, await publishedFrameworkId(t), { name: 'Barn och unga 2026' });
    ebRound = await createRound(admin, ebFramework.id, { name: 'Ekonomiskt bistånd 2026' });
  });
  afterAll(() => t.close());

  it('counts in each round the staff of its own service area, and tells each reader whom they can assess', async () => {
    expect(ebRound).toMatchObject({ serviceAreaCode: 'ekonomiskt-bistand', status: 'open', population: { caseworkers: 2, teamLeaders: 1, inReach: 3 } });
    expect(bouRound).toMatchObject({ serviceAreaCode: 'barn-och-unga', population: { caseworkers: 1, teamLeaders: 1, inReach: 2 } });
    const seenBy = async (who: SignedIn) =>
      Object.fromEntries((await get<InventoryRound[]>(who, '/api/rounds')).map((round) => [round.name, round.population.inReach]));
    // A team leader is not among those he can assess; the other area's round reaches nobody of his.
    expect(await seenBy(ebLeader)).toEqual({ 'Ekonomiskt bistånd 2026': 2, 'Barn och unga 2026': 0 });
    expect(await seenBy(bouLeader)).toEqual({ 'Ekonomiskt bistånd 2026': 0, 'Barn och unga 2026': 1 });
  });

  it('fills the new framework’s matrix with its own topics and people, apart from the other round', async () => {
    const matrix = await get<AssessmentMatrix>(ebLeader, `/api/rounds/${ebRound.id}/matrix`);
    expect(matrix.areas.flatMap((area) => area.topics.map((topic) => topic.code))).toEqual(
      ebFramework.areas.flatMap((area) => area.topics.map((topic) => topic.code)),
    );
    expect(matrix.rows.map((row) => row.lastName)).toEqual(['Ekonom', 'Försörj']);
    expect((await get<AssessmentMatrix>(ebLeader, `/api/rounds/${bouRound.id}/matrix`)).rows).toEqual([]);
    // Someone of the other service area is not in this round: nothing is written.
    await ebLeader
      .put(`/api/rounds/${ebRound.id}/assessments`)
      .send({ cells: [{ staffMemberId: bouWorker.id, topicCode: 'HA01', value: 'basic', expectedVersion: 0 }] })
      .expect(404);
    const [ekonom, forsorj] = ebWorkers;
    await save(ebLeader, ebRound, [
      { staffMemberId: ekonom.id, topicCode: 'HA01', value: 'insufficient' },
      { staffMemberId: ekonom.id, topicCode: 'HA02', value: 'basic' },
      { staffMemberId: forsorj.id, topicCode: 'HA01', value: 'advanced' },
      { staffMemberId: forsorj.id, topicCode: 'HA02', value: 'insufficient' },
    ]);
    await save(bouLeader, bouRound, [{ staffMemberId: bouWorker.id, topicCode: 'SA01', value: 'advanced' }]);
  });

  it('shows each service area’s headline figures together, pooled over every topic and weighted by FTE', async () => {
    const overview = await get<ServiceAreaOverview>(admin, '/api/overview/service-areas');
    expect(overview.staffRole).toBe('caseworker');
    expect(overview.serviceAreas.map((area) => [area.serviceAreaCode, area.round.name])).toEqual([
      ['barn-och-unga', 'Barn och unga 2026'],
      ['ekonomiskt-bistand', 'Ekonomiskt bistånd 2026'],
    ]);
    const eb = overview.serviceAreas[1];
    expect(eb).toMatchObject({
      frameworkCode: 'EB-SIDA',
      frameworkVersion: 1,
      topicCount: 16,
      coverage: { staff: 2, assessedStaff: 2, share: '100.0' },
      // Ekonom (0.5 FTE): S in HA01, G in HA02; Försörj (1.0): F in HA01, S in HA02 → S 1.5, G 0.5, F 1.0 of 3.0.
      overall: { fte: { insufficient: '1.50', basic: '0.50', advanced: '1.00' }, assessedFte: '3.00', shares: { insufficient: '50.0', basic: '16.7', advanced: '33.3' } },
      // HA02: 1.0 of 1.5 FTE lack (66.7 %), more than HA01's 0.5 of 1.5.
      weakestTopic: { code: 'HA02', insufficientShare: '66.7' },
    });
    // The team leaders' group, and a team leader's own reach: one service area.
    expect((await get<ServiceAreaOverview>(admin, '/api/overview/service-areas?staffRole=team_leader')).serviceAreas).toHaveLength(2);
    const mine = await get<ServiceAreaOverview>(bouLeader, '/api/overview/service-areas');
    expect(mine.serviceAreas.map((area) => area.serviceAreaCode)).toEqual(['barn-och-unga']);
    expect(mine.serviceAreas[0].coverage).toEqual({ staff: 1, assessedStaff: 1, share: '100.0' });
  });

  it('keeps the overview and the trend of a round within its service area', async () => {
    const dashboard = await get<RoundDashboard>(admin, `/api/rounds/${ebRound.id}/dashboard`);
    expect(dashboard.areas.map((area) => area.code)).toEqual(ebFramework.areas.map((area) => area.code));
    expect(dashboard.coverage).toMatchObject({ staff: 2, assessedStaff: 2 });
    const trend = await get<RoundTrend>(admin, `/api/rounds/${ebRound.id}/trend`);
    expect(trend.rounds.map((round) => round.round.name)).toEqual(['Ekonomiskt bistånd 2026']);
    expect((await get<RoundTrend>(admin, `/api/rounds/${bouRound.id}/trend`)).rounds.map((round) => round.round.name)).toEqual([
      'Barn och unga 2026',
    ]);
  });

  it('lists on a person’s page only the rounds that count them, with their framework’s topics', async () => {
    const eb = await get<PersonAssessments>(admin, `/api/staff/${ebWorkers[0].id}/assessments`);
    expect(eb.rounds.map((round) => round.name)).toEqual(['Ekonomiskt bistånd 2026']);
    expect(eb.topics.map((topic) => topic.code).sort()).toEqual(ebFramework.areas.flatMap((a) => a.topics.map((x) => x.code)).sort());
    expect(eb.topics.find((topic) => topic.code === 'HA01')?.rounds[0].leader?.value).toBe('insufficient');
    const bou = await get<PersonAssessments>(admin, `/api/staff/${bouWorker.id}/assessments`);
    expect(bou.rounds.map((round) => round.name)).toEqual(['Barn och unga 2026']);
    expect(bou.topics.some((topic) => topic.code === 'HA01')).toBe(false);
  });

  it('holds a person to the målnivåer of their own service area’s round, and measures their plan there', async () => {
    await admin
      .put('/api/targets')
      .send({ unitId: null, frameworkId: ebFramework.id, role: 'caseworker', version: 0, targets: [{ topicCode: 'HA01', choice: 'basic' }, { topicCode: 'HA02', choice: 'basic' }] })
      .expect(200);
    const [ekonom, forsorj] = ebWorkers;
    const targets = await get<StaffTargets>(admin, `/api/staff/${ekonom.id}/targets`);
    expect(targets).toMatchObject({ roundId: ebRound.id, frameworkId: ebFramework.id });
    expect(targets.targets.map((target) => target.topicCode)).toEqual(['HA01', 'HA02']);
    const gaps = await get<StaffGaps>(admin, `/api/staff/${forsorj.id}/gaps`);
    expect(gaps).toMatchObject({ round: { id: ebRound.id }, inPopulation: true, summary: { withTarget: 2, below: 1, meets: 1 } });
    expect((await get<StaffGaps>(admin, `/api/staff/${bouWorker.id}/gaps`)).round?.id).toBe(bouRound.id);

    const roundGaps = await get<RoundGaps>(admin, `/api/rounds/${ebRound.id}/gaps`);
    // The largest gap first: HA02 lacks 1.0 FTE (Försörj), HA01 0.5 (Ekonom).
    expect(roundGaps.topics.filter((topic) => Number(topic.gapFte) > 0).map((topic) => topic.topicCode)).toEqual(['HA02', 'HA01']);

    const plan = (
      await admin
        .post('/api/plans')
        .send({ kind: 'individual', year: 2026, staffMemberId: forsorj.id, goals: [{ topicCode: 'HA02', level: 'basic' }] })
        .expect(201)
    ).body as DevelopmentPlan;
    expect(plan.progressRound?.id).toBe(ebRound.id);
    expect(plan.goals[0].progress).toMatchObject({ personTarget: 'basic', personStanding: 'below' });
  });

  it('exports the new round in the assessment format with its own topic columns, and the file imports back as nothing to do', async () => {
    const binary = (response: NodeJS.ReadableStream, done: (e: Error | null, b: Buffer) => void) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => done(null, Buffer.concat(chunks)));
    };
    const file = (await admin.get(`/api/imports/assessments/export?roundId=${ebRound.id}&format=csv`).buffer(true).parse(binary as never).expect(200))
      .body as Buffer;
    const lines = file.toString('utf8').split('\r\n');
    const codes = ebFramework.areas.flatMap((area) => area.topics.map((topic) => topic.code));
    expect(lines[0]).toBe(`\uFEFFanstallningsnummer;${codes.join(';')}`);
    expect(lines).toContain(`${ebWorkers[0].employeeNumber};S;G${';'.repeat(codes.length - 2)}`);
    const job = (await admin.post(`/api/imports/assessments/file?roundId=${ebRound.id}`).set('Content-Type', 'application/octet-stream').send(file).expect(201))
      .body as ImportJob;
    expect(job).toMatchObject({ state: 'previewed', problems: [], counts: { add: 0, change: 0 } });
  });

  it('reads the workforce forecast’s competence at risk from the round of its unit’s area, kommun-wide from the area where most staff work', async () => {
    const kommun = await get<WorkforceForecast>(admin, '/api/workforce/forecast');
    // Three of the five staff work in ekonomiskt bistånd.
    expect(kommun.roundName).toBe('Ekonomiskt bistånd 2026');
    const unit = await get<WorkforceForecast>(admin, `/api/workforce/forecast?unitId=${bouUnit}`);
    expect(unit.roundName).toBe('Barn och unga 2026');
  });
});

import { createTestApp, signInAs, type SignedIn, type TestApp } from '@kl/api/testing';
import type { DevelopmentPlan, PlanIndicators } from '@kl/shared/contracts';
import {
  asKommun,
  createRound,
  createStaff,
  createUnit,
  municipalityId,
  publishedFrameworkId,
} from '../inventory/inventory-fixtures';

/**
 * A plan's goals with a target share, staff group and due date, and their progress: the share of
 * the goal's group at least at its level in the newest opened round (the gaps' computation), and
 * an individual goal held to the person's own målnivå. Overall plans per staff group answer the
 * survey's indicators.
 */
describe('Development plan goals', () => {
  let t: TestApp;
  let admin: SignedIn;
  let c: string;
  let s: string;
  let a: string;
  let b: string;
  let d: string;
  let leader: string;

  beforeAll(async () => {
    t = await createTestApp();
    admin = await signInAs(t, 'municipality_admin');
    const kommun = await municipalityId(t);
    const frameworkId = await publishedFrameworkId(t);
    c = await createUnit(t, kommun, 'Enhet C');
    s = await createUnit(t, kommun, 'Enhet S');
    a = await createStaff(t, kommun, c, { lastName: 'Alm' });
    b = await createStaff(t, kommun, c, { lastName: 'Bok', fte: '0.50' });
    d = await createStaff(t, kommun, s, { lastName: 'Ek' });
    leader = await createStaff(t, kommun, c, { lastName: 'Chef' });
    await asKommun(t, kommun, `UPDATE staff_member SET role = 'team_leader' WHERE id = $1`, [
      leader,
    ]);
    for (const [role, choice] of [
      ['caseworker', 'advanced'],
      ['team_leader', 'basic'],
    ] as const) {
      await admin
        .put('/api/targets')
        .send({
          unitId: null,
          frameworkId,
          role,
          version: 0,
          targets: [{ topicCode: 'SA01', choice }],
        })
        .expect(200);
    }
    const round = await createRound(admin, frameworkId);
    const cell = (staffMemberId: string, topicCode: string, value: string) => ({
      staffMemberId,
      topicCode,
      value,
      expectedVersion: 0,
    });
    await admin
      .put(`/api/rounds/${round.id}/assessments`)
      .send({
        cells: [
          cell(a, 'SA01', 'advanced'),
          cell(b, 'SA01', 'basic'),
          cell(d, 'SA01', 'insufficient'),
          cell(leader, 'SA01', 'basic'),
          cell(a, 'SA02', 'advanced'),
          cell(b, 'SA02', 'insufficient'),
        ],
      })
      .expect(200);
  });
  afterAll(() => t.close());

  const create = (body: object) => admin.post('/api/plans').send({ year: 2027, ...body });
  const goalsOf = (plan: DevelopmentPlan) =>
    plan.goals.map(({ topicCode, targetShare, staffGroup, dueOn, progress }) => ({
      topicCode,
      targetShare,
      staffGroup,
      dueOn,
      progress,
    }));

  it("measures an overall plan's goals in its group against the share asked", async () => {
    const plan = (
      await create({
        kind: 'overall',
        staffGroup: 'caseworker',
        goals: [
          { topicCode: 'SA01', level: 'basic', targetShare: 60, dueOn: '2027-06-30' },
          { topicCode: 'SA02', level: 'advanced', targetShare: 80 },
        ],
      }).expect(201)
    ).body as DevelopmentPlan;
    expect(plan.staffGroup).toBe('caseworker');
    expect(plan.progressRound).not.toBeNull();
    // Caseworkers a (1.0, fördjupad), b (0.5, grundläggande), d (1.0, saknar) in SA01: 1.5 of 2.5
    // FTE at least grundläggande = 60 %, as asked. In SA02 only a and b were assessed: a of 1.5 FTE
    // is fördjupad = 66.7 %, and 80 % of 1.5 = 1.2 FTE asks 0.2 FTE more.
    expect(goalsOf(plan)).toEqual([
      {
        topicCode: 'SA01',
        targetShare: 60,
        staffGroup: 'caseworker',
        dueOn: '2027-06-30',
        progress: { assessedFte: '2.50', reachedShare: '60.0', gapFte: '0.00', met: true },
      },
      {
        topicCode: 'SA02',
        targetShare: 80,
        staffGroup: 'caseworker',
        dueOn: null,
        progress: { assessedFte: '1.50', reachedShare: '66.7', gapFte: '0.20', met: false },
      },
    ]);
    // The kommun keeps one overall plan per group and year: the team leaders' is another plan.
    const leaders = (
      await create({
        kind: 'overall',
        staffGroup: 'team_leader',
        goals: [{ topicCode: 'SA01', level: 'advanced' }],
      }).expect(201)
    ).body as DevelopmentPlan;
    expect(goalsOf(leaders)).toEqual([
      {
        topicCode: 'SA01',
        targetShare: 100,
        staffGroup: 'team_leader',
        dueOn: null,
        progress: { assessedFte: '1.00', reachedShare: '0.0', gapFte: '1.00', met: false },
      },
    ]);
    expect(
      (await create({ kind: 'overall', staffGroup: 'caseworker' }).expect(400)).body.errors,
    ).toEqual({ year: 'not_unique' });
  });

  it("measures a unit's plan for all staff over the unit's caseworkers and team leaders", async () => {
    const plan = (
      await create({
        kind: 'overall',
        unitId: c,
        goals: [
          { topicCode: 'SA01', level: 'basic', targetShare: 100 },
          { topicCode: 'SA02', level: 'basic', staffGroup: 'caseworker' },
        ],
      }).expect(201)
    ).body as DevelopmentPlan;
    // C: a, b and the team leader are all at least grundläggande in SA01 (2.5 FTE); in SA02 the
    // caseworkers a and b only, b below.
    expect(goalsOf(plan).map((g) => [g.topicCode, g.staffGroup, g.progress])).toEqual([
      ['SA01', 'all', { assessedFte: '2.50', reachedShare: '100.0', gapFte: '0.00', met: true }],
      [
        'SA02',
        'caseworker',
        { assessedFte: '1.50', reachedShare: '66.7', gapFte: '0.50', met: false },
      ],
    ]);
    const listed = (await admin.get('/api/plans?year=2027').expect(200)).body as DevelopmentPlan[];
    expect(listed.find((p) => p.id === plan.id)?.goals).toEqual(plan.goals);
  });

  it("holds an individual goal to the person's målnivå and says when it asks less", async () => {
    const below = (
      await create({
        kind: 'individual',
        staffMemberId: d,
        goals: [{ topicCode: 'SA01', level: 'basic', dueOn: '2027-12-31' }],
      }).expect(201)
    ).body as DevelopmentPlan;
    // d's målnivå in SA01 is fördjupad (the caseworkers'); d is at saknar.
    expect(below.goals[0].progress).toEqual({
      assessedFte: '1.00',
      reachedShare: '0.0',
      gapFte: '1.00',
      met: false,
      personTarget: 'advanced',
      personStanding: 'below',
      belowPersonTarget: true,
    });
    const meets = (
      await create({
        kind: 'individual',
        staffMemberId: a,
        goals: [{ topicCode: 'SA01', level: 'advanced' }],
      }).expect(201)
    ).body as DevelopmentPlan;
    expect(meets.goals[0].progress).toMatchObject({
      reachedShare: '100.0',
      met: true,
      personTarget: 'advanced',
      personStanding: 'meets',
      belowPersonTarget: false,
    });
    // The team leader's målnivå is the team leaders' (grundläggande): a goal of fördjupad is above it.
    const leaderPlan = (
      await create({
        kind: 'individual',
        staffMemberId: leader,
        goals: [{ topicCode: 'SA01', level: 'advanced' }],
      }).expect(201)
    ).body as DevelopmentPlan;
    expect(leaderPlan.goals[0].progress).toMatchObject({
      personTarget: 'basic',
      personStanding: 'meets',
      belowPersonTarget: false,
      met: false,
    });
  });

  it('refuses a share outside 1–100, a date that is not one, and a group the plan is not for', async () => {
    const goal = { topicCode: 'SA03', level: 'basic' };
    const errors = async (body: object) =>
      (await create({ kind: 'overall', year: 2029, ...body }).expect(400)).body.errors;
    expect(
      await errors({
        goals: [
          { ...goal, targetShare: 0 },
          { ...goal, topicCode: 'SA04', targetShare: 101 },
          { ...goal, topicCode: 'SA05', targetShare: 7.5 },
          { ...goal, topicCode: 'SA06', dueOn: '2027-02-30' },
          { ...goal, topicCode: 'SA07', staffGroup: 'managers' },
        ],
      }),
    ).toEqual({
      'goals.0.targetShare': 'min',
      'goals.1.targetShare': 'max',
      'goals.2.targetShare': 'invalid_type',
      'goals.3.dueOn': 'invalid_format',
      'goals.4.staffGroup': 'invalid_value',
    });
    expect(
      await errors({ staffGroup: 'caseworker', goals: [{ ...goal, staffGroup: 'team_leader' }] }),
    ).toEqual({
      'goals.0.staffGroup': 'not_allowed',
    });
    expect(
      await errors({ kind: 'individual', staffMemberId: a, staffGroup: 'caseworker' }),
    ).toEqual({
      staffGroup: 'not_allowed',
    });
    expect(
      await errors({
        kind: 'individual',
        staffMemberId: a,
        goals: [{ ...goal, staffGroup: 'caseworker' }],
      }),
    ).toEqual({ 'goals.0.staffGroup': 'not_allowed' });
  });

  it("answers the survey's plan questions from the groups' overall plans", async () => {
    const indicators = (await admin.get('/api/plans/indicators?year=2027').expect(200))
      .body as PlanIndicators;
    // 2027: an overall plan for the caseworkers and one for the team leaders (which answers "ja"
    // although the one team leader's individual plan is not the only one that counts).
    expect(indicators).toMatchObject({
      overallPlan: true,
      teamLeaderPlans: { overallPlan: true, withPlan: 1, teamLeaders: 1, answer: 'yes' },
    });
    // 2028: only a plan for the team leaders — no overall plan for the caseworkers.
    await create({ kind: 'overall', year: 2028, staffGroup: 'team_leader' }).expect(201);
    expect(
      (await admin.get('/api/plans/indicators?year=2028').expect(200)).body as PlanIndicators,
    ).toMatchObject({
      overallPlan: false,
      teamLeaderPlans: { overallPlan: true, withPlan: 0, answer: 'yes' },
    });
    // 2030: a unit's plan for all staff counts for both groups.
    await create({ kind: 'overall', year: 2030, unitId: s }).expect(201);
    expect(
      (await admin.get('/api/plans/indicators?year=2030').expect(200)).body as PlanIndicators,
    ).toMatchObject({ overallPlan: true, teamLeaderPlans: { overallPlan: true, answer: 'yes' } });
  });
});

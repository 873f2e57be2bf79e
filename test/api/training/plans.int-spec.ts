import { createTestApp, signInAs, type SignedIn, type TestApp } from '@kl/api/testing';
import type { DevelopmentPlan, PlanIndicators, StateGrant } from '@kl/shared/contracts';
import { todayInSweden } from '@kl/shared/util';
import {
  asKommun,
  createRound,
  createStaff,
  createUnit,
  municipalityId,
  publishedFrameworkId,
} from '../inventory/inventory-fixtures';
import { createCourse, createSession } from './training-fixtures';

/**
 * Kompetensutvecklingsplaner: goals from the gaps, what was booked against them and its cost by
 * funding source, who may write which plan, the yearly follow-up and the survey's indicators.
 */
describe('Development plans', () => {
  let t: TestApp;
  let admin: SignedIn;
  let leaderOfC: SignedIn;
  let leaderOfS: SignedIn;
  let caseworker: SignedIn;
  let kommun: string;
  let c: string;
  let s: string;
  let a: string;
  let b: string;
  let teamLeader: string;
  let roundId: string;
  let kommunPlan: DevelopmentPlan;

  beforeAll(async () => {
    t = await createTestApp();
    admin = await signInAs(t, 'municipality_admin');
    kommun = await municipalityId(t);
    const frameworkId = await publishedFrameworkId(t);
    const p = await createUnit(t, kommun, 'Förvaltning');
    c = await createUnit(t, kommun, 'Enhet C', p);
    s = await createUnit(t, kommun, 'Enhet S');
    a = await createStaff(t, kommun, c, { lastName: 'Alm' });
    b = await createStaff(t, kommun, s, { lastName: 'Bok', fte: '0.50' });
    teamLeader = await createStaff(t, kommun, c, { lastName: 'Chef' });
    await asKommun(t, kommun, `UPDATE staff_member SET role = 'team_leader' WHERE id = $1`, [
      teamLeader,
    ]);
    leaderOfC = await signInAs(t, 'team_leader', { unitIds: [c], staffMemberId: teamLeader });
    leaderOfS = await signInAs(t, 'team_leader', { unitIds: [s] });
    caseworker = await signInAs(t, 'caseworker', { staffMemberId: a });
    await admin
      .put('/api/targets')
      .send({
        unitId: null,
        frameworkId,
        role: 'caseworker',
        version: 0,
        targets: [{ topicCode: 'SA01', choice: 'basic' }],
      })
      .expect(200);
    roundId = (await createRound(admin, frameworkId)).id;
    await admin
      .put(`/api/rounds/${roundId}/assessments`)
      .send({
        cells: [
          { staffMemberId: a, topicCode: 'SA01', value: 'insufficient', expectedVersion: 0 },
          { staffMemberId: b, topicCode: 'SA01', value: 'insufficient', expectedVersion: 0 },
        ],
      })
      .expect(200);
  });
  afterAll(() => t.close());

  const plan = (who: SignedIn, body: object) =>
    who.post('/api/plans').send({ year: 2027, ...body });

  it('takes an overall plan’s goals from the gaps of a round', async () => {
    kommunPlan = (
      await plan(admin, {
        kind: 'overall',
        goalsFromRoundId: roundId,
        budget: { ordinaryBudget: '20000', grant: '8000', other: '0' },
      }).expect(201)
    ).body;
    // a (1.0) and b (0.5) are below grundläggande in SA01: 1.5 FTE to go.
    expect(kommunPlan).toMatchObject({
      kind: 'overall',
      unitId: null,
      status: 'draft',
      staffGroup: 'all',
      goals: [
        { topicCode: 'SA01', level: 'basic', targetShare: 100, staffGroup: 'all', gapFte: '1.500' },
      ],
      budget: { ordinaryBudget: '20000.00', grant: '8000.00', other: '0.00' },
      spent: { ordinaryBudget: '0.00', grant: '0.00', other: '0.00' },
      activities: [],
      followUp: null,
    });
    const unitPlan = (
      await plan(leaderOfC, { kind: 'overall', unitId: c, goalsFromRoundId: roundId }).expect(201)
    ).body as DevelopmentPlan;
    expect(unitPlan.goals).toMatchObject([{ topicCode: 'SA01', level: 'basic', gapFte: '1.000' }]);
    expect((await plan(admin, { kind: 'overall' }).expect(400)).body.errors).toEqual({
      year: 'not_unique',
    });
  });

  it('shows what was booked against the plan and its cost by funding source', async () => {
    const grant = (
      await admin
        .post('/api/grants')
        .send({ name: 'Statsbidrag', year: 2027, granted: '8000' })
        .expect(201)
    ).body as StateGrant;
    const course = await createCourse(admin, { costPerParticipant: '4000' });
    const session = await createSession(admin, course.id, { capacity: 5 });
    await admin
      .post(`/api/sessions/${session.id}/participations`)
      .send({ staffMemberIds: [a, b], status: 'booked', fundingSource: 'grant', grantId: grant.id })
      .expect(201);
    const seen = (await admin.get(`/api/plans/${kommunPlan.id}`).expect(200))
      .body as DevelopmentPlan;
    expect(seen.spent).toEqual({ ordinaryBudget: '0.00', grant: '8000.00', other: '0.00' });
    expect(seen.activities).toEqual([
      { topicCode: 'SA01', planned: 2, completed: 0, cancelled: 0 },
    ]);
    // The unit plan of C counts only a.
    const plans = (await leaderOfC.get('/api/plans?year=2027').expect(200))
      .body as DevelopmentPlan[];
    const unitPlan = plans.find((x) => x.unitId === c) as DevelopmentPlan;
    expect(unitPlan.spent.grant).toBe('4000.00');
    expect(unitPlan.activities).toEqual([
      { topicCode: 'SA01', planned: 1, completed: 0, cancelled: 0 },
    ]);
  });

  it('lets team leaders write the plans of their units and people only', async () => {
    await plan(leaderOfC, { kind: 'overall', year: 2028 }).expect(404);
    await plan(leaderOfS, { kind: 'overall', unitId: c, year: 2028 }).expect(404);
    await plan(leaderOfS, { kind: 'individual', staffMemberId: a }).expect(404);
    const own = (
      await plan(leaderOfC, {
        kind: 'individual',
        staffMemberId: a,
        goalsFromRoundId: roundId,
      }).expect(201)
    ).body as DevelopmentPlan;
    expect(own).toMatchObject({
      staffMemberId: a,
      goals: [{ topicCode: 'SA01', level: 'basic', gapFte: null, staffGroup: 'all' }],
    });
    expect((await plan(admin, { kind: 'individual' }).expect(400)).body.errors).toEqual({
      staffMemberId: 'required',
    });
    // The caseworker sees their own plan only; the team leader of S sees the kommun's and none of C's.
    expect(
      ((await caseworker.get('/api/plans').expect(200)).body as DevelopmentPlan[]).map((x) => x.id),
    ).toEqual([own.id]);
    const ofS = (await leaderOfS.get('/api/plans').expect(200)).body as DevelopmentPlan[];
    expect(ofS.map((x) => x.id)).toEqual([kommunPlan.id]);
    await leaderOfS.get(`/api/plans/${own.id}`).expect(404);
    await leaderOfC
      .put(`/api/plans/${kommunPlan.id}`)
      .send({
        version: 1,
        status: 'active',
        goals: [],
        budget: { ordinaryBudget: '0', grant: '0', other: '0' },
      })
      .expect(404);
  });

  it('plans team leaders too, follows plans up yearly and answers the survey’s indicators', async () => {
    const leaderPlan = (
      await plan(admin, {
        kind: 'individual',
        staffMemberId: teamLeader,
        goals: [{ topicCode: 'JU02', level: 'advanced' }],
      }).expect(201)
    ).body as DevelopmentPlan;
    expect(leaderPlan.goals).toMatchObject([
      { topicCode: 'JU02', level: 'advanced', targetShare: 100, dueOn: null, gapFte: null },
    ]);
    const active = (
      await admin
        .put(`/api/plans/${kommunPlan.id}`)
        .send({
          version: 1,
          status: 'active',
          goals: [{ topicCode: 'SA01', level: 'basic' }],
          budget: { ordinaryBudget: '25000', grant: '8000', other: '0' },
        })
        .expect(200)
    ).body as DevelopmentPlan;
    // The gap the goal came from is kept.
    expect(active).toMatchObject({
      status: 'active',
      version: 2,
      goals: [{ gapFte: '1.500' }],
      budget: { ordinaryBudget: '25000.00' },
    });
    await admin
      .put(`/api/plans/${kommunPlan.id}/follow-up`)
      .send({ version: 1, done: 'x', notDone: 'y', next: 'z' })
      .expect(409);
    const followed = (
      await admin
        .put(`/api/plans/${kommunPlan.id}/follow-up`)
        .send({
          version: 2,
          done: 'Två gick kursen',
          notDone: 'Ingen vikarie i maj',
          next: 'Boka hösten',
        })
        .expect(200)
    ).body as DevelopmentPlan;
    expect(followed.followUp).toEqual({
      done: 'Två gick kursen',
      notDone: 'Ingen vikarie i maj',
      next: 'Boka hösten',
      followedUpOn: todayInSweden(),
    });
    const indicators = (await admin.get('/api/plans/indicators?year=2027').expect(200))
      .body as PlanIndicators;
    // Plans of 2027: the kommun's, C's, a's and the team leader's; one followed up.
    expect(indicators).toEqual({
      year: 2027,
      overallPlan: true,
      teamLeaderPlans: { overallPlan: true, withPlan: 1, teamLeaders: 1, answer: 'yes' },
      followedUp: { followedUp: 1, plans: 4, answer: 'partly' },
    });
    const noPlans = (await admin.get('/api/plans/indicators?year=2030').expect(200))
      .body as PlanIndicators;
    expect(noPlans).toMatchObject({
      overallPlan: false,
      teamLeaderPlans: { answer: 'no' },
      followedUp: { answer: 'no' },
    });
  });
});

import { DEMO_MUNICIPALITY_CODE, seedDemoData, seedDemoOrganisation, seedDemoRoundHistory } from '@kl/api/seed';
import { createStaffMember, createTestApp, createUnit, signIn, type TestApp } from '@kl/api/testing';
import {
  type Course,
  type CourseSession,
  type DevelopmentPlan,
  type IntroductionSummary,
  type InventoryRound,
  type ServiceAreaOverview,
  type NewStaffIntroduction,
  ROLES,
  type TrainingEffectReport,
  type WorkforceFigures,
  type WorkforceForecast,
  type QualificationList,
  type SupervisionArrangement,
  type SupervisionFlagList,
} from '@kl/shared/contracts';

describe('demo data', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('seeds one account per role in the demo kommun, idempotently, linked through the organisation hook', async () => {
    const unitId = await createUnit(t, { municipalityCode: DEMO_MUNICIPALITY_CODE });
    const staffMemberId = await createStaffMember(t, { municipalityCode: DEMO_MUNICIPALITY_CODE, unitId });
    const seededFor: string[] = [];
    const organisation = async (_manager: unknown, municipalityId: string) => {
      seededFor.push(municipalityId);
      return { teamLeaderUnitIds: [unitId], caseworkerStaffMemberId: staffMemberId };
    };
    const first = await seedDemoData(t.owner);
    const logins = await seedDemoData(t.owner, { organisation });
    expect(first).toEqual(logins);
    expect(logins.map((l) => l.role).sort()).toEqual([...ROLES].sort());
    expect(seededFor).toHaveLength(1);

    for (const login of logins) {
      const signedIn = await signIn(t, login.email, login.password);
      expect(signedIn.user.role).toBe(login.role);
      if (['caseworker', 'team_leader', 'municipality_admin'].includes(login.role)) {
        expect(signedIn.user.municipality?.code).toBe(DEMO_MUNICIPALITY_CODE);
      } else {
        expect(signedIn.user.municipality).toBeNull();
      }
      if (login.role === 'team_leader') expect(signedIn.user.unitIds).toEqual([unitId]);
      if (login.role === 'caseworker') expect(signedIn.user.staffMemberId).toBe(staffMemberId);
      if (login.role === 'regional_analyst') expect(signedIn.user.countyCode).toBe('18');
    }
    const [{ count }]: { count: number }[] = await t.owner.query(
      "SELECT count(*)::int AS count FROM user_account WHERE email LIKE '%@demo.example'",
    );
    expect(count).toBe(ROLES.length);
  });
});

describe('the demo kommun of npm start', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('has units, 40 staff and an open round, the team leader leading Barn och familj, and seeds nothing twice', async () => {
    const hooks = { organisation: seedDemoOrganisation, roundHistory: seedDemoRoundHistory };
    const first = await seedDemoData(t.owner, hooks);
    const assessments = async (): Promise<number> =>
      (await t.owner.query('SELECT count(*)::int AS count FROM assessment'))[0].count;
    const seeded = await assessments();
    await seedDemoData(t.owner, hooks);
    expect(await assessments()).toBe(seeded);
    const [counts]: { units: number; staff: number; rounds: number }[] = await t.owner.query(
      `SELECT (SELECT count(*)::int FROM org_unit u JOIN municipality m ON m.id = u.municipality_id WHERE m.code = $1) AS units,
              (SELECT count(*)::int FROM staff_member s JOIN municipality m ON m.id = s.municipality_id WHERE m.code = $1) AS staff,
              (SELECT count(*)::int FROM inventory_round r JOIN municipality m ON m.id = r.municipality_id WHERE m.code = $1 AND r.status = 'open') AS rounds`,
      [DEMO_MUNICIPALITY_CODE],
    );
    expect(counts).toEqual({ units: 8, staff: 40, rounds: 2 });

    const login = (role: string) =>
      first.find((l) => l.role === role) as { email: string; password: string };
    const leader = await signIn(t, login('team_leader').email, login('team_leader').password);
    const [round] = (await leader.get('/api/rounds').expect(200)).body;
    const matrix = (await leader.get(`/api/rounds/${round.id}/matrix`).expect(200)).body;
    // Barn och familj's 21 caseworkers; its team leaders are a group of their own, without the
    // demo team leader himself: his levels are not his to set.
    expect(matrix.rows).toHaveLength(21);
    const leaders = (await leader.get(`/api/rounds/${round.id}/matrix?staffRole=team_leader`).expect(200)).body;
    expect(leaders.rows).toHaveLength(2);
    expect(leaders.rows.map((r: { staffMemberId: string }) => r.staffMemberId)).not.toContain(leader.user.staffMemberId);
    expect(leader.user.staffMemberId).toEqual(expect.any(String));
    // The round counts the barn-och-unga staff employed on its date, never Ekonomiskt bistånd or Vuxna missbruk.
    expect(round.serviceAreaCode).toBe('barn-och-unga');
    expect(round.population).toMatchObject({ caseworkers: 21, teamLeaders: 3, frozenAt: null });
    expect(matrix.areas.flatMap((a: { topics: unknown[] }) => a.topics)).toHaveLength(26);
    expect(new Set(matrix.rows.map((r: { unitName: string }) => r.unitName))).toEqual(
      new Set([
        'Mottagning barn och unga',
        'Utredning barn och unga',
        'Familjehem och placeringar',
      ]),
    );

    // Two earlier closed rounds, a year apart before the open one, for the trend: fewer lacking later.
    const rounds = (await leader.get('/api/rounds').expect(200)).body as { id: string; name: string; status: string; referenceDate: string }[];
    // Beside it the ekonomiskt-bistånd round, on the kommun's own framework: none of the team leader's people.
    expect(rounds.map((r) => [r.name, r.status])).toEqual([
      ['Demoinventering', 'open'],
      ['Demoinventering ekonomiskt bistånd', 'open'],
      [rounds[2].name, 'closed'],
      [rounds[3].name, 'closed'],
    ]);
    const eb = (rounds as unknown as InventoryRound[])[1];
    expect(eb).toMatchObject({ serviceAreaCode: 'ekonomiskt-bistand', frameworkCode: 'EB-OREBRO', population: { caseworkers: 7, teamLeaders: 1, inReach: 0 } });
    rounds.splice(1, 1);
    expect(rounds[1].name).toMatch(/^(Vår|Höst) \d{4}$/);
    expect(Number(rounds[1].referenceDate.slice(0, 4))).toBe(Number(round.referenceDate.slice(0, 4)) - 1);
    const trend = (await leader.get(`/api/rounds/${round.id}/trend`).expect(200)).body as {
      rounds: { round: { name: string }; areas: { code: string; assessedFte: string; shares: Record<string, string | null> }[] }[];
    };
    expect(trend.rounds.map((r) => r.round.name)).toEqual([rounds[2].name, rounds[1].name, 'Demoinventering']);
    const lacking = (i: number) => {
      const areas = trend.rounds[i].areas;
      const fte = areas.reduce((sum, a) => sum + Number(a.assessedFte) * Number(a.shares['insufficient'] ?? 0), 0);
      return fte / areas.reduce((sum, a) => sum + Number(a.assessedFte), 0);
    };
    expect(lacking(0)).toBeGreaterThan(lacking(1));
    expect(lacking(1)).toBeGreaterThan(15);

    const caseworker = await signIn(t, login('caseworker').email, login('caseworker').password);
    const me = (await caseworker.get(`/api/staff/${caseworker.user.staffMemberId}`).expect(200))
      .body;
    expect(me).toMatchObject({ firstName: 'Hanna', lastName: 'Handläggare', role: 'caseworker' });
    // In the open round only Hanna is assessed yet: the rest is the team leader's to fill in.
    // (An area's assessed FTE is pooled over its topics: at most her FTE times its topic count.)
    const topicCount = new Map(matrix.areas.map((a: { code: string; topics: unknown[] }) => [a.code, a.topics.length]));
    for (const area of trend.rounds[2].areas) {
      expect(Number(area.assessedFte)).toBeLessThanOrEqual(Number(me.fte) * (topicCount.get(area.code) as number));
    }

    // Målnivåer (kommun-wide, and one unit's) and Hanna's leader assessments in the open round, each seeded once.
    const [targetSeed]: { sets: number; assessments: number }[] = await t.owner.query(
      `SELECT (SELECT count(*)::int FROM competence_target_set) AS sets,
              (SELECT count(*)::int FROM assessment WHERE staff_member_id = $1 AND round_id = $2 AND source = 'leader') AS assessments`,
      [me.id, round.id],
    );
    // Three sets: the kommun's and one unit's for barn och unga, the kommun's for ekonomiskt bistånd.
    expect(targetSeed).toEqual({ sets: 3, assessments: 24 });
    const targets = (await caseworker.get(`/api/staff/${me.id}/targets`).expect(200)).body;
    expect(targets.roundId).toBe(round.id);
    expect(targets.targets).toHaveLength(26);
    expect(targets.targets.find((x: { topicCode: string }) => x.topicCode === 'SA07')).toEqual({
      topicCode: 'SA07',
      level: 'advanced',
      share: 100,
      origin: { unitId: null, unitName: null },
    });

    // Training: a catalogue with a session each, a grant, the kommun's plan and Hanna booked on it, once.
    const admin = await signIn(t, login('municipality_admin').email, login('municipality_admin').password);
    // Both service areas side by side on the overview: all but one of ekonomiskt bistånd's caseworkers assessed.
    const overview = (await admin.get('/api/overview/service-areas').expect(200)).body as ServiceAreaOverview;
    expect(overview.serviceAreas.map((a) => [a.serviceAreaCode, a.round.name, a.coverage.staff, a.coverage.assessedStaff])).toEqual([
      ['barn-och-unga', 'Demoinventering', 21, 1],
      ['ekonomiskt-bistand', 'Demoinventering ekonomiskt bistånd', 7, 6],
    ]);
    const courses = (await admin.get('/api/courses').expect(200)).body as Course[];
    // Five of the kommun's own (two already held: one with its follow-ups, one with an effect) and two of the län's,
    // published by its regional analyst, each with a session on which the demo kommun has seats
    // of its own; the regional analyst keeps them, the kommun does not.
    expect(courses).toHaveLength(7);
    const county = courses.filter((c) => c.owner.kind === 'county');
    expect(county.map((c) => [c.title, c.shared, c.editable])).toEqual([
      ['Barnkonventionen i socialtjänstens arbete', true, false],
      ['Placerade barn: länets nätverksdag', true, false],
    ]);
    const sessions = (await admin.get('/api/sessions').expect(200)).body as CourseSession[];
    expect(sessions.filter((x) => x.owner.kind === 'county').map((x) => [x.courseTitle, x.ourSeats])).toEqual([
      ['Barnkonventionen i socialtjänstens arbete', 15],
      ['Placerade barn: länets nätverksdag', 12],
    ]);
    const regional = await signIn(t, login('regional_analyst').email, login('regional_analyst').password);
    const ofCounty = (await regional.get('/api/courses').expect(200)).body as Course[];
    expect(ofCounty.map((c) => [c.title, c.editable])).toEqual([
      ['Barnkonventionen i socialtjänstens arbete', true],
      ['Placerade barn: länets nätverksdag', true],
    ]);
    const [published]: { count: number }[] = await t.owner.query(
      `SELECT count(*)::int AS count FROM audit_event
       WHERE municipality_id IS NULL AND actor_user_id = $1 AND entity_type IN ('course', 'course_session') AND action = 'create'`,
      [regional.user.userId],
    );
    expect(published.count).toBe(4);
    const placed = (await admin.get('/api/suggestions?topicCode=EP02&level=advanced&people=2').expect(200)).body;
    expect(placed[0]).toMatchObject({ courseTitle: 'Placerade barn: länets nätverksdag', sessionId: expect.any(String) });
    const booked = (await caseworker.get(`/api/staff/${me.id}/participations`).expect(200)).body;
    expect(booked).toMatchObject([{ courseTitle: 'Evidensbaserad praktik i socialtjänsten', status: 'booked', fundingSource: 'grant' }]);
    const year = Number(booked[0].startsOn.slice(0, 4));
    const funding = (await admin.get(`/api/funding?year=${year}`).expect(200)).body;
    expect(funding.grants).toMatchObject([{ granted: '60000.00', used: '3500.00', left: '56500.00' }]);
    // The kommun's overall plans: the caseworkers' (Hanna's booking counts) and the team leaders'.
    const plans = (await admin.get(`/api/plans?year=${year}`).expect(200)).body as DevelopmentPlan[];
    expect(plans).toMatchObject([
      { kind: 'overall', unitId: null, staffGroup: 'caseworker', spent: { grant: '3500.00' } },
      { kind: 'overall', unitId: null, staffGroup: 'team_leader', spent: { grant: '0.00' } },
    ]);
    expect(plans.map((p) => p.goals.map((g) => `${g.topicCode} ${g.level} ${g.targetShare} ${g.dueOn}`))).toEqual([
      [`EP01 basic 80 ${year}-06-30`, `JU02 basic 90 ${year}-12-31`, `SA07 advanced 50 ${year}-12-31`],
      [`JU02 advanced 100 ${year}-12-31`],
    ]);
    // The effect of training between the two closed rounds, shown (at least 5 people on each side).
    const effect = (await admin.get('/api/training/reports/effect').expect(200)).body as TrainingEffectReport;
    expect(effect.effects.find((e) => e.topicCode === 'EP01')).toMatchObject({
      courseTitle: 'Evidensbaserad praktik i utredningen',
      participants: { people: 7, meanChange: '0.86' },
      comparison: { people: 6, meanChange: '0.33' },
      difference: '0.52',
      suppressed: [],
    });
    const suggested = (await admin.get('/api/suggestions?topicCode=EP01&level=basic&people=3').expect(200)).body;
    expect(suggested[0]).toMatchObject({ courseTitle: 'Evidensbaserad praktik i socialtjänsten', sessionId: expect.any(String) });

    // Introduction: D0016 on the programme with Hanna as mentor, two steps marked; D0031 new without one.
    const introductions = (await admin.get('/api/introductions').expect(200)).body as IntroductionSummary[];
    expect(introductions).toMatchObject([
      { programmeName: 'Introduktion för nya handläggare', mentorStaffMemberId: me.id, stepCount: 5, doneCount: 2, active: true },
    ]);
    const mentees = (await caseworker.get('/api/introductions').expect(200)).body as IntroductionSummary[];
    expect(mentees.map((i) => [i.id, i.asMentor])).toEqual([[introductions[0].id, true]]);
    const newStaff = (await admin.get('/api/introductions/new-staff').expect(200)).body as NewStaffIntroduction[];
    expect(newStaff.filter((n) => n.noProgramme).length).toBeGreaterThan(0);
    expect(newStaff.find((n) => n.introductionId === introductions[0].id)).toMatchObject({ noProgramme: false, noMentor: false });
    expect((await admin.get('/api/introductions/mentor-load').expect(200)).body).toMatchObject([
      { staffMemberId: me.id, mentees: 1, activeIntroductions: 1 },
    ]);

    // Workforce: five years of leavers with reasons, open vacancies, two near the pension age, the forecast.
    const figures = (await admin.get('/api/workforce/figures?role=caseworker&from=2021-01-01&to=2026-06-30').expect(200)).body as WorkforceFigures;
    expect(figures.turnoverByYear.filter((y) => (y.leavers ?? 0) > 0).length).toBe(5);
    expect(figures.retirements?.within[0].headcount).toBeGreaterThan(0);
    const vacancies = (await admin.get('/api/workforce/vacancies').expect(200)).body as unknown[];
    expect(vacancies).toHaveLength(6);
    const forecast = (await admin.get('/api/workforce/forecast').expect(200)).body as WorkforceForecast;
    expect(forecast.years[0].plannedChange).toBe(2);
    expect(forecast.competenceAtRisk.length).toBeGreaterThan(0);
    // Support: Hanna has ärendehandledning in SA05 and is flagged for JU02 and EP01, once; a dispensation runs out in 60 days.
    const flags = (await leader.get('/api/supervision/flags').expect(200)).body as SupervisionFlagList;
    expect(flags.flags.filter((f) => f.staffMemberId === me.id).map((f) => f.topicCode)).toEqual(['EP01', 'JU02']);
    const arrangements = (await caseworker.get('/api/supervision/arrangements').expect(200)).body as SupervisionArrangement[];
    expect(arrangements.map((a) => [a.topicCode, a.active])).toEqual([['SA05', true]]);
    const qualification = (await admin.get('/api/qualification').expect(200)).body as QualificationList;
    expect(qualification.rows.filter((r) => r.dispensationAlert).map((r) => r.dispensationUntil)).toHaveLength(1);
  });
});

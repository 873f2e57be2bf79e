import { createTestApp, signInAs, type SignedIn, type TestApp } from '@kl/api/testing';
import type { Participation, TrainingDeliveryReport, TrainingReachReport } from '@kl/shared/contracts';
import { asKommun, createStaff, createUnit, municipalityId } from '../inventory/inventory-fixtures';
import { createCourse, createSession } from './training-fixtures';

/**
 * Planned vs carried out and who got training, with known answers. A two-day course in 2030 for
 * Mottagning (Ahl completed, Berg cancelled for workload, Ceder did not attend, Dahl booked) and
 * Utredning (Ek completed, Falk cancelled: no substitute); an e-learning in 2030 Ahl completed; a
 * course in 2031 Berg is booked on. Ek started in 2029 without socionomexamen; the others are
 * socionomer of 2020.
 */
describe('Training reports', () => {
  let t: TestApp;
  let admin: SignedIn;
  let leader: SignedIn;
  let caseworker: SignedIn;
  const staff: Record<string, string> = {};

  async function book(title: string, type: string, startsOn: string, names: string[]): Promise<Record<string, Participation>> {
    const course = await createCourse(admin, { title, type: type as never });
    const session = await createSession(admin, course.id, { startsOn, endsOn: startsOn, capacity: 10 });
    const booked = (
      await admin
        .post(`/api/sessions/${session.id}/participations`)
        .send({ staffMemberIds: names.map((n) => staff[n]), status: 'booked', fundingSource: 'ordinary_budget' })
        .expect(201)
    ).body as Participation[];
    return Object.fromEntries(booked.map((p) => [Object.keys(staff).find((n) => staff[n] === p.staffMemberId), p]));
  }
  const move = (p: Participation, body: object) =>
    admin.patch(`/api/participations/${p.id}`).send({ version: p.version, ...body }).expect(200);

  beforeAll(async () => {
    t = await createTestApp();
    admin = await signInAs(t, 'municipality_admin');
    const kommun = await municipalityId(t);
    const team = await createUnit(t, kommun, 'Mottagning');
    const elsewhere = await createUnit(t, kommun, 'Utredning');
    for (const name of ['Ahl', 'Berg', 'Ceder', 'Dahl', 'Lund']) staff[name] = await createStaff(t, kommun, team, { lastName: name });
    for (const name of ['Ek', 'Falk']) staff[name] = await createStaff(t, kommun, elsewhere, { lastName: name });
    await asKommun(t, kommun, `UPDATE staff_member SET role = 'team_leader' WHERE id = $1`, [staff['Lund']]);
    await asKommun(t, kommun, `UPDATE staff_member SET degree = 'none', experience_start = '2029-06-01' WHERE id = $1`, [staff['Ek']]);
    leader = await signInAs(t, 'team_leader', { unitIds: [team], staffMemberId: staff['Lund'] });
    caseworker = await signInAs(t, 'caseworker', { staffMemberId: staff['Ahl'] });

    const two = await book('Utredning', 'two_day_course', '2030-03-10', ['Ahl', 'Berg', 'Ceder', 'Dahl', 'Ek', 'Falk']);
    await move(two['Ahl'], { status: 'completed' });
    await move(two['Ek'], { status: 'completed' });
    await move(two['Berg'], { status: 'cancelled', cancellationReason: 'workload' });
    await move(two['Falk'], { status: 'cancelled', cancellationReason: 'no_substitute' });
    await move(two['Ceder'], { status: 'no_show' });
    const web = await book('Webbkurs', 'e_learning', '2030-05-02', ['Ahl']);
    await move(web['Ahl'], { status: 'completed' });
    await book('Nästa år', 'one_day_course', '2031-02-01', ['Berg']);
  });
  afterAll(() => t.close());

  it('counts planned vs carried out by unit, course type and cancellation reason', async () => {
    const report = (await admin.get('/api/training/reports/delivery?year=2030').expect(200)).body as TrainingDeliveryReport;
    expect(report.total).toEqual({ participations: 7, open: 1, completed: 3, cancelled: 2, noShow: 1 });
    expect(report.byUnit.map((u) => [u.unitName.split(' ')[0], u.participations, u.open, u.completed, u.cancelled, u.noShow])).toEqual([
      ['Mottagning', 5, 1, 2, 1, 1],
      ['Utredning', 2, 0, 1, 1, 0],
    ]);
    expect(report.byCourseType.map((c) => [c.courseType, c.participations, c.completed])).toEqual([
      ['two_day_course', 6, 2],
      ['e_learning', 1, 1],
    ]);
    expect(report.byReason.filter((r) => r.cancelled > 0)).toEqual([
      { reason: 'workload', cancelled: 1 },
      { reason: 'no_substitute', cancelled: 1 },
    ]);
    // The team leader: their unit's people only.
    const mine = (await leader.get('/api/training/reports/delivery?year=2030').expect(200)).body as TrainingDeliveryReport;
    expect(mine.total).toEqual({ participations: 5, open: 1, completed: 2, cancelled: 1, noShow: 1 });
    expect((await admin.get('/api/training/reports/delivery?year=2031').expect(200)).body.total.open).toBe(1);
  });

  it('counts who got training by experience band and socionomexamen', async () => {
    const report = (await admin.get('/api/training/reports/reach?year=2030').expect(200)).body as TrainingReachReport;
    expect(report).toMatchObject({ year: 2030, bandDate: '2030-12-31', staffRole: 'caseworker' });
    const filled = report.rows.filter((r) => r.staff > 0);
    expect(filled).toEqual([
      { experienceBand: '<2', socionomexamen: false, staff: 1, trainedStaff: 1, completed: 1 },
      { experienceBand: '>4', socionomexamen: true, staff: 5, trainedStaff: 1, completed: 2 },
    ]);
    const leaders = (await admin.get('/api/training/reports/reach?year=2030&staffRole=team_leader').expect(200)).body as TrainingReachReport;
    expect(leaders.rows.reduce((sum, r) => sum + r.staff, 0)).toBe(1);
    const mine = (await leader.get('/api/training/reports/reach?year=2030').expect(200)).body as TrainingReachReport;
    expect(mine.rows.reduce((sum, r) => sum + r.staff, 0)).toBe(4);
  });

  it('refuses caseworkers and bad input', async () => {
    await caseworker.get('/api/training/reports/delivery').expect(404);
    await caseworker.get('/api/training/reports/reach').expect(404);
    const bad = await admin.get('/api/training/reports/reach?staffRole=boss').expect(400);
    expect(bad.body.errors).toEqual({ staffRole: 'invalid_value' });
  });
});

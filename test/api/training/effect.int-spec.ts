import { createTestApp, signInAs, type SignedIn, type TestApp } from '@kl/api/testing';
import type { CellValue, CourseTopicEffect, InventoryRound, Participation, TrainingEffectReport } from '@kl/shared/contracts';
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
 * The effect of training end to end, with known answers. Two closed rounds (2025-01-15 and
 * 2025-10-01) around courses held in the spring of 2025, everyone a caseworker of more than four years,
 * saknar in SA01 in the first round:
 * - Mottagning: P1–P6 completed "Samtal" (P1–P4 grundläggande after, P5–P6 still saknar), P7 too
 *   but was not assessed in the second round; P1–P3 also completed "Dokumentation"; N1–N6 took no
 *   course (N1 grundläggande after); the team leader Lund.
 * - Utredning: E1–E2 completed "Samtal" (both grundläggande after), E3–E4 took none (still
 *   saknar), E5 completed "Annan kurs" on SA01 (grundläggande after): no comparison for anyone.
 */
describe('Effect of training', () => {
  let t: TestApp;
  let admin: SignedIn;
  let leader: SignedIn;
  let caseworker: SignedIn;
  let kommun: string;
  let frameworkId: string;
  const staff: Record<string, string> = {};

  const after: Record<string, CellValue> = {
    P1: 'basic', P2: 'basic', P3: 'basic', P4: 'basic', P5: 'insufficient', P6: 'insufficient',
    N1: 'basic', N2: 'insufficient', N3: 'insufficient', N4: 'insufficient', N5: 'insufficient', N6: 'insufficient',
    E1: 'basic', E2: 'basic', E3: 'insufficient', E4: 'insufficient', E5: 'basic',
  };

  async function closedRound(referenceDate: string, levels: Record<string, CellValue>): Promise<void> {
    const round = await createRound(admin, frameworkId, { referenceDate });
    await admin
      .put(`/api/rounds/${round.id}/assessments`)
      .send({
        cells: Object.entries(levels).map(([name, value]) => ({
          staffMemberId: staff[name],
          topicCode: 'SA01',
          value,
          expectedVersion: 0,
        })),
      })
      .expect(200);
    const closed = await admin.post(`/api/rounds/${round.id}/close`).send({ version: round.version }).expect(200);
    expect((closed.body as InventoryRound).population.frozenAt).not.toBeNull();
  }

  async function complete(courseTitle: string, days: [string, string], names: string[]): Promise<void> {
    const course = await createCourse(admin, { title: courseTitle, topics: [{ topicCode: 'SA01', level: 'basic' }] });
    const session = await createSession(admin, course.id, { startsOn: days[0], endsOn: days[1], capacity: 20 });
    const booked = (
      await admin
        .post(`/api/sessions/${session.id}/participations`)
        .send({ staffMemberIds: names.map((n) => staff[n]), status: 'booked', fundingSource: 'ordinary_budget' })
        .expect(201)
    ).body as Participation[];
    for (const p of booked)
      await admin.patch(`/api/participations/${p.id}`).send({ version: p.version, status: 'completed' }).expect(200);
  }

  beforeAll(async () => {
    t = await createTestApp();
    admin = await signInAs(t, 'municipality_admin');
    kommun = await municipalityId(t);
    frameworkId = await publishedFrameworkId(t);
    const team = await createUnit(t, kommun, 'Mottagning');
    const elsewhere = await createUnit(t, kommun, 'Utredning');
    const teamNames = ['P1', 'P2', 'P3', 'P4', 'P5', 'P6', 'P7', 'N1', 'N2', 'N3', 'N4', 'N5', 'N6', 'Lund'];
    for (const name of teamNames) staff[name] = await createStaff(t, kommun, team, { lastName: name });
    for (const name of ['E1', 'E2', 'E3', 'E4', 'E5']) staff[name] = await createStaff(t, kommun, elsewhere, { lastName: name });
    await asKommun(t, kommun, `UPDATE staff_member SET role = 'team_leader' WHERE id = $1`, [staff['Lund']]);
    leader = await signInAs(t, 'team_leader', { unitIds: [team], staffMemberId: staff['Lund'] });
    caseworker = await signInAs(t, 'caseworker', { staffMemberId: staff['P1'] });

    const everyone = Object.keys(after).concat('P7');
    await closedRound('2025-01-15', Object.fromEntries(everyone.map((n) => [n, 'insufficient' as CellValue])));
    await complete('Samtal', ['2025-03-10', '2025-03-11'], ['P1', 'P2', 'P3', 'P4', 'P5', 'P6', 'P7', 'E1', 'E2']);
    await complete('Dokumentation', ['2025-04-10', '2025-04-10'], ['P1', 'P2', 'P3']);
    await complete('Annan kurs', ['2025-05-05', '2025-05-06'], ['E5']);
    await closedRound('2025-10-01', after);
  });
  afterAll(() => t.close());

  const report = async (who: SignedIn, query = '') =>
    (await who.get(`/api/training/reports/effect${query}`).expect(200)).body as TrainingEffectReport;
  const byCourse = (r: TrainingEffectReport) =>
    Object.fromEntries(r.effects.map((e) => [e.courseTitle, e])) as Record<string, CourseTopicEffect>;

  it('compares the participants with comparable non-participants across the kommun for HR', async () => {
    const effects = byCourse(await report(admin));
    expect(Object.keys(effects)).toEqual(['Annan kurs', 'Dokumentation', 'Samtal']);
    expect(effects['Samtal']).toEqual({
      courseId: expect.any(String),
      courseTitle: 'Samtal',
      topicCode: 'SA01',
      topicName: expect.any(String),
      // P1–P6 and E1–E2 (P7 was not assessed after): 6 of 8 rose one step.
      participants: { people: 8, meanChange: '0.75', raisedShare: '75.0' },
      // N1–N6 and E3–E4 (E5 took another course on the topic): 1 of 8 rose; 0.125 rounds up.
      comparison: { people: 8, meanChange: '0.13', raisedShare: '12.5' },
      unmatched: 0,
      difference: '0.63',
      suppressed: [],
    });
    expect(effects['Dokumentation']).toMatchObject({
      participants: { people: 3, meanChange: null, raisedShare: null },
      comparison: { people: 8, meanChange: '0.13' },
      difference: null,
      suppressed: ['participants'],
    });
    expect(effects['Annan kurs']).toMatchObject({ participants: { people: 1, meanChange: null }, suppressed: ['participants'] });
  });

  it('gives a team leader their units’ people only, and suppresses what then rests on fewer than 5', async () => {
    const effects = byCourse(await report(leader));
    expect(Object.keys(effects)).toEqual(['Dokumentation', 'Samtal']);
    expect(effects['Samtal']).toMatchObject({
      participants: { people: 6, meanChange: '0.67', raisedShare: '66.7' },
      comparison: { people: 6, meanChange: '0.17', raisedShare: '16.7' },
      difference: '0.50',
      suppressed: [],
    });
  });

  it('narrows to sessions of a year and refuses caseworkers and bad input', async () => {
    expect((await report(admin, '?year=2024')).effects).toEqual([]);
    expect((await report(admin, '?year=2025')).effects).toHaveLength(3);
    await caseworker.get('/api/training/reports/effect').expect(404);
    const bad = await admin.get('/api/training/reports/effect?year=soon&x=1').expect(400);
    expect(bad.body.errors).toEqual({ year: expect.any(String), x: 'unknown_field' });
  });
});

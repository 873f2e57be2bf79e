import { createTestApp, signInAs, type SignedIn, type TestApp } from '@kl/api/testing';
import type { InventoryRound, Participation, RoundTraining } from '@kl/shared/contracts';
import {
  createRound,
  createStaff,
  createUnit,
  municipalityId,
  publishedFrameworkId,
} from '../inventory/inventory-fixtures';
import { createCourse, createSession } from './training-fixtures';

/**
 * The training planned for a round's gaps, on a constructed case with known answers. The round
 * (reference date 2026-10-01) counts units P (with C) and S; its period runs to 2027-10-01.
 *
 *   Förvaltning P ── Enhet C: a 1.00 FTE, b 0.50 FTE;  d 0.75 FTE in P itself
 *   Enhet S (led by the team leader): c 1.00 FTE;       e in Enhet Z, outside the round
 *   Course X develops SA01, course Y SA01 and SA02.
 */
describe('Training planned for the gaps', () => {
  let t: TestApp;
  let admin: SignedIn;
  let leaderOfS: SignedIn;
  let round: InventoryRound;
  let c: string;
  const staff: Record<'a' | 'b' | 'c' | 'd' | 'e', string> = { a: '', b: '', c: '', d: '', e: '' };

  const book = async (sessionId: string, who: string, status: 'planned' | 'booked' = 'booked') =>
    (
      (
        await admin
          .post(`/api/sessions/${sessionId}/participations`)
          .send({ staffMemberIds: [who], status, fundingSource: 'ordinary_budget' })
          .expect(201)
      ).body as Participation[]
    )[0];
  const move = (p: Participation, body: object) =>
    admin
      .patch(`/api/participations/${p.id}`)
      .send({ version: p.version, ...body })
      .expect(200);
  const training = async (who: SignedIn, query = ''): Promise<RoundTraining> =>
    (await who.get(`/api/rounds/${round.id}/gaps/training${query}`).expect(200)).body;

  beforeAll(async () => {
    t = await createTestApp();
    admin = await signInAs(t, 'municipality_admin');
    const kommun = await municipalityId(t);
    const frameworkId = await publishedFrameworkId(t);
    const p = await createUnit(t, kommun, 'Förvaltning');
    c = await createUnit(t, kommun, 'Enhet C', p);
    const s = await createUnit(t, kommun, 'Enhet S');
    const z = await createUnit(t, kommun, 'Enhet Z');
    staff.a = await createStaff(t, kommun, c, { lastName: 'Andersson', fte: '1.00' });
    staff.b = await createStaff(t, kommun, c, { lastName: 'Berg', fte: '0.50' });
    staff.c = await createStaff(t, kommun, s, { lastName: 'Carlsson', fte: '1.00' });
    staff.d = await createStaff(t, kommun, p, { lastName: 'Dahl', fte: '0.75' });
    staff.e = await createStaff(t, kommun, z, { lastName: 'Ek', fte: '1.00' });
    leaderOfS = await signInAs(t, 'team_leader', { unitIds: [s] });
    round = await createRound(admin, frameworkId, { unitIds: [p, s], referenceDate: '2026-10-01' });

    const x = await createCourse(admin, {
      title: 'X',
      topics: [{ topicCode: 'SA01', level: 'basic' }],
    });
    const y = await createCourse(admin, {
      title: 'Y',
      topics: [
        { topicCode: 'SA01', level: 'basic' },
        { topicCode: 'SA02', level: 'advanced' },
      ],
    });
    const x1 = await createSession(admin, x.id, { capacity: 10 });
    const y1 = await createSession(admin, y.id, {
      startsOn: '2027-04-12',
      endsOn: '2027-04-13',
      capacity: 10,
    });
    const early = await createSession(admin, x.id, {
      startsOn: '2026-09-01',
      endsOn: '2026-09-01',
      capacity: 10,
    });
    const late = await createSession(admin, x.id, {
      startsOn: '2027-10-01',
      endsOn: '2027-10-01',
      capacity: 10,
    });

    await book(x1.id, staff.a);
    await book(y1.id, staff.a, 'planned');
    await move(await book(x1.id, staff.b), { status: 'completed' });
    await book(early.id, staff.c);
    await book(late.id, staff.c, 'planned');
    await move(await book(x1.id, staff.c), { status: 'cancelled', cancellationReason: 'workload' });
    await book(y1.id, staff.c);
    await book(y1.id, staff.d);
    await book(x1.id, staff.e);
  });
  afterAll(() => t.close());

  it('counts each person of the round once per topic, for sessions in the year after its reference date', async () => {
    const answer = await training(admin);
    expect(answer).toMatchObject({
      staffRole: 'caseworker',
      unitId: null,
      from: '2026-10-01',
      until: '2027-10-01',
    });
    // SA01: a (twice, counted once), c (Y1; the cancelled, the early and the late places do not
    // count) and d planned or booked, 2.75 FTE; b completed; e is outside the round.
    expect(answer.topics).toEqual([
      {
        topicCode: 'SA01',
        plannedStaff: 3,
        plannedFte: '2.75',
        completedStaff: 1,
        completedFte: '0.50',
      },
      {
        topicCode: 'SA02',
        plannedStaff: 3,
        plannedFte: '2.75',
        completedStaff: 0,
        completedFte: '0.00',
      },
    ]);
  });

  it('keeps to the unit asked for and to the team leader’s units, and to the staff group', async () => {
    expect((await training(admin, `?unitId=${c}`)).topics).toEqual([
      {
        topicCode: 'SA01',
        plannedStaff: 1,
        plannedFte: '1.00',
        completedStaff: 1,
        completedFte: '0.50',
      },
      {
        topicCode: 'SA02',
        plannedStaff: 1,
        plannedFte: '1.00',
        completedStaff: 0,
        completedFte: '0.00',
      },
    ]);
    expect((await training(leaderOfS)).topics).toEqual([
      {
        topicCode: 'SA01',
        plannedStaff: 1,
        plannedFte: '1.00',
        completedStaff: 0,
        completedFte: '0.00',
      },
      {
        topicCode: 'SA02',
        plannedStaff: 1,
        plannedFte: '1.00',
        completedStaff: 0,
        completedFte: '0.00',
      },
    ]);
    expect((await training(admin, '?staffRole=team_leader')).topics).toEqual([]);
    await leaderOfS.get(`/api/rounds/${round.id}/gaps/training?unitId=${c}`).expect(404);
  });
});

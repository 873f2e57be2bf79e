import { createTestApp, signInAs, type SignedIn, type TestApp } from '@kl/api/testing';
import type {
  CourseSession,
  FundingSummary,
  Participation,
  StateGrant,
} from '@kl/shared/contracts';
import { asKommun, createStaff, createUnit, municipalityId } from '../inventory/inventory-fixtures';
import { createCourse, createSession } from './training-fixtures';

/**
 * Booking people on sessions: the kommun's seats, no one twice on overlapping days, who may book
 * whom, the status moves with their cancellation reasons, and the funding totals they make.
 */
describe('Participation and funding', () => {
  let t: TestApp;
  let admin: SignedIn;
  let leader: SignedIn;
  let caseworker: SignedIn;
  let sodertalje: SignedIn;
  let kommun: string;
  let team: string;
  let elsewhere: string;
  const people: string[] = [];
  let outsider: string;
  let session: CourseSession;
  let grant: StateGrant;

  beforeAll(async () => {
    t = await createTestApp();
    admin = await signInAs(t, 'municipality_admin');
    sodertalje = await signInAs(t, 'municipality_admin', { municipalityCode: '0181' });
    kommun = await municipalityId(t);
    team = await createUnit(t, kommun, 'Mottagning');
    elsewhere = await createUnit(t, kommun, 'Utredning');
    for (const name of ['Ahl', 'Berg', 'Ceder', 'Dahl'])
      people.push(await createStaff(t, kommun, team, { lastName: name }));
    outsider = await createStaff(t, kommun, elsewhere, { lastName: 'Ek' });
    leader = await signInAs(t, 'team_leader', { unitIds: [team] });
    caseworker = await signInAs(t, 'caseworker', { staffMemberId: people[3] });
    const course = await createCourse(admin, {
      title: 'Utredningsmetodik',
      costPerParticipant: '4000',
      shared: true,
    });
    session = await createSession(admin, course.id, {
      capacity: 4,
      seats: [{ municipalityCode: '0181', seats: 1 }],
    });
    grant = (
      await admin
        .post('/api/grants')
        .send({ name: 'Stärkt kompetens', year: 2027, granted: '10000', requisitioned: '5000' })
        .expect(201)
    ).body;
  });
  afterAll(() => t.close());

  const book = (who: SignedIn, ids: string[], body: object = {}, sessionId = session.id) =>
    who.post(`/api/sessions/${sessionId}/participations`).send({
      staffMemberIds: ids,
      status: 'booked',
      fundingSource: 'ordinary_budget',
      ...body,
    });
  const move = (who: SignedIn, p: Participation, body: object) =>
    who.patch(`/api/participations/${p.id}`).send({ version: p.version, ...body });
  const grantNow = async (): Promise<StateGrant> =>
    ((await admin.get('/api/grants').expect(200)).body as StateGrant[]).find(
      (g) => g.id === grant.id,
    ) as StateGrant;

  it('books a team within the kommun’s seats on a grant of the session’s year, and counts the grant', async () => {
    const booked = (
      await book(admin, [people[0], people[1]], {
        fundingSource: 'grant',
        grantId: grant.id,
      }).expect(201)
    ).body as Participation[];
    expect(booked.map((p) => [p.status, p.cost, p.fundingSource, p.grantName])).toEqual([
      ['booked', '4000.00', 'grant', 'Stärkt kompetens'],
      ['booked', '4000.00', 'grant', 'Stärkt kompetens'],
    ]);
    expect(await grantNow()).toMatchObject({
      granted: '10000.00',
      requisitioned: '5000.00',
      used: '8000.00',
      planned: '0.00',
      left: '2000.00',
    });
    // Stockholm has 3 of the 4 seats (one is Södertälje's): one left.
    const full = await book(admin, [people[2], outsider]).expect(409);
    expect(full.body).toMatchObject({ code: 'SESSION_FULL', current: { seatsLeft: 1 } });
    const view = (await admin.get(`/api/sessions/${session.id}`).expect(200)).body as CourseSession;
    expect(view).toMatchObject({ ourSeats: 3, ourTaken: 2 });
  });

  it('refuses a grant that would be overdrawn, of another year, or missing', async () => {
    const over = await book(admin, [people[2]], {
      fundingSource: 'grant',
      grantId: grant.id,
      cost: '2500',
    }).expect(409);
    expect(over.body).toMatchObject({ code: 'GRANT_EXCEEDED', current: { left: '2000.00' } });
    const lastYear = (
      await admin
        .post('/api/grants')
        .send({ name: 'Stärkt kompetens', year: 2026, granted: '5000' })
        .expect(201)
    ).body as StateGrant;
    expect(
      (await book(admin, [people[2]], { fundingSource: 'grant', grantId: lastYear.id }).expect(400))
        .body.errors,
    ).toEqual({
      grantId: 'invalid_value',
    });
    expect(
      (await book(admin, [people[2]], { fundingSource: 'grant' }).expect(400)).body.errors,
    ).toEqual({ grantId: 'required' });
    expect((await book(admin, [people[2]], { grantId: grant.id }).expect(400)).body.errors).toEqual(
      { grantId: 'not_allowed' },
    );
    await admin
      .post('/api/grants')
      .send({ name: 'Stärkt kompetens', year: 2027, granted: '1' })
      .expect(400);
  });

  it('never books anyone twice on overlapping days', async () => {
    const again = await book(admin, [people[0]]).expect(409);
    expect(again.body).toMatchObject({
      code: 'PARTICIPATION_OVERLAP',
      current: { staffMemberIds: [people[0]] },
    });
    const course = await createCourse(admin, { title: 'Samtalsmetodik' });
    const overlapping = await createSession(admin, course.id, {
      startsOn: '2027-03-11',
      endsOn: '2027-03-12',
    });
    await book(admin, [people[1]], {}, overlapping.id).expect(409);
    const later = await createSession(admin, course.id, {
      startsOn: '2027-04-01',
      endsOn: '2027-04-01',
    });
    await book(admin, [people[1]], {}, later.id).expect(201);
  });

  it('lets a team leader book their own staff only, and a caseworker ask for themself', async () => {
    await book(leader, [outsider]).expect(404);
    await book(leader, [people[2], outsider]).expect(404);
    const asked = (await book(caseworker, [people[3]], { status: 'planned' }).expect(201))
      .body as Participation[];
    expect(asked[0]).toMatchObject({ status: 'planned', staffMemberId: people[3] });
    expect((await book(caseworker, [people[3]]).expect(400)).body.errors).toEqual({
      status: 'not_allowed',
    });
    await book(caseworker, [people[0]], { status: 'planned' }).expect(404);
    // The seats are now all taken (2 booked + 1 planned).
    await book(leader, [people[2]]).expect(409);
    const mine = (await caseworker.get(`/api/staff/${people[3]}/participations`).expect(200))
      .body as Participation[];
    expect(mine.map((p) => p.courseTitle)).toEqual(['Utredningsmetodik']);
    await caseworker.get(`/api/staff/${people[0]}/participations`).expect(404);
    const seenByLeader = (
      await leader.get(`/api/sessions/${session.id}/participations`).expect(200)
    ).body as Participation[];
    expect(seenByLeader).toHaveLength(3);
  });

  it('cancels only with a reason, frees the seat and the grant, and keeps final statuses final', async () => {
    const list = (await admin.get(`/api/sessions/${session.id}/participations`).expect(200))
      .body as Participation[];
    const berg = list.find((p) => p.staffMemberId === people[1]) as Participation;
    expect((await move(admin, berg, { status: 'cancelled' }).expect(400)).body.errors).toEqual({
      cancellationReason: 'required',
    });
    expect(
      (await move(admin, berg, { status: 'completed', cancellationReason: 'illness' }).expect(400))
        .body.errors,
    ).toEqual({
      cancellationReason: 'not_allowed',
    });
    const cancelled = (
      await move(admin, berg, { status: 'cancelled', cancellationReason: 'no_substitute' }).expect(
        200,
      )
    ).body as Participation;
    expect(cancelled).toMatchObject({
      status: 'cancelled',
      cancellationReason: 'no_substitute',
      version: 2,
    });
    expect(await grantNow()).toMatchObject({ used: '4000.00', left: '6000.00' });
    await move(admin, cancelled, { status: 'booked' }).expect(409);
    await move(admin, berg, { status: 'booked' }).expect(409);
    // The seat is free again.
    await book(leader, [people[2]]).expect(201);

    const ahl = list.find((p) => p.staffMemberId === people[0]) as Participation;
    const done = (await move(leader, ahl, { status: 'completed' }).expect(200))
      .body as Participation;
    const back = await move(admin, done, { status: 'booked' }).expect(409);
    expect(back.body.code).toBe('PARTICIPATION_STATUS');
    const planned = list.find((p) => p.staffMemberId === people[3]) as Participation;
    await move(admin, planned, { status: 'completed' }).expect(409);
    const events = await asKommun<{ action: string }>(
      t,
      kommun,
      `SELECT action FROM audit_event WHERE entity_type = 'participation' AND entity_id = $1 ORDER BY occurred_at`,
      [berg.id],
    );
    expect(events.map((e) => e.action)).toEqual(['create', 'update']);
  });

  it('sums every cost of the year by funding source', async () => {
    const summary = (await admin.get('/api/funding?year=2027').expect(200)).body as FundingSummary;
    // Grant: Ahl 4000 (completed); budget: Ceder 4000 booked + Berg 4000 on the April session,
    // Dahl 4000 planned; Berg's cancelled booking counts nowhere.
    expect(summary.sources).toEqual([
      { source: 'ordinary_budget', used: '8000.00', planned: '4000.00' },
      { source: 'grant', used: '4000.00', planned: '0.00' },
      { source: 'other', used: '0.00', planned: '0.00' },
    ]);
    expect(summary.grants.map((g) => [g.name, g.year, g.used, g.left])).toEqual([
      ['Stärkt kompetens', 2027, '4000.00', '6000.00'],
    ]);
    // Another kommun of the län books on its own seat and sees none of Stockholm's costs.
    const other = await municipalityId(t, '0181');
    const unit = await createUnit(t, other, 'Södertälje BoU');
    const theirs = await createStaff(t, other, unit);
    await book(sodertalje, [theirs]).expect(201);
    await book(sodertalje, [theirs]).expect(409);
    const theirSummary = (await sodertalje.get('/api/funding?year=2027').expect(200))
      .body as FundingSummary;
    expect(theirSummary.sources[0]).toEqual({
      source: 'ordinary_budget',
      used: '4000.00',
      planned: '0.00',
    });
    await sodertalje
      .get(`/api/sessions/${session.id}/participations`)
      .expect(200)
      .expect((r) => expect(r.body).toHaveLength(1));
  });
});

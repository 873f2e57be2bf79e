import { RoundClock } from '@kl/api/inventory';
import { createTestApp, daysFromToday, signInAs, type TestApp } from '@kl/api/testing';
import type { AuditEvent, ErrorBody, InventoryRound } from '@kl/shared/contracts';
import {
  createStaff,
  createUnit,
  municipalityId,
  publishedFrameworkId,
} from './inventory-fixtures';

type Account = Awaited<ReturnType<typeof signInAs>>;

/** A round's window is real: it opens and closes on its dates, and nothing is written outside it. */
describe('the window of a round', () => {
  let t: TestApp;
  let admin: Account;
  let frameworkId: string;
  let staffId: string;
  let clock: RoundClock;

  beforeAll(async () => {
    t = await createTestApp();
    admin = await signInAs(t, 'municipality_admin');
    frameworkId = await publishedFrameworkId(t);
    const kommun = await municipalityId(t);
    staffId = await createStaff(t, kommun, await createUnit(t, kommun, 'Fönster'));
    clock = t.app.get(RoundClock);
  });
  afterAll(() => t.close());

  let sequence = 0;
  const plan = async (opensOn: string, closesOn: string): Promise<InventoryRound> =>
    (
      await admin
        .post('/api/rounds')
        .send({
          name: `Fönster ${++sequence}`,
          frameworkId,
          referenceDate: '2025-10-01',
          opensOn,
          closesOn,
          unitIds: [],
        })
        .expect(201)
    ).body as InventoryRound;
  const get = async (id: string) =>
    (await admin.get(`/api/rounds/${id}`).expect(200)).body as InventoryRound;
  const save = (roundId: string) =>
    admin
      .put(`/api/rounds/${roundId}/assessments`)
      .send({
        cells: [{ staffMemberId: staffId, topicCode: 'SA01', value: 'basic', expectedVersion: 0 }],
      });

  it('opens a planned round on its first day and closes an open one after its last, audited as the schedule', async () => {
    const due = await plan(daysFromToday(-1), daysFromToday(30));
    const later = await plan(daysFromToday(5), daysFromToday(30));
    const ending = await plan(daysFromToday(-20), daysFromToday(-2));
    await admin.post(`/api/rounds/${ending.id}/open`).send({ version: ending.version }).expect(200);
    await save(ending.id).expect(409);

    const moved = await clock.tick();
    expect(moved).toEqual(
      expect.arrayContaining([
        { roundId: due.id, status: 'open' },
        { roundId: ending.id, status: 'closed' },
      ]),
    );
    expect((await get(due.id)).status).toBe('open');
    expect((await get(later.id)).status).toBe('planned');
    const closed = await get(ending.id);
    expect(closed).toMatchObject({
      status: 'closed',
      acceptsAssessments: false,
      population: { frozenAt: expect.any(String) },
    });

    const history = (await admin.get(`/api/audit/inventory_round/${ending.id}`).expect(200))
      .body as AuditEvent[];
    expect(history.at(-1)).toMatchObject({
      action: 'close',
      actorUserId: null,
      after: { trigger: 'schedule' },
    });
    expect(await clock.tick()).toEqual([]);
  });

  it('refuses writes after the last day with a code of its own, before the clock has closed the round', async () => {
    const round = await plan(daysFromToday(-10), daysFromToday(5));
    await admin.post(`/api/rounds/${round.id}/open`).send({ version: round.version }).expect(200);
    await t.owner.query('UPDATE inventory_round SET closes_on = $2 WHERE id = $1', [
      round.id,
      daysFromToday(-1),
    ]);
    expect((await get(round.id)).acceptsAssessments).toBe(false);
    const refused = await save(round.id).expect(409);
    expect(refused.body as ErrorBody).toMatchObject({ code: 'INVENTORY_ROUND_WINDOW_ENDED' });
    expect(await t.owner.query('SELECT 1 FROM assessment WHERE round_id = $1', [round.id])).toEqual(
      [],
    );
  });

  it('opens by hand before its first day, and asks a new last day to reopen a round whose window has passed', async () => {
    const round = await plan(daysFromToday(10), daysFromToday(40));
    const opened = (
      await admin.post(`/api/rounds/${round.id}/open`).send({ version: round.version }).expect(200)
    ).body as InventoryRound;
    expect(opened.acceptsAssessments).toBe(true);
    await save(round.id).expect(200);
    await t.owner.query('UPDATE inventory_round SET closes_on = $2, opens_on = $3 WHERE id = $1', [
      round.id,
      daysFromToday(-1),
      daysFromToday(-5),
    ]);
    await clock.tick();
    const closed = await get(round.id);
    expect(closed.status).toBe('closed');

    const reopen = (body: object) =>
      admin
        .post(`/api/rounds/${round.id}/reopen`)
        .send({ version: closed.version, reason: 'Fler bedömningar', ...body });
    expect((await reopen({}).expect(400)).body).toMatchObject({ errors: { closesOn: 'required' } });
    expect((await reopen({ closesOn: daysFromToday(-1) }).expect(400)).body).toMatchObject({
      errors: { closesOn: 'in_past' },
    });
    const reopened = (await reopen({ closesOn: daysFromToday(7) }).expect(200))
      .body as InventoryRound;
    expect(reopened).toMatchObject({
      status: 'open',
      closesOn: daysFromToday(7),
      acceptsAssessments: true,
    });
    // An open round's last day cannot be moved into the past: it would close at the next tick.
    const moved = await admin
      .patch(`/api/rounds/${round.id}`)
      .send({ version: reopened.version, closesOn: daysFromToday(-3) })
      .expect(400);
    expect(moved.body).toMatchObject({ errors: { closesOn: 'in_past' } });
  });
});

import {
  daysFromToday,
  createTestApp,
  signInAs,
  type SignedIn,
  type TestApp,
} from '@kl/api/testing';
import type { AuditEvent, InventoryRound } from '@kl/shared/contracts';
import { createUnit, municipalityId, publishedFrameworkId } from './inventory-fixtures';

describe('inventory rounds', () => {
  let t: TestApp;
  let admin: SignedIn;
  let frameworkId: string;
  let unitId: string;

  beforeAll(async () => {
    t = await createTestApp();
    admin = await signInAs(t, 'municipality_admin');
    frameworkId = await publishedFrameworkId(t);
    unitId = await createUnit(t, await municipalityId(t), 'Barn och unga');
  });
  afterAll(() => t.close());

  const body = (extra: Record<string, unknown> = {}) => ({
    name: 'Höst 2026',
    frameworkId,
    referenceDate: '2026-10-01',
    opensOn: daysFromToday(-30),
    closesOn: daysFromToday(90),
    unitIds: [unitId],
    ...extra,
  });

  it('plans, opens, closes and reopens a round with a reason, each step audited', async () => {
    const created = await admin.post('/api/rounds').send(body()).expect(201);
    const round = created.body as InventoryRound;
    expect(round).toMatchObject({
      name: 'Höst 2026',
      status: 'planned',
      nationalRoundId: null,
      frameworkId,
      frameworkCode: expect.any(String),
      referenceDate: '2026-10-01',
      unitIds: [unitId],
      version: 1,
    });

    const renamed = await admin
      .patch(`/api/rounds/${round.id}`)
      .send({ version: 1, name: 'Hösten 2026' })
      .expect(200);
    expect(renamed.body).toMatchObject({ name: 'Hösten 2026', version: 2 });

    await admin
      .post(`/api/rounds/${round.id}/close`)
      .send({ version: 2 })
      .expect(409)
      .expect(({ body: b }) => expect(b.code).toBe('INVENTORY_ROUND_STATUS'));
    await admin
      .post(`/api/rounds/${round.id}/open`)
      .send({ version: 1 })
      .expect(409)
      .expect(({ body: b }) => expect(b.code).toBe('STALE_VERSION'));
    const opened = await admin
      .post(`/api/rounds/${round.id}/open`)
      .send({ version: 2 })
      .expect(200);
    expect(opened.body).toMatchObject({ status: 'open', version: 3 });
    const closed = await admin
      .post(`/api/rounds/${round.id}/close`)
      .send({ version: 3 })
      .expect(200);
    expect(closed.body).toMatchObject({ status: 'closed', version: 4 });

    await admin
      .patch(`/api/rounds/${round.id}`)
      .send({ version: 4, name: 'Sent' })
      .expect(409)
      .expect(({ body: b }) => expect(b.code).toBe('INVENTORY_ROUND_CLOSED'));
    await admin
      .post(`/api/rounds/${round.id}/reopen`)
      .send({ version: 4 })
      .expect(400)
      .expect(({ body: b }) => expect(b.errors).toEqual({ reason: 'required' }));
    const reopened = await admin
      .post(`/api/rounds/${round.id}/reopen`)
      .send({ version: 4, reason: 'Två enheter saknades' })
      .expect(200);
    expect(reopened.body).toMatchObject({ status: 'open', version: 5 });

    const history = await admin.get(`/api/audit/inventory_round/${round.id}`).expect(200);
    const events = history.body as AuditEvent[];
    expect(events.map((e) => e.action)).toEqual(['create', 'update', 'open', 'close', 'reopen']);
    expect(events[4].after).toMatchObject({ status: 'open', reason: 'Två enheter saknades' });
  });

  it('rejects bad input with field codes', async () => {
    const response = await admin
      .post('/api/rounds')
      .send({ ...body({ name: '', referenceDate: '2026-13-01', unitIds: ['nope'] }), extra: 1 })
      .expect(400);
    expect(response.body).toMatchObject({ code: 'VALIDATION_FAILED' });
    expect(response.body.errors).toMatchObject({
      extra: 'unknown_field',
      name: 'required',
      referenceDate: 'invalid_format',
    });

    const window = await admin
      .post('/api/rounds')
      .send(body({ name: 'Fel fönster', closesOn: '2026-09-01' }))
      .expect(400);
    expect(window.body.errors).toEqual({ closesOn: 'before_start' });

    const refs = await admin
      .post('/api/rounds')
      .send(
        body({
          name: 'Okänt',
          frameworkId: '00000000-0000-4000-8000-000000000000',
          unitIds: ['00000000-0000-4000-8000-000000000001'],
        }),
      )
      .expect(400);
    expect(refs.body.errors).toEqual({ frameworkId: 'invalid_value', unitIds: 'invalid_value' });

    await admin
      .post('/api/rounds')
      .send(body({ name: 'Dubblett' }))
      .expect(201);
    const taken = await admin
      .post('/api/rounds')
      .send(body({ name: 'Dubblett' }))
      .expect(409);
    expect(taken.body).toMatchObject({
      code: 'INVENTORY_ROUND_NAME_TAKEN',
      errors: { name: 'not_unique' },
    });
  });

  it('lets the kommun’s team leaders and caseworkers read rounds, but not change them', async () => {
    const created = await admin
      .post('/api/rounds')
      .send(body({ name: 'Vår 2027' }))
      .expect(201);
    const leader = await signInAs(t, 'team_leader', { unitIds: [unitId] });
    const caseworker = await signInAs(t, 'caseworker');
    for (const reader of [leader, caseworker]) {
      const list = await reader.get('/api/rounds').expect(200);
      expect((list.body as InventoryRound[]).map((r) => r.id)).toContain(created.body.id);
      await reader.get(`/api/rounds/${created.body.id}`).expect(200);
      await reader.post(`/api/rounds/${created.body.id}/open`).send({ version: 1 }).expect(404);
    }
  });

  it('does not disclose another kommun’s rounds', async () => {
    const created = await admin
      .post('/api/rounds')
      .send(body({ name: 'Egen' }))
      .expect(201);
    const otherAdmin = await signInAs(t, 'municipality_admin', { municipalityCode: '1480' });
    await otherAdmin.get(`/api/rounds/${created.body.id}`).expect(404);
    await otherAdmin.post(`/api/rounds/${created.body.id}/open`).send({ version: 1 }).expect(404);
    const list = await otherAdmin.get('/api/rounds').expect(200);
    expect(list.body).toEqual([]);
    // A unit of another kommun cannot be included either.
    const other = await otherAdmin
      .post('/api/rounds')
      .send(body({ name: 'Lånad enhet' }))
      .expect(400);
    expect(other.body.errors).toEqual({ unitIds: 'invalid_value' });
  });
});

import { createTestApp, signInAs, type SignedIn, type TestApp } from '@kl/api/testing';
import type { OrgUnit, OrgUnitTreeNode } from '@kl/shared/contracts';

describe('Units: a tree per kommun', () => {
  let t: TestApp;
  let admin: Awaited<ReturnType<typeof signInAs>>;
  let otherAdmin: SignedIn;

  beforeAll(async () => {
    t = await createTestApp();
    admin = await signInAs(t, 'municipality_admin');
    otherAdmin = await signInAs(t, 'municipality_admin', { municipalityCode: '1480' });
  });
  afterAll(() => t.close());

  const createUnit = async (who: SignedIn, body: Record<string, unknown>): Promise<OrgUnit> =>
    (await who.post('/api/units').send({ kind: 'unit', serviceAreaCode: 'barn-och-unga', ...body }).expect(201)).body;

  const staffBody = (unitId: string, employeeNumber: string) => ({
    employeeNumber,
    firstName: 'Test',
    lastName: `Person ${employeeNumber}`,
    unitId,
    role: 'caseworker',
    gender: 'woman',
    fte: 1,
    employmentType: 'permanent',
    employmentStart: '2020-01-01',
    experienceStart: '2019-01-01',
    degree: 'social_work',
  });

  it('creates a tree and lists it nested, with the version to send back', async () => {
    const admin1 = await createUnit(admin, { name: 'Socialförvaltningen', kind: 'administration' });
    expect(admin1).toEqual({
      id: expect.any(String),
      parentId: null,
      kind: 'administration',
      name: 'Socialförvaltningen',
      serviceAreaCode: 'barn-och-unga',
      closedAt: null,
      activeStaffCount: 0,
      version: 1,
    });
    const dept = await createUnit(admin, { name: 'Avdelning barn och unga', kind: 'department', parentId: admin1.id });
    await createUnit(admin, { name: 'Mottagningen', parentId: dept.id });

    const tree: OrgUnitTreeNode[] = (await admin.get('/api/units').expect(200)).body;
    const root = tree.find((u) => u.id === admin1.id);
    expect(root?.children.map((c) => c.name)).toEqual(['Avdelning barn och unga']);
    expect(root?.children[0].children.map((c) => c.name)).toEqual(['Mottagningen']);
  });

  it('rejects unknown fields and bad values with field codes', async () => {
    const response = await admin
      .post('/api/units')
      .send({ name: '', kind: 'team', serviceAreaCode: 'skola', parentId: 'nope', colour: 'red' })
      .expect(400);
    expect(response.body).toMatchObject({
      code: 'VALIDATION_FAILED',
      errors: {
        colour: 'unknown_field',
        name: 'required',
        kind: 'invalid_value',
        serviceAreaCode: 'invalid_value',
        parentId: 'invalid_format',
      },
    });
  });

  it('refuses a parent of another kommun as if it did not exist', async () => {
    const foreign = await createUnit(otherAdmin, { name: 'Luleå IFO' });
    const response = await admin.post('/api/units').send({ name: 'X', kind: 'unit', serviceAreaCode: 'barn-och-unga', parentId: foreign.id }).expect(400);
    expect(response.body.errors).toEqual({ parentId: 'invalid_value' });
  });

  it('keeps names unique within a kommun (409 UNIT_NAME_TAKEN), not across kommuner', async () => {
    await createUnit(admin, { name: 'Familjerätten' });
    const response = await admin.post('/api/units').send({ name: 'Familjerätten', kind: 'unit', serviceAreaCode: 'barn-och-unga' }).expect(409);
    expect(response.body).toMatchObject({ code: 'UNIT_NAME_TAKEN', errors: { name: 'not_unique' } });
    await createUnit(otherAdmin, { name: 'Familjerätten' });
  });

  it('renames with the version seen; a stale version gets 409 with the current unit', async () => {
    const unit = await createUnit(admin, { name: 'Utredning 1' });
    const renamed = (await admin.patch(`/api/units/${unit.id}`).send({ version: 1, name: 'Utredningsenheten' }).expect(200)).body;
    expect(renamed).toMatchObject({ name: 'Utredningsenheten', version: 2 });
    const stale = await admin.patch(`/api/units/${unit.id}`).send({ version: 1, name: 'Other' }).expect(409);
    expect(stale.body).toMatchObject({ code: 'STALE_VERSION', current: { name: 'Utredningsenheten', version: 2 } });
    expect((await admin.patch(`/api/units/${unit.id}`).send({ name: 'No version' }).expect(400)).body.errors).toEqual({ version: 'required' });
    expect((await admin.patch(`/api/units/${unit.id}`).send({ version: 0 }).expect(400)).body.errors).toEqual({ version: 'min' });
  });

  it('answers 404 for unknown units and for units of another kommun', async () => {
    const foreign = await createUnit(otherAdmin, { name: 'Luleå mottagning' });
    const unknown = '00000000-0000-4000-8000-000000000000';
    for (const id of [unknown, foreign.id]) {
      await admin.get(`/api/units/${id}`).expect(404);
      await admin.patch(`/api/units/${id}`).send({ version: 1, name: 'Mine now' }).expect(404);
      await admin.post(`/api/units/${id}/move`).send({ version: 1, parentId: null }).expect(404);
      await admin.post(`/api/units/${id}/close`).send({ version: 1 }).expect(404);
      await admin.delete(`/api/units/${id}`).expect(404);
    }
    await admin.get('/api/units/not-a-uuid').expect(400);
    const mine: OrgUnitTreeNode[] = (await admin.get('/api/units').expect(200)).body;
    expect(JSON.stringify(mine)).not.toContain(foreign.id);
    const after = (await otherAdmin.get(`/api/units/${foreign.id}`).expect(200)).body;
    expect(after).toMatchObject({ name: 'Luleå mottagning', version: 1 });
  });

  it('moves a unit and refuses to move it below itself (409 UNIT_CYCLE)', async () => {
    const a = await createUnit(admin, { name: 'Move A', kind: 'department' });
    const b = await createUnit(admin, { name: 'Move B', parentId: a.id });
    const c = await createUnit(admin, { name: 'Move C', parentId: b.id });
    expect((await admin.post(`/api/units/${a.id}/move`).send({ version: 1, parentId: c.id }).expect(409)).body.code).toBe('UNIT_CYCLE');
    expect((await admin.post(`/api/units/${a.id}/move`).send({ version: 1, parentId: a.id }).expect(409)).body.code).toBe('UNIT_CYCLE');
    const moved = (await admin.post(`/api/units/${c.id}/move`).send({ version: 1, parentId: a.id }).expect(200)).body;
    expect(moved).toMatchObject({ parentId: a.id, version: 2 });
    const top = (await admin.post(`/api/units/${c.id}/move`).send({ version: 2, parentId: null }).expect(200)).body;
    expect(top).toMatchObject({ parentId: null, version: 3 });
    await admin.post(`/api/units/${c.id}/move`).send({ version: 3 }).expect(400);
  });

  it('of 50 concurrent renames carrying the same version, exactly one wins and 49 get 409', async () => {
    const unit = await createUnit(admin, { name: 'Raced unit' });
    const responses = await Promise.all(
      Array.from({ length: 50 }, (_, i) => admin.patch(`/api/units/${unit.id}`).send({ version: 1, name: `Raced unit ${i}` })),
    );
    expect(responses.filter((r) => r.status === 200)).toHaveLength(1);
    expect(responses.filter((r) => r.status === 409 && r.body.code === 'STALE_VERSION')).toHaveLength(49);
    const winner = responses.find((r) => r.status === 200)?.body as OrgUnit;
    expect((await admin.get(`/api/units/${unit.id}`).expect(200)).body).toMatchObject({ name: winner.name, version: 2 });
  });

  it('lets only one of two concurrent crossing moves through, so no cycle is ever built', async () => {
    const a = await createUnit(admin, { name: 'Cross A' });
    const b = await createUnit(admin, { name: 'Cross B' });
    const [first, second] = await Promise.all([
      admin.post(`/api/units/${a.id}/move`).send({ version: 1, parentId: b.id }),
      admin.post(`/api/units/${b.id}/move`).send({ version: 1, parentId: a.id }),
    ]);
    expect([first.status, second.status].sort()).toEqual([200, 409]);
    expect([first, second].find((r) => r.status === 409)?.body.code).toBe('UNIT_CYCLE');
  });

  it('closes a unit without active staff, and then takes no new subunits or staff', async () => {
    const unit = await createUnit(admin, { name: 'Closing unit' });
    const closed = (await admin.post(`/api/units/${unit.id}/close`).send({ version: 1 }).expect(200)).body;
    expect(closed).toMatchObject({ closedAt: expect.any(String), version: 2 });
    expect((await admin.post(`/api/units/${unit.id}/close`).send({ version: 2 }).expect(409)).body.code).toBe('UNIT_CLOSED');
    expect((await admin.post('/api/units').send({ name: 'Under closed', kind: 'unit', serviceAreaCode: 'barn-och-unga', parentId: unit.id }).expect(409)).body.code).toBe('UNIT_CLOSED');
    expect((await admin.post('/api/staff').send(staffBody(unit.id, 'CL-1')).expect(409)).body.code).toBe('UNIT_CLOSED');
  });

  it('refuses to close or delete a unit with active staff (409 UNIT_HAS_ACTIVE_STAFF)', async () => {
    const unit = await createUnit(admin, { name: 'Staffed unit' });
    const staff = (await admin.post('/api/staff').send(staffBody(unit.id, 'ST-1')).expect(201)).body;
    expect((await admin.get(`/api/units/${unit.id}`).expect(200)).body.activeStaffCount).toBe(1);
    expect((await admin.delete(`/api/units/${unit.id}`).expect(409)).body.code).toBe('UNIT_HAS_ACTIVE_STAFF');
    expect((await admin.post(`/api/units/${unit.id}/close`).send({ version: 1 }).expect(409)).body.code).toBe('UNIT_HAS_ACTIVE_STAFF');

    await admin.post(`/api/staff/${staff.id}/leave`).send({ version: 1, employmentEnd: '2024-06-30' }).expect(200);
    expect((await admin.delete(`/api/units/${unit.id}`).expect(409)).body.code).toBe('UNIT_HAS_STAFF_HISTORY');
    await admin.post(`/api/units/${unit.id}/close`).send({ version: 1 }).expect(200);
  });

  it('deletes an empty unit, but not one with subunits', async () => {
    const parent = await createUnit(admin, { name: 'Parent to delete', kind: 'department' });
    const child = await createUnit(admin, { name: 'Child to delete', parentId: parent.id });
    expect((await admin.delete(`/api/units/${parent.id}`).expect(409)).body.code).toBe('UNIT_HAS_SUBUNITS');
    await admin.delete(`/api/units/${child.id}`).expect(204);
    await admin.delete(`/api/units/${parent.id}`).expect(204);
    await admin.get(`/api/units/${parent.id}`).expect(404);
  });

  it('shows a team leader only their units and subunits, read-only', async () => {
    const led = await createUnit(admin, { name: 'Led unit', kind: 'department' });
    const sub = await createUnit(admin, { name: 'Led subunit', parentId: led.id });
    const elsewhere = await createUnit(admin, { name: 'Not led' });
    const leader = await signInAs(t, 'team_leader', { unitIds: [led.id] });

    const tree: OrgUnitTreeNode[] = (await leader.get('/api/units').expect(200)).body;
    expect(tree.map((u) => u.name)).toEqual(['Led unit']);
    expect(tree[0].children.map((u) => u.id)).toEqual([sub.id]);
    await leader.get(`/api/units/${sub.id}`).expect(200);
    await leader.get(`/api/units/${elsewhere.id}`).expect(404);
    await leader.post('/api/units').send({ name: 'Mine', kind: 'unit', serviceAreaCode: 'barn-och-unga' }).expect(404);
    await leader.patch(`/api/units/${led.id}`).send({ version: 1, name: 'Renamed' }).expect(404);
  });

  it('keeps units from caseworkers and the national roles', async () => {
    for (const role of ['caseworker', 'national_analyst', 'regional_analyst', 'system_admin'] as const) {
      const who = await signInAs(t, role);
      await who.get('/api/units').expect(404);
    }
  });

  it('writes every change to the history in the same transaction', async () => {
    const unit = await createUnit(admin, { name: 'Audited unit' });
    await admin.patch(`/api/units/${unit.id}`).send({ version: 1, name: 'Audited unit 2' }).expect(200);
    await admin.post(`/api/units/${unit.id}/close`).send({ version: 2 }).expect(200);
    await admin.patch(`/api/units/${unit.id}`).send({ version: 1, name: 'Lost' }).expect(409);

    const history = (await admin.get(`/api/audit/org_unit/${unit.id}`).expect(200)).body;
    expect(history.map((e: { action: string }) => e.action)).toEqual(['create', 'update', 'close']);
    expect(history[1]).toMatchObject({
      actorUserId: admin.account.id,
      entityType: 'org_unit',
      entityId: unit.id,
      before: { name: 'Audited unit', version: 1 },
      after: { name: 'Audited unit 2', version: 2 },
      occurredAt: expect.any(String),
    });
    expect(history[0].before).toBeNull();
    await otherAdmin.get(`/api/audit/org_unit/${unit.id}`).expect(404);
    await admin.get('/api/audit/org_unit/00000000-0000-4000-8000-000000000000').expect(404);
    expect((await admin.get(`/api/audit/invoice/${unit.id}`).expect(400)).body.errors).toEqual({ entityType: 'invalid_value' });
  });
});

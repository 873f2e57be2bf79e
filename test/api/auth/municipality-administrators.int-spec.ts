import { createAccount, createStaffMember, createTestApp, signIn, signInAs, type SignedIn, type TestApp } from '@kl/api/testing';
import type { InvitationCreated, MunicipalityAdministration, UserAccountSummary } from '@kl/shared/contracts';

const PASSWORD = 'ett långt lösenord 2026';
const tokenOf = (invitation: InvitationCreated) => (invitation.invitationUrl ?? '').split('#token=')[1];

describe("the system administrator's kommuner and their administrators", () => {
  let t: TestApp;
  let system: SignedIn;
  let invitation: InvitationCreated;

  beforeAll(async () => {
    t = await createTestApp();
    system = await signInAs(t, 'system_admin');
    invitation = (
      await system.post('/api/system/municipality-administrators').send({ municipalityCode: '0180', email: 'hr@stockholm.example', displayName: 'Hanna HR' }).expect(201)
    ).body;
  });
  afterAll(() => t.close());

  const kommun = async (code: string) =>
    ((await system.get('/api/system/municipalities').expect(200)).body as MunicipalityAdministration[]).find((k) => k.code === code);

  it('lists every kommun by name with its administrators, and nothing of other roles', async () => {
    await createAccount(t, { role: 'caseworker', municipalityCode: '0180' });
    const all = (await system.get('/api/system/municipalities').expect(200)).body as MunicipalityAdministration[];
    expect(all).toHaveLength(290);
    expect(all[0].name <= all[1].name).toBe(true);
    expect(all.find((k) => k.code === '0180')).toEqual({
      code: '0180',
      name: 'Stockholm',
      countyName: expect.stringMatching(/Stockholm/),
      administrators: [
        { id: invitation.user.id, email: 'hr@stockholm.example', displayName: 'Hanna HR', status: 'invited', invitationExpiresAt: invitation.expiresAt },
      ],
    });
    expect(all.find((k) => k.code === '2584')?.administrators).toEqual([]);
  });

  it('sends a new invitation that replaces the old link', async () => {
    const renewed = (await system.post(`/api/system/municipalities/0180/administrators/${invitation.user.id}/invitation`).expect(201)).body as InvitationCreated;
    expect(tokenOf(renewed)).not.toBe(tokenOf(invitation));
    const old = await t.http().post('/api/auth/accept-invitation').send({ token: tokenOf(invitation), password: PASSWORD }).expect(400);
    expect(old.body).toMatchObject({ code: 'INVITATION_INVALID' });
    await t.http().post('/api/auth/accept-invitation').send({ token: tokenOf(renewed), password: PASSWORD }).expect(204);
    expect((await kommun('0180'))?.administrators[0]).toMatchObject({ status: 'active', invitationExpiresAt: null });
    const again = await system.post(`/api/system/municipalities/0180/administrators/${invitation.user.id}/invitation`).expect(409);
    expect(again.body).toMatchObject({ code: 'ACCOUNT_NOT_INVITED' });
  });

  it('disables an administrator (their session ends at once) and enables them again, in the kommun’s trail', async () => {
    const hr = await signIn(t, 'hr@stockholm.example', PASSWORD);
    await hr.get('/api/users').expect(200);
    const disabled = await system.post(`/api/system/municipalities/0180/administrators/${invitation.user.id}/disable`).expect(200);
    expect(disabled.body).toMatchObject({ status: 'disabled' });
    await hr.get('/api/users').expect(401);
    await t.http().post('/api/auth/login').send({ email: 'hr@stockholm.example', password: PASSWORD }).expect(401);
    await system.post(`/api/system/municipalities/0180/administrators/${invitation.user.id}/enable`).expect(200);
    await signIn(t, 'hr@stockholm.example', PASSWORD);
    const trail: { action: string }[] = await t.owner.query(
      `SELECT action FROM audit_event WHERE entity_type = 'user_account' AND entity_id = $1
       AND action IN ('invite', 'disable', 'enable') ORDER BY occurred_at, id`,
      [invitation.user.id],
    );
    expect(trail.map((e) => e.action)).toEqual(['invite', 'invite', 'disable', 'enable']);
  });

  it('reaches kommun administrators only, and only in the kommun named', async () => {
    const caseworker = await createAccount(t, { role: 'caseworker', municipalityCode: '0180' });
    await system.post(`/api/system/municipalities/0180/administrators/${caseworker.id}/disable`).expect(404);
    await system.post(`/api/system/municipalities/1480/administrators/${invitation.user.id}/disable`).expect(404);
    await system.post(`/api/system/municipalities/9999/administrators/${invitation.user.id}/disable`).expect(404);
    expect((await kommun('0180'))?.administrators[0].status).toBe('active');
  });
});

describe("a kommun administrator's invitations and links to staff records", () => {
  let t: TestApp;
  let admin: SignedIn;

  beforeAll(async () => {
    t = await createTestApp();
    admin = await signInAs(t, 'municipality_admin', { municipalityCode: '0180' });
  });
  afterAll(() => t.close());

  it('sends a new invitation link to an invited colleague; the old one stops working', async () => {
    const first = (await admin.post('/api/users/invitations').send({ email: 'ny@stockholm.example', displayName: 'Ny', role: 'caseworker' }).expect(201)).body as InvitationCreated;
    const second = (await admin.post(`/api/users/${first.user.id}/invitation`).expect(201)).body as InvitationCreated;
    await t.http().post('/api/auth/accept-invitation').send({ token: tokenOf(first), password: PASSWORD }).expect(400);
    await t.http().post('/api/auth/accept-invitation').send({ token: tokenOf(second), password: PASSWORD }).expect(204);
  });

  it('links an account to a staff record at invitation and later, and lists the person it is', async () => {
    const anna = await createStaffMember(t, { municipalityCode: '0180' });
    const [name] = await t.owner.query("SELECT first_name || ' ' || last_name AS name FROM staff_member WHERE id = $1", [anna]);
    const invited = (
      await admin.post('/api/users/invitations').send({ email: 'anna@stockholm.example', displayName: 'Anna', role: 'caseworker', staffMemberId: anna }).expect(201)
    ).body as InvitationCreated;
    expect(invited.user).toMatchObject({ staffMemberId: anna, staffMemberName: name.name });
    const unlinked = (await admin.patch(`/api/users/${invited.user.id}`).send({ rowVersion: 1, staffMemberId: null }).expect(200)).body as UserAccountSummary;
    expect(unlinked).toMatchObject({ staffMemberId: null, staffMemberName: null });
    await admin.patch(`/api/users/${invited.user.id}`).send({ rowVersion: 2, staffMemberId: anna }).expect(200);
    const listed = ((await admin.get('/api/users').expect(200)).body as UserAccountSummary[]).find((u) => u.id === invited.user.id);
    expect(listed).toMatchObject({ staffMemberId: anna, staffMemberName: name.name });
  });
});

import { createAccount, createStaffMember, createTestApp, createUnit, signIn, signInAs, type SignedIn, type TestApp } from '@kl/api/testing';
import type { InvitationCreated, UserAccountSummary } from '@kl/shared/contracts';

let UNIT_A: string;
let UNIT_B: string;

describe('user administration', () => {
  let t: TestApp;
  let admin: SignedIn & { account: { id: string } };
  let otherAdmin: SignedIn & { account: { id: string } };

  beforeAll(async () => {
    t = await createTestApp();
    admin = await signInAs(t, 'municipality_admin', { municipalityCode: '0180' });
    otherAdmin = await signInAs(t, 'municipality_admin', { municipalityCode: '1480' });
    // Sorted, as the API lists an account's units.
    [UNIT_A, UNIT_B] = [await createUnit(t, { municipalityCode: '0180' }), await createUnit(t, { municipalityCode: '0180' })].sort();
  });
  afterAll(() => t.close());

  const tokenOf = (invitation: InvitationCreated) => (invitation.invitationUrl ?? '').split('#token=')[1];

  it('invites a user with a one-time link; the invited user sets a password and signs in', async () => {
    const response = await admin
      .post('/api/users/invitations')
      .send({ email: 'Lea.Lind@Stockholm.example', displayName: 'Lea Lind', role: 'team_leader', unitIds: [UNIT_A] })
      .expect(201);
    const invitation = response.body as InvitationCreated;
    expect(invitation.user).toMatchObject({
      email: 'lea.lind@stockholm.example',
      displayName: 'Lea Lind',
      role: 'team_leader',
      status: 'invited',
      unitIds: [UNIT_A],
      rowVersion: 1,
    });
    // No mail server configured: the administrator gets the link to pass on.
    expect(invitation.emailSent).toBe(false);
    expect(invitation.invitationUrl).toMatch(/^\/inbjudan#token=[\w-]{40,}$/);
    expect((Date.parse(invitation.expiresAt) - Date.now()) / 3_600_000).toBeGreaterThan(71);
    const listed = (await admin.get('/api/users').expect(200)).body as UserAccountSummary[];
    expect(listed.map((u) => u.id)).toContain(invitation.user.id);

    await t.http().post('/api/auth/login').send({ email: 'lea.lind@stockholm.example', password: 'anything-at-all' }).expect(401);
    const short = await t.http().post('/api/auth/accept-invitation').send({ token: tokenOf(invitation), password: 'short' }).expect(400);
    expect(short.body).toMatchObject({ errors: { password: 'min_length' } });
    await t
      .http()
      .post('/api/auth/accept-invitation')
      .send({ token: tokenOf(invitation), password: 'ett långt lösenord 2026' })
      .expect(204);
    const lea = await signIn(t, 'lea.lind@stockholm.example', 'ett långt lösenord 2026');
    expect(lea.user).toMatchObject({ role: 'team_leader', unitIds: [UNIT_A], municipality: { code: '0180' } });

    const reused = await t
      .http()
      .post('/api/auth/accept-invitation')
      .send({ token: tokenOf(invitation), password: 'ett annat långt lösenord' })
      .expect(400);
    expect(reused.body).toMatchObject({ code: 'INVITATION_INVALID' });
  });

  it('refuses an expired invitation link', async () => {
    const invitation = (
      await admin.post('/api/users/invitations').send({ email: 'late@stockholm.example', displayName: 'Late', role: 'caseworker' }).expect(201)
    ).body as InvitationCreated;
    await t.owner.query("UPDATE user_invitation SET expires_at = now() - interval '1 minute' WHERE account_id = $1", [
      invitation.user.id,
    ]);
    await t
      .http()
      .post('/api/auth/accept-invitation')
      .send({ token: tokenOf(invitation), password: 'ett långt lösenord 2026' })
      .expect(400);
  });

  it('answers 409 EMAIL_TAKEN for an e-mail in use in the kommun, and 400 for units on a non-team-leader', async () => {
    const existing = await createAccount(t, { role: 'caseworker', municipalityCode: '0180' });
    const taken = await admin
      .post('/api/users/invitations')
      .send({ email: existing.email.toUpperCase(), displayName: 'X', role: 'caseworker' })
      .expect(409);
    expect(taken.body).toMatchObject({ code: 'EMAIL_TAKEN' });
    const units = await admin
      .post('/api/users/invitations')
      .send({ email: 'cw@stockholm.example', displayName: 'X', role: 'caseworker', unitIds: [UNIT_A] })
      .expect(400);
    expect(units.body).toMatchObject({ errors: { unitIds: 'invalid_value' } });
    const badRole = await admin
      .post('/api/users/invitations')
      .send({ email: 'na@stockholm.example', displayName: 'X', role: 'national_analyst' })
      .expect(400);
    expect(badRole.body).toMatchObject({ errors: { role: 'invalid_value' } });
  });

  it('says nothing about an account in another kommun: the invitation is made as for a new e-mail, and the invitee meets the conflict', async () => {
    const elsewhere = await createAccount(t, { role: 'caseworker', municipalityCode: '1480' });
    const fresh = await admin.post('/api/users/invitations').send({ email: 'never-seen@stockholm.example', displayName: 'Ny', role: 'caseworker' }).expect(201);
    const invited = await admin.post('/api/users/invitations').send({ email: elsewhere.email, displayName: 'Ny', role: 'caseworker' }).expect(201);
    const shape = (body: InvitationCreated) => ({ ...body, user: { ...body.user, id: 'id', email: 'e', displayName: 'n' }, invitationUrl: 'u', expiresAt: 't' });
    expect(shape(invited.body)).toEqual(shape(fresh.body));
    expect((await admin.get('/api/users').expect(200)).body).toEqual(expect.arrayContaining([expect.objectContaining({ email: elsewhere.email, status: 'invited' })]));

    const accepting = await t.http().post('/api/auth/accept-invitation').send({ token: tokenOf(invited.body), password: 'ett långt lösenord 2026' }).expect(409);
    expect(accepting.body).toMatchObject({ code: 'EMAIL_TAKEN' });
    // The account elsewhere still signs in with its own password.
    await t.http().post('/api/auth/login').send({ email: elsewhere.email, password: elsewhere.password }).expect(200);
  });

  it("answers 400 invalid_value for another kommun's (or an unknown) unit or staff record, as for any unknown id", async () => {
    const foreignUnit = await createUnit(t, { municipalityCode: '1480' });
    const foreignStaff = await createStaffMember(t, { municipalityCode: '1480' });
    const invite = (body: Record<string, unknown>) =>
      admin.post('/api/users/invitations').send({ email: `x-${Math.random()}@stockholm.example`, displayName: 'X', ...body });
    expect((await invite({ role: 'team_leader', unitIds: [UNIT_A, foreignUnit] }).expect(400)).body.errors).toEqual({ unitIds: 'invalid_value' });
    expect((await invite({ role: 'caseworker', staffMemberId: foreignStaff }).expect(400)).body.errors).toEqual({ staffMemberId: 'invalid_value' });
    const member = await createAccount(t, { role: 'team_leader', municipalityCode: '0180' });
    const patch = await admin.patch(`/api/users/${member.id}`).send({ rowVersion: 1, unitIds: ['00000000-0000-4000-8000-000000000000'] }).expect(400);
    expect(patch.body.errors).toEqual({ unitIds: 'invalid_value' });
    const ownStaff = await createStaffMember(t, { municipalityCode: '0180' });
    const linked = await admin.patch(`/api/users/${member.id}`).send({ rowVersion: 1, role: 'caseworker', staffMemberId: ownStaff }).expect(200);
    expect(linked.body).toMatchObject({ staffMemberId: ownStaff, rowVersion: 2 });
  });

  it("changes role and units with the version read, and answers 409 STALE_VERSION with the current record", async () => {
    const member = await createAccount(t, { role: 'caseworker', municipalityCode: '0180' });
    const changed = await admin
      .patch(`/api/users/${member.id}`)
      .send({ rowVersion: 1, role: 'team_leader', unitIds: [UNIT_A, UNIT_B] })
      .expect(200);
    expect(changed.body).toMatchObject({ role: 'team_leader', unitIds: [UNIT_A, UNIT_B], rowVersion: 2 });
    const stale = await admin.patch(`/api/users/${member.id}`).send({ rowVersion: 1, displayName: 'Lost' }).expect(409);
    expect(stale.body).toMatchObject({ code: 'STALE_VERSION', current: { id: member.id, rowVersion: 2, role: 'team_leader' } });
    const back = await admin.patch(`/api/users/${member.id}`).send({ rowVersion: 2, role: 'caseworker' }).expect(200);
    expect(back.body).toMatchObject({ role: 'caseworker', unitIds: [], rowVersion: 3 });
  });

  it("answers 404 for another kommun's account on every route", async () => {
    const foreign = await createAccount(t, { role: 'caseworker', municipalityCode: '1480' });
    await admin.get(`/api/users/${foreign.id}`).expect(404);
    await admin.patch(`/api/users/${foreign.id}`).send({ rowVersion: 1, displayName: 'Hijacked' }).expect(404);
    await admin.post(`/api/users/${foreign.id}/disable`).expect(404);
    await admin.post(`/api/users/${foreign.id}/enable`).expect(404);
    await admin.get('/api/users/00000000-0000-4000-8000-000000000000').expect(404);
    const [row]: { display_name: string; status: string }[] = await t.owner.query(
      'SELECT display_name, status FROM user_account WHERE id = $1',
      [foreign.id],
    );
    expect(row.status).toBe('active');
    expect(row.display_name).not.toBe('Hijacked');
    await otherAdmin.get(`/api/users/${foreign.id}`).expect(200);
  });

  it('protects the administrator from disabling or demoting themselves', async () => {
    const self = (await admin.get(`/api/users/${admin.account.id}`).expect(200)).body as UserAccountSummary;
    const demote = await admin.patch(`/api/users/${self.id}`).send({ rowVersion: self.rowVersion, role: 'caseworker' }).expect(409);
    expect(demote.body).toMatchObject({ code: 'OWN_ACCOUNT_PROTECTED' });
    await admin.post(`/api/users/${self.id}/disable`).expect(409);
    await admin.patch(`/api/users/${self.id}`).send({ rowVersion: self.rowVersion, displayName: 'Admin Själv' }).expect(200);
  });

  it('disables an account (its sessions end at once) and enables it again', async () => {
    const member = await signInAs(t, 'caseworker', { municipalityCode: '0180' });
    await member.get('/api/auth/session').expect(200);
    const disabled = await admin.post(`/api/users/${member.account.id}/disable`).expect(200);
    expect(disabled.body).toMatchObject({ status: 'disabled' });
    await member.get('/api/auth/session').expect(200, '');
    const [{ open }]: { open: number }[] = await t.owner.query(
      'SELECT count(*)::int AS open FROM user_session WHERE account_id = $1 AND revoked_at IS NULL',
      [member.account.id],
    );
    expect(open).toBe(0);
    await t.http().post('/api/auth/login').send({ email: member.account.email, password: member.account.password }).expect(401);
    const enabled = await admin.post(`/api/users/${member.account.id}/enable`).expect(200);
    expect(enabled.body).toMatchObject({ status: 'active' });
    await signIn(t, member.account.email, member.account.password);
  });

  it("lets a system administrator create a kommun's administrator, and nothing else", async () => {
    const system = await signInAs(t, 'system_admin');
    const created = await system
      .post('/api/system/municipality-administrators')
      .send({ municipalityCode: '2584', email: 'hr@kiruna.example', displayName: 'HR Kiruna' })
      .expect(201);
    expect(created.body.user).toMatchObject({ role: 'municipality_admin', status: 'invited', email: 'hr@kiruna.example' });
    await t
      .http()
      .post('/api/auth/accept-invitation')
      .send({ token: tokenOf(created.body as InvitationCreated), password: 'kiruna-admin-lösen' })
      .expect(204);
    const kirunaAdmin = await signIn(t, 'hr@kiruna.example', 'kiruna-admin-lösen');
    expect(kirunaAdmin.user.municipality).toMatchObject({ code: '2584', name: 'Kiruna' });

    await system
      .post('/api/system/municipality-administrators')
      .send({ municipalityCode: '9999', email: 'x@nowhere.example', displayName: 'X' })
      .expect(404);
    await system.get('/api/users').expect(404);
    await admin
      .post('/api/system/municipality-administrators')
      .send({ municipalityCode: '0180', email: 'y@stockholm.example', displayName: 'Y' })
      .expect(404);
  });
});

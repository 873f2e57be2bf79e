import { createAccount, createStaffMember, createTestApp, createUnit, signIn, signInAs, type TestApp } from '@kl/api/testing';
import type { SessionUser } from '@kl/shared/contracts';

describe('sign-in, session and logout', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('signs in with e-mail and password, sets an httpOnly SameSite cookie and answers the session user', async () => {
    const unitId = await createUnit(t);
    const account = await createAccount(t, { role: 'team_leader', unitIds: [unitId] });
    const response = await t
      .http()
      .post('/api/auth/login')
      .send({ email: account.email.toUpperCase(), password: account.password })
      .expect(200);
    const cookie = ([] as string[]).concat(response.headers['set-cookie'] ?? []).find((c) => c.startsWith('kl_session='));
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Lax/);
    // Plain HTTP: the cookie cannot be Secure, or the browser would never send it back.
    expect(cookie).not.toMatch(/Secure/);
    const user = response.body as SessionUser;
    expect(user).toMatchObject({
      userId: account.id,
      email: account.email,
      role: 'team_leader',
      municipality: { code: '0180', name: 'Stockholm' },
      countyCode: null,
      unitIds: [unitId],
      staffMemberId: null,
    });
    expect(user.csrfToken).toMatch(/^[\w-]{40,}$/);
    const idleMinutes = (Date.parse(user.idleExpiresAt) - Date.now()) / 60_000;
    const absoluteHours = (Date.parse(user.absoluteExpiresAt) - Date.now()) / 3_600_000;
    expect(idleMinutes).toBeGreaterThan(29);
    expect(idleMinutes).toBeLessThanOrEqual(30);
    expect(absoluteHours).toBeGreaterThan(11.9);
    expect(absoluteHours).toBeLessThanOrEqual(12);
  });

  it('marks the cookie Secure when the request came over TLS (through a trusted proxy)', async () => {
    const account = await createAccount(t, { role: 'national_analyst' });
    const response = await t
      .http()
      .post('/api/auth/login')
      .set('X-Forwarded-Proto', 'https')
      .send({ email: account.email, password: account.password })
      .expect(200);
    expect(String(response.headers['set-cookie'])).toMatch(/kl_session=[^;]+;.*Secure/);
  });

  it('stores only a SHA-256 of the session token', async () => {
    const staffMemberId = await createStaffMember(t);
    const signedIn = await signInAs(t, 'caseworker', { staffMemberId });
    expect(signedIn.user.staffMemberId).toBe(staffMemberId);
    const token = signedIn.cookie.slice('kl_session='.length);
    const rows: { token_hash: string }[] = await t.owner.query(
      'SELECT token_hash FROM user_session WHERE account_id = $1',
      [signedIn.account.id],
    );
    expect(rows).toHaveLength(1);
    expect(rows[0].token_hash).not.toContain(token);
    const [{ expected }]: { expected: string }[] = await t.owner.query(
      "SELECT encode(sha256(convert_to($1, 'UTF8')), 'hex') AS expected",
      [token],
    );
    expect(rows[0].token_hash).toBe(expected);
  });

  it('gives the same 401 body for an unknown e-mail, a wrong password, an invited and a disabled account', async () => {
    const active = await createAccount(t, { role: 'municipality_admin' });
    const invited = await createAccount(t, { role: 'caseworker', status: 'invited' });
    const disabled = await createAccount(t, { role: 'caseworker', status: 'disabled' });
    const attempts = [
      { email: 'nobody@test.example', password: active.password },
      { email: active.email, password: 'wrong password' },
      { email: invited.email, password: invited.password },
      { email: disabled.email, password: disabled.password },
    ];
    const bodies: unknown[] = [];
    for (const attempt of attempts) {
      const response = await t.http().post('/api/auth/login').send(attempt).expect(401);
      expect(response.headers['set-cookie']).toBeUndefined();
      const { requestId: _requestId, ...body } = response.body as Record<string, unknown>;
      bodies.push(body);
    }
    expect(bodies[0]).toEqual({ statusCode: 401, code: 'INVALID_CREDENTIALS', message: expect.any(String) });
    for (const body of bodies) expect(body).toEqual(bodies[0]);
  });

  it('takes similar time for an unknown e-mail and a wrong password', async () => {
    const time = async (email: string) => {
      const started = process.hrtime.bigint();
      await t
        .http()
        .post('/api/auth/login')
        .set('X-Forwarded-For', '192.0.2.10')
        .send({ email, password: 'not the password' })
        .expect(401);
      return Number(process.hrtime.bigint() - started) / 1e6;
    };
    const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
    const unknown: number[] = [];
    const wrong: number[] = [];
    for (let i = 0; i < 9; i += 1) {
      // A fresh account each round keeps the per-account failure limit out of the measurement.
      const account = await createAccount(t, { role: 'caseworker' });
      unknown.push(await time(`unknown-${i}@test.example`));
      wrong.push(await time(account.email));
    }
    // Both pay one argon2id verification (tens of ms); without the dummy hash an unknown e-mail
    // would answer in about a millisecond (a ratio near 0.02). The bounds leave room for a busy
    // machine and still catch that.
    const ratio = median(unknown) / median(wrong);
    expect(ratio).toBeGreaterThan(0.33);
    expect(ratio).toBeLessThan(3);
  });

  it('rejects a malformed login body with field codes before any credential check', async () => {
    const response = await t.http().post('/api/auth/login').send({ email: 'not-an-email', admin: true }).expect(400);
    expect(response.body).toMatchObject({
      code: 'VALIDATION_FAILED',
      errors: { email: expect.any(String), password: expect.any(String), admin: 'unknown_field' },
    });
  });

  it('answers GET /api/auth/session with the signed-in user, and with nothing without a valid session', async () => {
    const signedIn = await signInAs(t, 'regional_analyst', { countyCode: '12' });
    const session = await signedIn.get('/api/auth/session').expect(200);
    expect(session.body).toMatchObject({ userId: signedIn.account.id, role: 'regional_analyst', countyCode: '12', municipality: null });
    expect(session.body.csrfToken).toBe(signedIn.csrfToken);

    await t.http().get('/api/auth/session').expect(200, '');
    const anonymousWrite = await t.http().post('/api/auth/logout').expect(401);
    expect(anonymousWrite.body).toMatchObject({ statusCode: 401, code: 'UNAUTHENTICATED' });
    await t.http().get('/api/auth/session').set('Cookie', 'kl_session=forged-token').expect(200, '');
  });

  it('logs out this session only, and clears the cookie', async () => {
    const account = await createAccount(t, { role: 'system_admin' });
    const first = await signIn(t, account.email, account.password);
    const second = await signIn(t, account.email, account.password);
    const response = await first.post('/api/auth/logout').expect(204);
    expect(String(response.headers['set-cookie'])).toMatch(/kl_session=;/);
    await first.get('/api/auth/session').expect(200, '');
    await second.get('/api/auth/session').expect(200);
  });

  it('logs out everywhere', async () => {
    const account = await createAccount(t, { role: 'national_analyst' });
    const first = await signIn(t, account.email, account.password);
    const second = await signIn(t, account.email, account.password);
    await first.post('/api/auth/logout-all').expect(204);
    await first.get('/api/auth/session').expect(200, '');
    await second.get('/api/auth/session').expect(200, '');
    await signIn(t, account.email, account.password);
  });

  it('ends a session when the account is disabled', async () => {
    const signedIn = await signInAs(t, 'team_leader');
    await t.owner.query("UPDATE user_account SET status = 'disabled' WHERE id = $1", [signedIn.account.id]);
    await signedIn.get('/api/auth/session').expect(200, '');
  });

  it('ends a session after its idle expiry and after its absolute expiry', async () => {
    const idle = await signInAs(t, 'caseworker');
    const absolute = await signInAs(t, 'caseworker');
    await t.owner.query(
      "UPDATE user_session SET idle_expires_at = now() - interval '1 second' WHERE account_id = $1",
      [idle.account.id],
    );
    await t.owner.query(
      "UPDATE user_session SET absolute_expires_at = now() - interval '1 second' WHERE account_id = $1",
      [absolute.account.id],
    );
    await idle.get('/api/auth/session').expect(200, '');
    await absolute.get('/api/auth/session').expect(200, '');
  });

  it('extends the idle expiry on use, never past the absolute expiry', async () => {
    const signedIn = await signInAs(t, 'caseworker');
    await t.owner.query(
      `UPDATE user_session SET last_seen_at = now() - interval '20 minutes',
              idle_expires_at = now() + interval '10 minutes',
              absolute_expires_at = now() + interval '5 minutes'
       WHERE account_id = $1`,
      [signedIn.account.id],
    );
    const response = await signedIn.get('/api/auth/session').expect(200);
    const body = response.body as SessionUser;
    expect(body.idleExpiresAt).toBe(body.absoluteExpiresAt);

    await t.owner.query(
      `UPDATE user_session SET last_seen_at = now() - interval '20 minutes',
              idle_expires_at = now() + interval '10 minutes',
              absolute_expires_at = now() + interval '5 hours'
       WHERE account_id = $1`,
      [signedIn.account.id],
    );
    const extended = (await signedIn.get('/api/auth/session').expect(200)).body as SessionUser;
    expect((Date.parse(extended.idleExpiresAt) - Date.now()) / 60_000).toBeGreaterThan(29);
  });

  it('changes the own password for any role, keeps this session and ends the others', async () => {
    const account = await createAccount(t, { role: 'national_analyst' });
    const here = await signIn(t, account.email, account.password);
    const elsewhere = await signIn(t, account.email, account.password);
    const short = await here.post('/api/auth/password').send({ currentPassword: account.password, newPassword: 'kort' }).expect(400);
    expect(short.body).toMatchObject({ errors: { newPassword: 'min_length' } });
    const wrong = await here
      .post('/api/auth/password')
      .send({ currentPassword: 'not my password', newPassword: 'ett nytt långt lösenord' })
      .expect(400);
    expect(wrong.body).toMatchObject({ code: 'CURRENT_PASSWORD_WRONG', errors: { currentPassword: 'invalid_value' } });
    await here
      .post('/api/auth/password')
      .send({ currentPassword: account.password, newPassword: 'ett nytt långt lösenord' })
      .expect(204);
    await here.get('/api/auth/session').expect(200);
    await elsewhere.get('/api/auth/session').expect(200, '');
    await t.http().post('/api/auth/login').send({ email: account.email, password: account.password }).expect(401);
    await signIn(t, account.email, 'ett nytt långt lösenord');
  });
});

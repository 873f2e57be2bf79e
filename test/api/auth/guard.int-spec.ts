import { createTestApp, signInAs, type TestApp } from '@kl/api/testing';
import { ROLES } from '@kl/shared/contracts';

describe('the global guard', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('lets anyone reach the public routes', async () => {
    await t.http().get('/api/health').expect(200);
    await t.http().get('/api/counties').expect(200);
    await t.http().get('/api/municipalities').expect(200);
    await t.http().get('/api/municipality-group-classifications').expect(200);
  });

  it('answers 401 UNAUTHENTICATED on a protected route without a session', async () => {
    const response = await t.http().get('/api/users').expect(401);
    expect(response.body).toMatchObject({ statusCode: 401, code: 'UNAUTHENTICATED' });
  });

  it('answers 404 NOT_FOUND to a signed-in role the route does not allow', async () => {
    for (const role of ROLES.filter((r) => r !== 'municipality_admin')) {
      const signedIn = await signInAs(t, role);
      const response = await signedIn.get('/api/users').expect(404);
      expect(response.body).toMatchObject({ statusCode: 404, code: 'NOT_FOUND' });
    }
  });

  it('lets an allowed role through, scoped to its own kommun', async () => {
    const other = await signInAs(t, 'caseworker', { municipalityCode: '1480' });
    const own = await signInAs(t, 'caseworker');
    const admin = await signInAs(t, 'municipality_admin');
    const response = await admin.get('/api/users').expect(200);
    const ids = (response.body as { id: string }[]).map((u) => u.id);
    expect(ids).toEqual(expect.arrayContaining([admin.account.id, own.account.id]));
    expect(ids).not.toContain(other.account.id);
  });

  it('requires the session CSRF token on cookie-authenticated writes', async () => {
    const signedIn = await signInAs(t, 'caseworker');
    const missing = await t.http().post('/api/auth/logout').set('Cookie', signedIn.cookie).expect(403);
    expect(missing.body).toMatchObject({ statusCode: 403, code: 'CSRF_TOKEN_INVALID' });
    await t
      .http()
      .post('/api/auth/logout')
      .set('Cookie', signedIn.cookie)
      .set('X-CSRF-Token', `${signedIn.csrfToken.slice(0, -1)}x`)
      .expect(403);
    const otherSession = await signInAs(t, 'caseworker');
    await t
      .http()
      .post('/api/auth/logout')
      .set('Cookie', signedIn.cookie)
      .set('X-CSRF-Token', otherSession.csrfToken)
      .expect(403);
    await signedIn.get('/api/auth/session').expect(200);
    await signedIn.post('/api/auth/logout').expect(204);
  });
});

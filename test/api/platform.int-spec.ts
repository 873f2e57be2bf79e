import { createStaffMember, createTestApp, signInAs, type TestApp } from '@kl/api/testing';

describe('API platform', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('reports health with a database check', async () => {
    const response = await t.http().get('/api/health').expect(200);
    expect(response.body).toMatchObject({ status: 'ok', info: { database: { status: 'up' } } });
  });

  it('serves the OpenAPI UI and its JSON', async () => {
    const ui = await t.http().get('/api/docs').redirects(1).expect(200);
    expect(ui.text).toContain('swagger-ui');
    const json = await t.http().get('/api/docs-json').expect(200);
    expect(json.body.info.title).toBe('Kompetensläget API');
    expect(Object.keys(json.body.paths)).toEqual(expect.arrayContaining(['/api/health', '/api/municipalities']));
  });

  it('answers an unknown route with the one error body and a request id', async () => {
    const response = await t.http().get('/api/no-such-thing').expect(404);
    expect(response.body).toEqual({
      statusCode: 404,
      code: 'NOT_FOUND',
      message: expect.any(String),
      requestId: response.headers['x-request-id'],
    });
  });

  it('keeps a sane incoming request id and replaces a hostile one', async () => {
    const kept = await t.http().get('/api/health').set('X-Request-Id', 'proxy-123');
    expect(kept.headers['x-request-id']).toBe('proxy-123');
    const replaced = await t.http().get('/api/health').set('X-Request-Id', '<script>');
    expect(replaced.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('rejects unknown query fields with field codes', async () => {
    const response = await t.http().get('/api/municipalities?sort=name').expect(400);
    expect(response.body).toMatchObject({
      statusCode: 400,
      code: 'VALIDATION_FAILED',
      errors: { sort: 'unknown_field' },
    });
  });

  it('answers malformed JSON with 400 and an oversized body with 413, in the same shape', async () => {
    const malformed = await t
      .http()
      .post('/api/health')
      .set('Content-Type', 'application/json')
      .send('{"a":')
      .expect(400);
    expect(malformed.body).toMatchObject({ statusCode: 400, code: 'VALIDATION_FAILED' });
    expect(JSON.stringify(malformed.body)).not.toMatch(/at .*\.js|SyntaxError/);

    const huge = await t
      .http()
      .post('/api/health')
      .set('Content-Type', 'application/json')
      .send(JSON.stringify({ data: 'x'.repeat(1_100_000) }))
      .expect(413);
    expect(huge.body).toMatchObject({ statusCode: 413, code: 'PAYLOAD_TOO_LARGE' });
  });

  it('lets no cache keep an API answer (they carry personal data), errors and anonymous answers included', async () => {
    const admin = await signInAs(t, 'municipality_admin');
    const staff = await createStaffMember(t, { municipalityCode: '0180' });
    for (const response of [
      await admin.get('/api/auth/session'),
      await admin.get('/api/users'),
      await admin.get('/api/staff'),
      await admin.get(`/api/staff/${staff}`),
      await admin.get('/api/staff/00000000-0000-4000-8000-000000000000'),
      await t.http().get('/api/staff'),
      await t.http().post('/api/auth/login').send({ email: 'x@y.se', password: 'x' }),
    ]) {
      expect(response.headers['cache-control']).toBe('no-store');
    }
  });

  it('sends security headers with a strict CSP', async () => {
    const response = await t.http().get('/api/health');
    const csp = response.headers['content-security-policy'];
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toMatch(/script-src[^;]*unsafe/);
    // Workers only: the XLSX export compresses large sheets in a blob: worker; scripts never load from blob:.
    expect(csp).toContain("worker-src 'self' blob:");
    expect(csp).not.toMatch(/script-src[^;]*blob:/);
    expect(csp).toContain("frame-ancestors 'none'");
    // An API answer is never a page: its styles may come from our origin only, with no nonce.
    expect(csp).toContain("style-src 'self';");
    expect(csp).not.toContain('nonce-');
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['x-powered-by']).toBeUndefined();
  });

  it('survives the database dropping every connection, and recovers without a restart', async () => {
    await t.http().get('/api/municipalities').expect(200);
    const admin = await import('typeorm').then(
      ({ DataSource }) => new DataSource({ type: 'postgres', url: t.database.url }),
    );
    await admin.initialize();
    await admin.query(
      `SELECT pg_terminate_backend(pid) FROM pg_stat_activity
       WHERE datname = current_database() AND pid <> pg_backend_pid()`,
    );
    await admin.destroy();

    let status = 0;
    for (let attempt = 0; attempt < 20 && status !== 200; attempt++) {
      const response = await t.http().get('/api/municipalities');
      status = response.status;
      if (status !== 200) {
        expect([503]).toContain(status);
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    }
    expect(status).toBe(200);
  });
});

import { brotliCompressSync, deflateSync, gzipSync } from 'node:zlib';
import { createTestApp, signInAs, type SignedIn, type TestApp } from '@kl/api/testing';
import fc from 'fast-check';
import type { Test } from 'supertest';

/**
 * Hostile request bodies, fuzzed: whatever the body, its encoding or its media type, every route
 * answers below 500 with the one error body and its request id, and never quotes the body back.
 */
describe('hostile requests', () => {
  let t: TestApp;
  let admin: SignedIn;
  let unitId: string;

  beforeAll(async () => {
    t = await createTestApp();
    admin = await signInAs(t, 'municipality_admin');
    unitId = (await admin.post('/api/units').send({ name: 'Fuzz', kind: 'unit', serviceAreaCode: 'barn-och-unga' }).expect(201)).body.id;
  });
  afterAll(() => t.close());

  /** A route, how to reach it, and a body it would accept. */
  interface Route {
    name: string;
    send: () => Test;
    valid: () => Record<string, unknown>;
  }
  const routes: Route[] = [
    { name: 'login', send: () => t.http().post('/api/auth/login'), valid: () => ({ email: 'anna@kommun.se', password: 'secret' }) },
    { name: 'accept-invitation', send: () => t.http().post('/api/auth/accept-invitation'), valid: () => ({ token: 'x'.repeat(43), password: 'a long password' }) },
    {
      name: 'invitation',
      send: () => admin.post('/api/users/invitations'),
      valid: () => ({ email: 'ny@kommun.se', displayName: 'Ny Person', role: 'caseworker' }),
    },
    { name: 'unit', send: () => admin.post('/api/units'), valid: () => ({ name: 'Enhet', kind: 'unit', serviceAreaCode: 'barn-och-unga' }) },
    {
      name: 'staff',
      send: () => admin.post('/api/staff'),
      valid: () => ({
        employeeNumber: 'H1', firstName: 'Hanna', lastName: 'Ek', unitId, role: 'caseworker', gender: 'woman', fte: 1,
        employmentType: 'permanent', employmentStart: '2020-01-01', experienceStart: '2020-01-01', degree: 'social_work',
      }),
    },
    {
      name: 'course',
      send: () => admin.post('/api/courses'),
      valid: () => ({
        title: 'Kurs',
        type: 'one_day_course',
        provider: 'internal',
        costPerParticipant: '1000',
        topics: [{ topicCode: 'SA01', level: 'basic' }],
        targetGroup: { role: null, degree: 'any', experience: 'any' },
      }),
    },
    { name: 'grant', send: () => admin.post('/api/grants'), valid: () => ({ name: 'Bidrag', year: 2027, granted: '1000' }) },
  ];
  const route = fc.constantFrom(...routes);
  /** Put into every body, so that an answer that quotes the body is caught. */
  const MARKER = 'zq-echo-marker-7f3a';

  const expectCleanRefusal = (response: { status: number; body: Record<string, unknown>; text: string; headers: Record<string, string> }, statuses: number[]) => {
    expect(statuses).toContain(response.status);
    expect(response.body).toMatchObject({ statusCode: response.status, code: expect.any(String), message: expect.any(String) });
    expect(response.body['requestId']).toBe(response.headers['x-request-id']);
    expect(response.body['requestId']).toEqual(expect.any(String));
    expect(response.text).not.toContain(MARKER);
    expect(response.text).not.toMatch(/SyntaxError|Unexpected token|at [A-Za-z]+ \(|zlib|incorrect header/i);
  };

  /** supertest would send a Buffer as JSON text of its bytes. */
  const raw = (body: unknown) => body as string;

  const nestedJson = (depth: number, kind: 'array' | 'object') =>
    kind === 'array' ? `${'['.repeat(depth)}"${MARKER}"${']'.repeat(depth)}` : `${'{"a":'.repeat(depth)}"${MARKER}"${'}'.repeat(depth)}`;

  it('answers deeply nested JSON with 400 before validation, in any field or as the whole body', async () => {
    await fc.assert(
      fc.asyncProperty(route, fc.integer({ min: 17, max: 100_000 }), fc.constantFrom('array', 'object') as fc.Arbitrary<'array' | 'object'>, fc.boolean(), async (r, depth, kind, inField) => {
        const nested = nestedJson(depth, kind);
        const body = inField ? JSON.stringify(r.valid()).replace(/}$/, `,"email":${nested}}`) : nested;
        expectCleanRefusal(await r.send().set('Content-Type', 'application/json').send(body), [400]);
      }),
      { numRuns: 25 },
    );
  });

  it('answers a broken, unknown or lying Content-Encoding with 400 or 415', async () => {
    const compress: Record<string, (data: Buffer) => Buffer> = { gzip: gzipSync, deflate: deflateSync, br: brotliCompressSync };
    await fc.assert(
      fc.asyncProperty(
        route,
        fc.constantFrom('gzip', 'deflate', 'br', 'x-gzip', 'compress', 'gzip, gzip', 'zstd', '\tgzip'),
        fc.oneof(
          fc.uint8Array({ maxLength: 200 }).map((bytes) => Buffer.concat([Buffer.from(MARKER), Buffer.from(bytes)])),
          fc.integer({ min: 1, max: 30 }).map((cut) => gzipSync(JSON.stringify({ email: MARKER })).subarray(0, cut)),
        ),
        fc.boolean(),
        async (r, encoding, garbage, compressedRightButCut) => {
          const payload = compressedRightButCut && compress[encoding]
            ? compress[encoding](Buffer.from(JSON.stringify({ ...r.valid(), note: MARKER }))).subarray(0, 12)
            : garbage;
          const response = await r.send().set('Content-Type', 'application/json').set('Content-Encoding', encoding).serialize(raw).send(payload);
          expectCleanRefusal(response, [400, 415]);
        },
      ),
      { numRuns: 40 },
    );
  });

  it('takes a correctly compressed body like a plain one', async () => {
    const body = Buffer.from(JSON.stringify({ email: 'nobody@kommun.se', password: 'wrong' }));
    for (const [encoding, compress] of [['gzip', gzipSync], ['deflate', deflateSync], ['br', brotliCompressSync]] as const) {
      const response = await t.http().post('/api/auth/login').set('Content-Type', 'application/json').set('Content-Encoding', encoding).serialize(raw).send(compress(body));
      expect(response.status).toBe(401);
    }
  });

  it('answers a decompression bomb with 413', async () => {
    const bomb = gzipSync(Buffer.from(JSON.stringify({ email: 'a@b.se', password: 'x'.repeat(5_000_000) })));
    expect(bomb.length).toBeLessThan(20_000);
    const response = await routes[0].send().set('Content-Type', 'application/json').set('Content-Encoding', 'gzip').serialize(raw).send(bomb);
    expectCleanRefusal(response, [413]);
  });

  it('answers a lone surrogate in any text field with 400 invalid_format', async () => {
    const surrogate = fc.constantFrom('\ud800', '\udbff', '\udc00', '\udfff');
    await fc.assert(
      fc.asyncProperty(route, surrogate, fc.nat(), fc.string({ maxLength: 5 }), async (r, lone, pick, around) => {
        const body = r.valid();
        const textFields = Object.keys(body).filter((key) => typeof body[key] === 'string');
        const field = textFields[pick % textFields.length];
        const response = await r.send().send({ ...body, [field]: `${around}${lone}${around}` });
        expectCleanRefusal(response, [400]);
        expect(response.body['errors']).toEqual({ [field]: 'invalid_format' });
      }),
      { numRuns: 30 },
    );
  });

  it('answers __proto__, constructor and prototype keys anywhere as unknown fields', async () => {
    const withKey = (valid: Record<string, unknown>, key: string, depth: number) => {
      const value = `{"isAdmin":true,"note":"${MARKER}"}`;
      const field = depth === 0 ? `"${key}":${value}` : `"extra":${'{"x":'.repeat(depth - 1)}{"${key}":${value}}${'}'.repeat(depth - 1)}`;
      return { json: `${JSON.stringify(valid).slice(0, -1)},${field}}`, path: depth === 0 ? key : `extra.${'x.'.repeat(depth - 1)}${key}` };
    };
    await fc.assert(
      fc.asyncProperty(route, fc.constantFrom('__proto__', 'constructor', 'prototype'), fc.integer({ min: 0, max: 3 }), async (r, key, depth) => {
        const { json, path } = withKey(r.valid(), key, depth);
        const response = await r.send().set('Content-Type', 'application/json').send(json);
        expectCleanRefusal(response, [400]);
        expect(Object.entries(response.body['errors'] as object)).toContainEqual([path, 'unknown_field']);
      }),
      { numRuns: 30 },
    );
  });

  it('answers any body that is not JSON, or not an object, with 415 or 400', async () => {
    await fc.assert(
      fc.asyncProperty(
        route,
        fc.constantFrom('application/x-www-form-urlencoded', 'text/plain', 'multipart/form-data; boundary=x', 'application/xml', 'application/json; charset=latin1', 'application/json; charset=utf-7'),
        async (r, type) => {
          const response = await r.send().set('Content-Type', type).send(`email=${MARKER}&password=x`);
          // A UTF-7 body passes the charset check and then fails to parse: 400.
          expectCleanRefusal(response, [400, 415]);
        },
      ),
      { numRuns: 15 },
    );
    for (const body of ['null', '[]', `"${MARKER}"`, '12', 'true', `{"email":"${MARKER}"`, `{"email":"${MARKER}",}`]) {
      expectCleanRefusal(await routes[0].send().set('Content-Type', 'application/json').send(body), [400]);
    }
  });

  it('does not quote the path or a bad escape in it', async () => {
    expectCleanRefusal(await admin.get(`/api/staff/%E0%A4%A${MARKER}`), [400]);
    expectCleanRefusal(await admin.get(`/api/${MARKER}`), [404]);
  });

  it('signs nobody in with a form post (login CSRF)', async () => {
    const account = await signInAs(t, 'caseworker');
    const response = await t
      .http()
      .post('/api/auth/login')
      .type('form')
      .send({ email: account.account.email, password: account.account.password });
    expect(response.status).toBe(415);
    expect(response.headers['set-cookie']).toBeUndefined();
  });
});

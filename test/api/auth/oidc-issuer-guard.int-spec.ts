import { createServer, type Server } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { createTestApp, signInAs, type SignedIn, type TestApp } from '@kl/api/testing';

/** A local HTTP server that counts the connections made to it, answering each request with `answer`. */
async function localServer(answer: 'not-oidc' | 'hang' | 'wrong-issuer'): Promise<{ server: Server; url: string; connections: () => number; close: () => Promise<void> }> {
  let connections = 0;
  const sockets = new Set<Socket>();
  const server = createServer((request, response) => {
    if (answer === 'hang') return;
    if (answer === 'wrong-issuer') {
      response.setHeader('Content-Type', 'application/json');
      response.end(JSON.stringify({ issuer: 'https://someone-else.example', authorization_endpoint: 'https://x/a', token_endpoint: 'https://x/t', jwks_uri: 'https://x/j' }));
      return;
    }
    response.end(`<html>admin console ${request.url}</html>`);
  });
  server.on('connection', (socket) => {
    connections += 1;
    sockets.add(socket);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const close = () =>
    new Promise<void>((resolve) => {
      for (const socket of sockets) socket.destroy();
      server.close(() => resolve());
    });
  return { server, url, connections: () => connections, close };
}

/** A port nothing listens on. */
async function closedPort(): Promise<string> {
  const { url, close } = await localServer('not-oidc');
  await close();
  return url;
}

const settings = (issuer: string) => ({ issuer, clientId: 'kl', clientSecret: 'secret', enabled: true });

describe('identity provider settings cannot reach inside (default configuration)', () => {
  let t: TestApp;
  let admin: SignedIn;
  beforeAll(async () => {
    t = await createTestApp();
    admin = await signInAs(t, 'municipality_admin', { municipalityCode: '0180' });
  });
  afterAll(() => t.close());

  it('refuses http issuers and issuers at internal addresses when saved, without contacting them', async () => {
    const inside = await localServer('not-oidc');
    const port = new URL(inside.url).port;
    try {
      for (const issuer of [
        inside.url,
        `https://127.0.0.1:${port}`,
        `https://localhost:${port}/realms/x`,
        `https://[::1]:${port}`,
        'https://169.254.169.254/latest/meta-data',
        'https://10.0.0.5',
        'https://192.168.1.1',
        'https://2130706433',
      ]) {
        const response = await admin.put('/api/identity-provider').send(settings(issuer)).expect(400);
        // A few spellings are not URLs to the validator at all.
        expect(response.body).toMatchObject({ code: 'VALIDATION_FAILED', errors: { issuer: expect.stringMatching(/^(not_allowed|invalid_format)$/) } });
      }
      expect(inside.connections()).toBe(0);
      await admin.get('/api/identity-provider').expect(200, '');
    } finally {
      await inside.close();
    }
  });

  it('answers an anonymous sign-in start with one 502 whatever is behind a stored internal issuer, and calls none of them', async () => {
    const open = await localServer('not-oidc');
    try {
      const bodies: unknown[] = [];
      for (const issuer of [open.url, await closedPort(), `https://localhost:${new URL(open.url).port}`]) {
        await t.owner.query(
          `INSERT INTO municipality_identity_provider (municipality_id, issuer, client_id, client_secret, enabled)
           VALUES ((SELECT id FROM municipality WHERE code = '0180'), $1, 'kl', 'secret', true)
           ON CONFLICT (municipality_id) DO UPDATE SET issuer = EXCLUDED.issuer`,
          [issuer],
        );
        const response = await t.http().get('/api/auth/oidc/0180').expect(502);
        const { requestId, ...body } = response.body;
        expect(requestId).toEqual(expect.any(String));
        bodies.push(body);
      }
      expect(bodies[0]).toMatchObject({ statusCode: 502, code: 'IDENTITY_PROVIDER_UNAVAILABLE' });
      expect(new Set(bodies.map((body) => JSON.stringify(body))).size).toBe(1);
      expect(open.connections()).toBe(0);
    } finally {
      await open.close();
    }
  });
});

describe('identity provider failures are the provider\'s (internal issuers allowed, as in development)', () => {
  let t: TestApp;
  let admin: SignedIn;
  beforeAll(async () => {
    t = await createTestApp({ env: { OIDC_ALLOW_INTERNAL_ISSUERS: 'true' } });
    admin = await signInAs(t, 'municipality_admin', { municipalityCode: '0180' });
  });
  afterAll(() => t.close());

  it('answers 502 IDENTITY_PROVIDER_UNAVAILABLE, never 503 or 500, when discovery fails on save, and saves nothing', async () => {
    const notOidc = await localServer('not-oidc');
    const wrongIssuer = await localServer('wrong-issuer');
    const hanging = await localServer('hang');
    try {
      for (const issuer of [await closedPort(), notOidc.url, wrongIssuer.url, hanging.url]) {
        const started = Date.now();
        const response = await admin.put('/api/identity-provider').send(settings(issuer));
        expect(response.status).toBe(502);
        expect(response.body).toMatchObject({ statusCode: 502, code: 'IDENTITY_PROVIDER_UNAVAILABLE', requestId: expect.any(String) });
        expect(Date.now() - started).toBeLessThan(7_000);
      }
      await admin.get('/api/identity-provider').expect(200, '');
    } finally {
      await Promise.all([notOidc.close(), wrongIssuer.close(), hanging.close()]);
    }
  }, 30_000);

  it('answers an anonymous start against a provider that went away with 502', async () => {
    await t.owner.query(
      `INSERT INTO municipality_identity_provider (municipality_id, issuer, client_id, client_secret, enabled)
       VALUES ((SELECT id FROM municipality WHERE code = '0180'), $1, 'kl', 'secret', true)
       ON CONFLICT (municipality_id) DO UPDATE SET issuer = EXCLUDED.issuer`,
      [await closedPort()],
    );
    const response = await t.http().get('/api/auth/oidc/0180').expect(502);
    expect(response.body).toMatchObject({ code: 'IDENTITY_PROVIDER_UNAVAILABLE' });
  });
});

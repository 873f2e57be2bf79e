import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createAccount, createTestApp, signInAs, type TestApp } from '@kl/api/testing';
import type { SessionUser } from '@kl/shared/contracts';
import { Provider } from 'oidc-provider';

const APP_URL = 'http://kompetens.test';
const CLIENT = { client_id: 'kompetenslaget', client_secret: 'a-client-secret-for-tests' };

/** A minimal browser for the provider's pages: follows redirects by hand, keeps its cookies. */
class ProviderBrowser {
  private readonly cookies = new Map<string, string>();

  async request(url: string, form?: Record<string, string>): Promise<{ status: number; location?: string; text: string }> {
    const response = await fetch(url, {
      method: form ? 'POST' : 'GET',
      redirect: 'manual',
      headers: {
        cookie: [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; '),
        ...(form ? { 'content-type': 'application/x-www-form-urlencoded' } : {}),
      },
      body: form ? new URLSearchParams(form).toString() : undefined,
    });
    for (const cookie of response.headers.getSetCookie()) {
      const [pair] = cookie.split(';');
      const index = pair.indexOf('=');
      this.cookies.set(pair.slice(0, index), pair.slice(index + 1));
    }
    const location = response.headers.get('location') ?? undefined;
    return { status: response.status, location: location ? new URL(location, url).toString() : undefined, text: await response.text() };
  }

  /** Signs in at the provider as `login` and consents; answers where the provider sends the browser back. */
  async signIn(authorizationUrl: string, login: string): Promise<string> {
    let url = authorizationUrl;
    let form: Record<string, string> | undefined;
    for (let step = 0; step < 12; step += 1) {
      const page = await this.request(url, form);
      form = undefined;
      if (page.location) {
        if (page.location.startsWith(APP_URL)) return page.location;
        url = page.location;
        continue;
      }
      if (page.text.includes('name="prompt" value="login"')) {
        form = { prompt: 'login', login, password: 'any password' };
      } else if (page.text.includes('name="prompt" value="consent"')) {
        form = { prompt: 'consent' };
      } else {
        throw new Error(`Unexpected provider page (${page.status}): ${page.text.slice(0, 300)}`);
      }
    }
    throw new Error('The provider never sent the browser back');
  }
}

describe('single sign-on with a real OpenID provider', () => {
  let t: TestApp;
  let idp: Server;
  let issuer: string;

  beforeAll(async () => {
    idp = createServer();
    await new Promise<void>((resolve) => idp.listen(0, '127.0.0.1', resolve));
    issuer = `http://127.0.0.1:${(idp.address() as AddressInfo).port}`;
    // The provider warns that its in-memory store and dev interactions are for development: they are.
    const warn = jest.spyOn(console, 'warn').mockImplementation(() => undefined);
    const provider = new Provider(issuer, {
      clients: [{ ...CLIENT, redirect_uris: [`${APP_URL}/api/auth/oidc/0180/callback`], response_types: ['code'], grant_types: ['authorization_code'] }],
      claims: { openid: ['sub'], email: ['email', 'email_verified'], profile: ['name'] },
      // Every login the dev interaction accepts is an e-mail address; the provider vouches for it.
      findAccount: (_ctx: unknown, sub: string) => ({
        accountId: sub,
        claims: () => ({ sub, email: sub, email_verified: true, name: sub }),
      }),
      features: { devInteractions: { enabled: true } },
      pkce: { required: () => true, methods: ['S256'] },
      cookies: { keys: ['oidc-test-cookie-key'] },
    });
    warn.mockRestore();
    idp.on('request', provider.callback());
    t = await createTestApp({ env: { PUBLIC_URL: APP_URL, OIDC_ALLOW_INTERNAL_ISSUERS: 'true' } });
  });
  afterAll(async () => {
    await t.close();
    await new Promise((resolve) => idp.close(resolve));
  });

  it("lets an administrator configure the kommun's provider, and never reads the secret back", async () => {
    const admin = await signInAs(t, 'municipality_admin', { municipalityCode: '0180' });
    await admin.get('/api/identity-provider').expect(200, '');
    expect((await t.http().get('/api/auth/sso-municipalities').expect(200)).body).toEqual([]);
    const saved = await admin
      .put('/api/identity-provider')
      .send({ issuer, clientId: CLIENT.client_id, clientSecret: CLIENT.client_secret, enabled: true })
      .expect(200);
    expect(saved.body).toEqual({
      issuer,
      clientId: CLIENT.client_id,
      enabled: true,
      redirectUri: `${APP_URL}/api/auth/oidc/0180/callback`,
    });
    expect(JSON.stringify((await admin.get('/api/identity-provider').expect(200)).body)).not.toContain(CLIENT.client_secret);
    const offered = await t.http().get('/api/auth/sso-municipalities').expect(200);
    expect(offered.body).toEqual([{ code: '0180', name: 'Stockholm' }]);
    // Another kommun's administrator does not see it.
    const other = await signInAs(t, 'municipality_admin', { municipalityCode: '1480' });
    await other.get('/api/identity-provider').expect(200, '');
  });

  it('signs in end to end through the provider (code flow, PKCE, state, nonce) as the matching account', async () => {
    const account = await createAccount(t, { role: 'team_leader', municipalityCode: '0180', email: 'sso.user@stockholm.example' });
    const start = await t.http().get('/api/auth/oidc/0180').expect(302);
    const authorizationUrl = start.headers['location'] as string;
    expect(authorizationUrl.startsWith(`${issuer}/auth?`)).toBe(true);
    expect(new URL(authorizationUrl).searchParams.get('code_challenge_method')).toBe('S256');
    const flowCookie = ([] as string[]).concat(start.headers['set-cookie'] ?? []).find((c) => c.startsWith('kl_oidc='));
    expect(flowCookie).toMatch(/HttpOnly/);

    const back = new URL(await new ProviderBrowser().signIn(authorizationUrl, 'SSO.User@stockholm.example'));
    const callback = await t
      .http()
      .get(`${back.pathname}${back.search}`)
      .set('Cookie', (flowCookie as string).split(';')[0])
      .expect(302);
    expect(callback.headers['location']).toBe('/');
    const session = ([] as string[]).concat(callback.headers['set-cookie'] ?? []).find((c) => c.startsWith('kl_session='));
    expect(session).toBeDefined();
    const user = (await t.http().get('/api/auth/session').set('Cookie', (session as string).split(';')[0]).expect(200)).body as SessionUser;
    expect(user).toMatchObject({ userId: account.id, role: 'team_leader', municipality: { code: '0180' } });
  });

  it('refuses a provider identity with no account in that kommun, and a callback without the flow cookie', async () => {
    await createAccount(t, { role: 'caseworker', municipalityCode: '1480', email: 'elsewhere@goteborg.example' });
    const start = await t.http().get('/api/auth/oidc/0180').expect(302);
    const flowCookie = ([] as string[]).concat(start.headers['set-cookie'] ?? []).find((c) => c.startsWith('kl_oidc=')) as string;
    const back = new URL(await new ProviderBrowser().signIn(start.headers['location'] as string, 'elsewhere@goteborg.example'));
    const refused = await t.http().get(`${back.pathname}${back.search}`).set('Cookie', flowCookie.split(';')[0]).expect(302);
    expect(refused.headers['location']).toBe('/logga-in?sso=misslyckades');
    expect(String(refused.headers['set-cookie'] ?? '')).not.toContain('kl_session=');

    const second = await t.http().get('/api/auth/oidc/0180').expect(302);
    const returned = new URL(await new ProviderBrowser().signIn(second.headers['location'] as string, 'sso.user@stockholm.example'));
    const forged = await t.http().get(`${returned.pathname}${returned.search}`).expect(302);
    expect(forged.headers['location']).toBe('/logga-in?sso=misslyckades');
  });

  it('answers 404 for a kommun without a provider and 400 for a malformed kommunkod', async () => {
    await t.http().get('/api/auth/oidc/2584').expect(404);
    await t.http().get('/api/auth/oidc/12ab').expect(400);
  });
});

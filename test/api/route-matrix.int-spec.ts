import { createAccount, createTestApp, signInAs, type SignedIn, type TestApp } from '@kl/api/testing';
import { ROLES, type Role } from '@kl/shared/contracts';
import type { Test } from 'supertest';

/**
 * The route matrix: every route the running app's router holds × every role (and no session),
 * in the caller's own kommun and in another. A route without a rule fails the test, so a new
 * endpoint cannot ship without saying who may call it.
 */

type Caller = Role | 'anonymous';
const CALLERS: readonly Caller[] = ['anonymous', ...ROLES];
type Method = 'get' | 'post' | 'put' | 'patch' | 'delete';

/** Ids the cases fill into paths: accounts in the callers' own kommun (A) and in another (B). */
interface Fixtures {
  userInOwnKommun: string;
  userInOtherKommun: string;
}

interface Case {
  label: string;
  path: (f: Fixtures) => string;
  body?: object;
  /** Expected status per caller. */
  expected: Record<Caller, number | number[]>;
  /** Call with a session of its own (the route ends sessions). */
  freshSession?: boolean;
}

type Rule = { kind: 'middleware'; reason: string } | { kind: 'endpoint'; cases: Case[] };

/** Anyone, signed in or not, gets `status`. */
const everyone = (status: number | number[]): Record<Caller, number | number[]> =>
  Object.fromEntries(CALLERS.map((c) => [c, status])) as Record<Caller, number | number[]>;

/** Any signed-in role gets `status`; no session gets 401. */
const signedIn = (status: number): Record<Caller, number | number[]> => ({ ...everyone(status), anonymous: 401 });

/** The listed roles get `status`; every other role 404 (existence not disclosed); no session 401. */
const only = (roles: readonly Role[], status: number): Record<Caller, number | number[]> =>
  Object.fromEntries(CALLERS.map((c) => [c, c === 'anonymous' ? 401 : roles.includes(c) ? status : 404])) as Record<
    Caller,
    number | number[]
  >;

const endpoint = (...cases: Case[]): Rule => ({ kind: 'endpoint', cases });
const simple = (path: string, expected: Record<Caller, number | number[]>, body?: object): Rule =>
  endpoint({ label: path, path: () => path, expected, body });

const ADMIN = ['municipality_admin'] as const;
const docs = (path: string) => simple(path, everyone([200, 301, 302]));

/** Route → who may call it and what each caller gets. Keys: `METHOD /path` as the router has them. */
const RULES: Record<string, Rule> = {
  // Request logging (nestjs-pino) is mounted with all(): middleware, not an endpoint.
  'ALL /api': { kind: 'middleware', reason: 'request logging middleware' },
  'ALL /api/{*path}': { kind: 'middleware', reason: 'request logging middleware' },

  // OpenAPI documentation: public, served outside Nest's routing.
  'GET /api/docs': docs('/api/docs'),
  'GET /api/docs/': docs('/api/docs/'),
  'GET /api/docs/index.html': docs('/api/docs/index.html'),
  'GET /api/docs/swagger-ui-init.js': docs('/api/docs/swagger-ui-init.js'),
  'GET /api/docs/docs/swagger-ui-init.js': docs('/api/docs/docs/swagger-ui-init.js'),
  // Registered by @nestjs/swagger; this swagger-ui-dist ships no LICENSE file, so it answers 404.
  'GET /api/docs/LICENSE': simple('/api/docs/LICENSE', everyone([200, 404])),
  'GET /api/docs-json': docs('/api/docs-json'),
  'GET /api/docs-yaml': docs('/api/docs-yaml'),

  // Health and the public register of län and kommuner.
  'GET /api/health': simple('/api/health', everyone(200)),
  'GET /api/counties': simple('/api/counties', everyone(200)),
  'GET /api/municipalities': simple('/api/municipalities', everyone(200)),
  'GET /api/municipality-group-classifications': simple('/api/municipality-group-classifications', everyone(200)),

  // Sign-in and session.
  'POST /api/auth/login': simple('/api/auth/login', everyone(400), {}),
  'POST /api/auth/accept-invitation': simple('/api/auth/accept-invitation', everyone(400), {}),
  'GET /api/auth/session': simple('/api/auth/session', signedIn(200)),
  'POST /api/auth/password': simple('/api/auth/password', signedIn(400), {}),
  'POST /api/auth/logout': endpoint({ label: 'logout', path: () => '/api/auth/logout', expected: signedIn(204), freshSession: true }),
  'POST /api/auth/logout-all': endpoint({
    label: 'logout everywhere',
    path: () => '/api/auth/logout-all',
    expected: signedIn(204),
    freshSession: true,
  }),

  // Single sign-on: public start and callback (2584 has no provider; a callback without the flow
  // cookie goes back to the login page); the settings are the kommun administrator's.
  'GET /api/auth/sso-municipalities': simple('/api/auth/sso-municipalities', everyone(200)),
  'GET /api/auth/oidc/:municipalityCode': simple('/api/auth/oidc/2584', everyone(404)),
  'GET /api/auth/oidc/:municipalityCode/callback': simple('/api/auth/oidc/0180/callback?code=x&state=y', everyone(302)),
  'GET /api/identity-provider': simple('/api/identity-provider', only(ADMIN, 200)),
  'PUT /api/identity-provider': simple('/api/identity-provider', only(ADMIN, 400), {}),

  // User administration: kommun administrators, own kommun only.
  'GET /api/users': simple('/api/users', only(ADMIN, 200)),
  'POST /api/users/invitations': simple('/api/users/invitations', only(ADMIN, 400), {}),
  'GET /api/users/:id': endpoint(
    { label: 'own kommun', path: (f) => `/api/users/${f.userInOwnKommun}`, expected: only(ADMIN, 200) },
    { label: 'other kommun', path: (f) => `/api/users/${f.userInOtherKommun}`, expected: only(ADMIN, 404) },
  ),
  'PATCH /api/users/:id': endpoint(
    // An empty body reaches validation only when the caller is allowed.
    { label: 'own kommun', path: (f) => `/api/users/${f.userInOwnKommun}`, body: {}, expected: only(ADMIN, 400) },
    {
      label: 'other kommun',
      path: (f) => `/api/users/${f.userInOtherKommun}`,
      body: { rowVersion: 1, displayName: 'Matrix' },
      expected: only(ADMIN, 404),
    },
  ),
  'POST /api/users/:id/disable': endpoint(
    { label: 'own kommun', path: (f) => `/api/users/${f.userInOwnKommun}/disable`, expected: only(ADMIN, 200) },
    { label: 'other kommun', path: (f) => `/api/users/${f.userInOtherKommun}/disable`, expected: only(ADMIN, 404) },
  ),
  'POST /api/users/:id/enable': endpoint(
    { label: 'own kommun', path: (f) => `/api/users/${f.userInOwnKommun}/enable`, expected: only(ADMIN, 200) },
    { label: 'other kommun', path: (f) => `/api/users/${f.userInOtherKommun}/enable`, expected: only(ADMIN, 404) },
  ),

  // The system administrator: kommuner's administrator accounts only.
  'POST /api/system/municipality-administrators': simple(
    '/api/system/municipality-administrators',
    only(['system_admin'], 400),
    {},
  ),
};

interface RouterLayer {
  route?: { path: string; methods: Record<string, boolean> };
}

/** Every route of the running app's Express router, as `METHOD /path` (all() routes as `ALL`). */
function routesOf(t: TestApp): string[] {
  const express = t.app.getHttpAdapter().getInstance() as { router?: { stack: RouterLayer[] } };
  const keys = new Set<string>();
  for (const layer of express.router?.stack ?? []) {
    if (!layer.route) continue;
    const methods = Object.keys(layer.route.methods).filter((m) => m !== '_all');
    if (layer.route.methods['_all'] || methods.length > 20) {
      keys.add(`ALL ${layer.route.path}`);
    } else {
      for (const method of methods) keys.add(`${method.toUpperCase()} ${layer.route.path}`);
    }
  }
  return [...keys].sort();
}

describe('route matrix', () => {
  let t: TestApp;
  let fixtures: Fixtures;
  const sessions = new Map<Role, SignedIn>();

  const ownKommun = (role: Role) =>
    ['caseworker', 'team_leader', 'municipality_admin'].includes(role) ? { municipalityCode: '0180' } : {};

  beforeAll(async () => {
    t = await createTestApp();
    for (const role of ROLES) {
      sessions.set(role, await signInAs(t, role, ownKommun(role)));
    }
    await t.owner.query(
      `INSERT INTO municipality_identity_provider (municipality_id, issuer, client_id, client_secret)
       SELECT id, 'https://idp.stockholm.example', 'kompetenslaget', 'secret' FROM municipality WHERE code = '0180'`,
    );
    fixtures = {
      userInOwnKommun: (await createAccount(t, { role: 'caseworker', municipalityCode: '0180' })).id,
      userInOtherKommun: (await createAccount(t, { role: 'caseworker', municipalityCode: '1480' })).id,
    };
  });
  afterAll(() => t.close());

  it('has a rule for every route of the router, and no rule for a route that does not exist', () => {
    const routes = routesOf(t);
    expect(routes.length).toBeGreaterThan(20);
    expect(routes.filter((route) => !(route in RULES))).toEqual([]);
    expect(Object.keys(RULES).filter((key) => !routes.includes(key))).toEqual([]);
  });

  const callAs = async (caller: Caller, method: Method, path: string, body: object | undefined, fresh: boolean) => {
    let test: Test;
    if (caller === 'anonymous') {
      test = t.http()[method](path);
    } else {
      const session = fresh ? await signInAs(t, caller, ownKommun(caller)) : (sessions.get(caller) as SignedIn);
      test = session[method](path);
    }
    return body === undefined ? test : test.send(body);
  };

  it('answers every caller on every route as its rule says', async () => {
    const mismatches: string[] = [];
    let calls = 0;
    for (const route of routesOf(t)) {
      const rule = RULES[route];
      if (!rule || rule.kind === 'middleware') continue;
      const method = route.split(' ')[0].toLowerCase() as Method;
      for (const c of rule.cases) {
        for (const caller of CALLERS) {
          const path = c.path(fixtures);
          const response = await callAs(caller, method, path, c.body, c.freshSession === true);
          calls += 1;
          const expected = ([] as number[]).concat(c.expected[caller]);
          if (!expected.includes(response.status)) {
            mismatches.push(`${route} [${c.label}] as ${caller}: ${response.status}, expected ${expected.join('|')}`);
          }
          if (response.status === 401 || response.status === 404) {
            // Denials never disclose anything beyond the code.
            const extra = Object.keys(response.body as object).filter(
              (key) => !['statusCode', 'code', 'message', 'requestId'].includes(key),
            );
            expect({ route, extra }).toEqual({ route, extra: [] });
          }
        }
      }
    }
    expect(mismatches).toEqual([]);
    expect(calls).toBeGreaterThan(150);
  });

  it("left the other kommun's account untouched", async () => {
    const [row]: { display_name: string; status: string; row_version: number }[] = await t.owner.query(
      'SELECT display_name, status, row_version FROM user_account WHERE id = $1',
      [fixtures.userInOtherKommun],
    );
    expect(row).toMatchObject({ status: 'active', row_version: 1 });
    expect(row.display_name).not.toBe('Matrix');
  });
});

import { randomBytes } from 'node:crypto';
import { hashPassword } from '@kl/api/auth';
import { CSRF_HEADER, MUNICIPALITY_ROLES, type AccountStatus, type Role, type SessionUser } from '@kl/shared/contracts';
import type { Test } from 'supertest';
import type { TestApp } from './test-app';

/** The kommun and län test accounts belong to unless told otherwise (Stockholm, Stockholms län). */
export const DEFAULT_TEST_MUNICIPALITY_CODE = '0180';
export const DEFAULT_TEST_COUNTY_CODE = '01';

export interface CreateAccountOptions {
  role: Role;
  /** Kommunkod; defaults to {@link DEFAULT_TEST_MUNICIPALITY_CODE} for the kommun roles. */
  municipalityCode?: string;
  /** Län code; defaults to {@link DEFAULT_TEST_COUNTY_CODE} for a regional analyst. */
  countyCode?: string;
  unitIds?: string[];
  staffMemberId?: string;
  status?: AccountStatus;
  email?: string;
  password?: string;
  displayName?: string;
}

export interface CreatedAccount {
  id: string;
  email: string;
  password: string;
}

/** Writes a real account row with a real argon2id hash, straight into the test database. */
export async function createAccount(testApp: Pick<TestApp, 'owner'>, options: CreateAccountOptions): Promise<CreatedAccount> {
  const suffix = randomBytes(4).toString('hex');
  const email = (options.email ?? `${options.role.replace('_', '-')}-${suffix}@test.example`).toLowerCase();
  const password = options.password ?? `pw-${randomBytes(12).toString('base64url')}`;
  const inKommun = (MUNICIPALITY_ROLES as readonly Role[]).includes(options.role);
  const municipalityCode = inKommun ? (options.municipalityCode ?? DEFAULT_TEST_MUNICIPALITY_CODE) : null;
  const countyCode =
    options.role === 'regional_analyst' ? (options.countyCode ?? DEFAULT_TEST_COUNTY_CODE) : null;
  const rows: { id: string }[] = await testApp.owner.query(
    `INSERT INTO user_account
       (email, password_hash, display_name, role, municipality_id, county_code, staff_member_id, status)
     VALUES ($1, $2, $3, $4, (SELECT id FROM municipality WHERE code = $5), $6, $7, $8)
     RETURNING id`,
    [
      email,
      await hashPassword(password),
      options.displayName ?? `Test ${options.role} ${suffix}`,
      options.role,
      municipalityCode,
      countyCode,
      options.staffMemberId ?? null,
      options.status ?? 'active',
    ],
  );
  const id = rows[0].id;
  for (const unitId of options.unitIds ?? []) {
    await testApp.owner.query('INSERT INTO user_account_unit (account_id, unit_id) VALUES ($1, $2)', [
      id,
      unitId,
    ]);
  }
  return { id, email, password };
}

/** A signed-in client: every request carries the session cookie, and writes the CSRF token. */
export interface SignedIn {
  user: SessionUser;
  /** The `Cookie` header value (`kl_session=…`). */
  cookie: string;
  csrfToken: string;
  get(url: string): Test;
  post(url: string): Test;
  put(url: string): Test;
  patch(url: string): Test;
  delete(url: string): Test;
}

/** Signs in through POST /api/auth/login; fails the test unless the login answers 200. */
export async function signIn(testApp: TestApp, email: string, password: string): Promise<SignedIn> {
  const response = await testApp.http().post('/api/auth/login').send({ email, password });
  if (response.status !== 200) {
    throw new Error(`Sign-in as ${email} answered ${response.status}: ${JSON.stringify(response.body)}`);
  }
  const setCookie = ([] as string[]).concat(response.headers['set-cookie'] ?? []);
  const sessionCookie = setCookie.find((c) => c.startsWith('kl_session='));
  if (!sessionCookie) {
    throw new Error('Sign-in set no kl_session cookie');
  }
  const cookie = sessionCookie.split(';')[0];
  const user = response.body as SessionUser;
  const read = (test: Test) => test.set('Cookie', cookie);
  const write = (test: Test) => test.set('Cookie', cookie).set(CSRF_HEADER, user.csrfToken);
  return {
    user,
    cookie,
    csrfToken: user.csrfToken,
    get: (url) => read(testApp.http().get(url)),
    post: (url) => write(testApp.http().post(url)),
    put: (url) => write(testApp.http().put(url)),
    patch: (url) => write(testApp.http().patch(url)),
    delete: (url) => write(testApp.http().delete(url)),
  };
}

/** Creates an account of `role` and signs in as it. */
export async function signInAs(
  testApp: TestApp,
  role: Role,
  options: Omit<CreateAccountOptions, 'role'> = {},
): Promise<SignedIn & { account: CreatedAccount }> {
  const account = await createAccount(testApp, { ...options, role, status: 'active' });
  return { ...(await signIn(testApp, account.email, account.password)), account };
}

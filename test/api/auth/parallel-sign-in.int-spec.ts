import { createAccount, createTestApp, type TestApp } from '@kl/api/testing';

/**
 * The sign-in limits hold under parallel requests: an attempt is reserved before the password is
 * checked, so no burst gets more checks than the limit. A 401 is an attempt whose password was
 * checked; a 429 is one refused before any check.
 */
describe('sign-in limits under parallel requests', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  const login = (email: string, password: string, address: string) =>
    t.http().post('/api/auth/login').set('X-Forwarded-For', address).send({ email, password });
  const statuses = async (attempts: Promise<{ status: number }>[]) => {
    const counts: Record<number, number> = {};
    for (const { status } of await Promise.all(attempts)) counts[status] = (counts[status] ?? 0) + 1;
    return counts;
  };

  it('checks the password of one account from one address at most 5 times in a burst of 40', async () => {
    const account = await createAccount(t, { role: 'caseworker' });
    const counts = await statuses(Array.from({ length: 40 }, () => login(account.email, 'wrong', '198.51.100.10')));
    expect(counts).toEqual({ 401: 5, 429: 35 });
  });

  it('checks at most 20 passwords from one address in a burst of 60 across e-mails', async () => {
    const counts = await statuses(Array.from({ length: 60 }, (_, i) => login(`burst-${i}@test.example`, 'Sommar2026!', '198.51.100.20')));
    expect(counts).toEqual({ 401: 20, 429: 40 });
  });

  it('checks at most 20 passwords of one account in a burst of 60 from 60 addresses', async () => {
    const account = await createAccount(t, { role: 'caseworker' });
    const counts = await statuses(Array.from({ length: 60 }, (_, i) => login(account.email, 'wrong', `203.0.113.${i + 1}`)));
    expect(counts).toEqual({ 401: 20, 429: 40 });
  });
});

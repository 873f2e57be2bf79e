import { Logger } from '@nestjs/common';
import { createAccount, createTestApp, type TestApp } from '@kl/api/testing';

describe('sign-in rate limiting and logging', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  const login = (email: string, password: string, address: string) =>
    t.http().post('/api/auth/login').set('X-Forwarded-For', address).send({ email, password });

  it('answers 429 RATE_LIMITED with Retry-After after 5 failures of one e-mail from one address, even with the right password', async () => {
    const account = await createAccount(t, { role: 'caseworker' });
    for (let i = 0; i < 5; i += 1) {
      await login(account.email, 'wrong', '198.51.100.1').expect(401);
    }
    const limited = await login(account.email, account.password, '198.51.100.1').expect(429);
    expect(limited.body).toMatchObject({ statusCode: 429, code: 'RATE_LIMITED' });
    const retryAfter = Number(limited.headers['retry-after']);
    expect(retryAfter).toBeGreaterThan(14 * 60);
    expect(retryAfter).toBeLessThanOrEqual(15 * 60);
    // Nobody keeps another person out: the owner signs in from their own address.
    await login(account.email, account.password, '198.51.100.99').expect(200);
  });

  it('past 20 failures of one e-mail from anywhere, makes new addresses wait, but not one the person signed in from', async () => {
    const account = await createAccount(t, { role: 'caseworker' });
    await login(account.email, account.password, '198.51.100.200').expect(200);
    for (let i = 0; i < 20; i += 1) {
      await login(account.email, 'wrong', `198.51.100.${100 + i}`).expect(401);
    }
    const waiting = await login(account.email, account.password, '198.51.100.199').expect(429);
    expect(Number(waiting.headers['retry-after'])).toBeGreaterThanOrEqual(1);
    expect(Number(waiting.headers['retry-after'])).toBeLessThanOrEqual(2);
    await login(account.email, account.password, '198.51.100.200').expect(200);
  });

  it('limits unknown e-mails the same way (the limit reveals nothing about existence)', async () => {
    for (let i = 0; i < 5; i += 1) {
      await login('nobody-here@test.example', 'x', '203.0.113.1').expect(401);
    }
    await login('nobody-here@test.example', 'x', '203.0.113.1').expect(429);
  });

  it('answers 429 after 20 failures from one address, across e-mails, and not to other addresses', async () => {
    for (let i = 0; i < 20; i += 1) {
      await login(`spray-${i}@test.example`, 'Sommar2026!', '192.0.2.77').expect(401);
    }
    const account = await createAccount(t, { role: 'team_leader' });
    const limited = await login(account.email, account.password, '192.0.2.77').expect(429);
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
    await login(account.email, account.password, '192.0.2.78').expect(200);
  });

  it('logs every success and failure with the account and address, never the password', async () => {
    const info = jest.spyOn(Logger.prototype, 'log');
    const warn = jest.spyOn(Logger.prototype, 'warn');
    try {
      const account = await createAccount(t, { role: 'municipality_admin', password: 'Hemligt-lösenord-42' });
      await login(account.email, 'Fel-lösenord-17', '192.0.2.200').expect(401);
      await login('ghost@test.example', 'Fel-lösenord-17', '192.0.2.200').expect(401);
      await login(account.email, 'Hemligt-lösenord-42', '192.0.2.200').expect(200);
      const entries = [...info.mock.calls, ...warn.mock.calls].map(([entry]) => entry as Record<string, unknown>);
      expect(entries).toEqual(
        expect.arrayContaining([
          expect.objectContaining({ event: 'login_failed', reason: 'wrong_password', accountId: account.id, ip: '192.0.2.200' }),
          expect.objectContaining({ event: 'login_failed', reason: 'unknown_account', accountId: null, ip: '192.0.2.200' }),
          expect.objectContaining({ event: 'login_succeeded', accountId: account.id, ip: '192.0.2.200' }),
        ]),
      );
      const logged = JSON.stringify([...info.mock.calls, ...warn.mock.calls]);
      expect(logged).not.toContain('Hemligt-lösenord-42');
      expect(logged).not.toContain('Fel-lösenord-17');
    } finally {
      info.mockRestore();
      warn.mockRestore();
    }
  });
});

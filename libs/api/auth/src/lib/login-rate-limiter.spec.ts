import { type LoginAttempt, LoginRateLimiter, type RateLimitVerdict } from './login-rate-limiter';

describe('LoginRateLimiter', () => {
  let now = 0;
  const limiter = () =>
    new LoginRateLimiter(
      { maxFailuresPerAccountAndAddress: 3, maxFailuresPerAddress: 5, maxFailuresPerAccount: 4, windowMs: 60_000 },
      () => now,
    );
  beforeEach(() => {
    now = 1_000_000;
  });

  const reserve = (l: LoginRateLimiter, email: string, address: string): LoginAttempt => {
    const result = l.reserve(email, address);
    if (!('attempt' in result)) throw new Error(`refused: ${JSON.stringify(result.refused)}`);
    return result.attempt;
  };
  const refusal = (l: LoginRateLimiter, email: string, address: string): RateLimitVerdict | null => {
    const result = l.reserve(email, address);
    return 'refused' in result ? result.refused : null;
  };
  const fail = (l: LoginRateLimiter, email: string, address: string, times = 1) => {
    for (let i = 0; i < times; i += 1) l.settle(reserve(l, email, address), 'failed');
  };

  it('counts an attempt when it is reserved, before its outcome is known', () => {
    const l = limiter();
    for (let i = 0; i < 3; i += 1) reserve(l, 'a@x.se', '10.0.0.1');
    expect(refusal(l, 'a@x.se', '10.0.0.1')).toEqual({ limitedBy: 'account_and_address', retryAfterSeconds: 60 });
  });

  it('holds only the failing address to the tight limit: the person signs in from another', () => {
    const l = limiter();
    fail(l, 'a@x.se', '10.0.0.1', 3);
    expect(refusal(l, 'a@x.se', '10.0.0.1')).toEqual({ limitedBy: 'account_and_address', retryAfterSeconds: 60 });
    expect(refusal(l, 'a@x.se', '10.0.0.2')).toBeNull();
    now += 60_000;
    expect(refusal(l, 'a@x.se', '10.0.0.1')).toBeNull();
  });

  it('limits an address across many e-mails', () => {
    const l = limiter();
    for (let i = 0; i < 5; i += 1) fail(l, `user${i}@x.se`, '10.0.0.9');
    expect(refusal(l, 'fresh@x.se', '10.0.0.9')).toEqual({ limitedBy: 'address', retryAfterSeconds: 60 });
    expect(refusal(l, 'fresh@x.se', '10.0.0.8')).toBeNull();
  });

  it('past the loose per-account limit, lets one attempt through per doubling wait, up to the window', () => {
    const l = limiter();
    for (let i = 0; i < 4; i += 1) fail(l, 'a@x.se', `10.0.1.${i}`);
    expect(refusal(l, 'a@x.se', '10.0.2.1')).toEqual({ limitedBy: 'account', retryAfterSeconds: 1 });
    const waits: number[] = [];
    for (let i = 0; i < 8; i += 1) {
      now += ((refusal(l, 'a@x.se', '10.0.2.1')?.retryAfterSeconds ?? 0) * 1000);
      expect(refusal(l, 'a@x.se', `10.0.3.${i}`)).toBeNull();
      waits.push(refusal(l, 'a@x.se', `10.0.4.${i}`)?.retryAfterSeconds ?? 0);
    }
    expect(waits).toEqual([2, 4, 8, 16, 32, 60, 60, 60]);
    // A quiet window after the last allowed attempt forgets the account's failures.
    now += 120_000;
    for (let i = 0; i < 4; i += 1) expect(refusal(l, 'a@x.se', `10.0.5.${i}`)).toBeNull();
  });

  it('exempts an address the person signed in from before from the per-account backoff', () => {
    const l = limiter();
    l.settle(reserve(l, 'a@x.se', '10.0.0.1'), 'succeeded');
    for (let i = 0; i < 10; i += 1) l.reserve('a@x.se', `10.9.0.${i}`);
    expect(refusal(l, 'a@x.se', '10.9.9.9')).toMatchObject({ limitedBy: 'account' });
    const own = reserve(l, 'a@x.se', '10.0.0.1');
    l.settle(own, 'succeeded');
    expect(refusal(l, 'a@x.se', '10.9.9.9')).toBeNull();
  });

  it('on success clears the e-mail and takes the attempt back from the address; an unchecked attempt is taken back', () => {
    const l = limiter();
    fail(l, 'a@x.se', '10.0.0.1', 2);
    l.settle(reserve(l, 'a@x.se', '10.0.0.1'), 'succeeded');
    fail(l, 'a@x.se', '10.0.0.1', 2);
    expect(refusal(l, 'a@x.se', '10.0.0.1')).toBeNull();
    // The address has 2 + 2 failures and this one reserved: one more failure from it is the fifth.
    expect(refusal(l, 'other@x.se', '10.0.0.1')).toEqual({ limitedBy: 'address', retryAfterSeconds: 60 });
    const m = limiter();
    for (let i = 0; i < 10; i += 1) m.settle(reserve(m, 'b@x.se', '10.0.0.2'), 'unchecked');
    expect(refusal(m, 'b@x.se', '10.0.0.2')).toBeNull();
  });
});

import { LoginRateLimiter } from './login-rate-limiter';

describe('LoginRateLimiter', () => {
  let now = 0;
  const limiter = () =>
    new LoginRateLimiter({ maxFailuresPerAccount: 3, maxFailuresPerAddress: 5, windowMs: 60_000 }, () => now);
  beforeEach(() => {
    now = 1_000_000;
  });

  it('allows attempts until an account reaches its failure limit, then says when to retry', () => {
    const l = limiter();
    for (let i = 0; i < 3; i += 1) {
      expect(l.check('a@x.se', '10.0.0.1')).toBeNull();
      l.recordFailure('a@x.se', '10.0.0.1');
    }
    expect(l.check('a@x.se', '10.0.0.2')).toEqual({ limitedBy: 'account', retryAfterSeconds: 60 });
    now += 59_500;
    expect(l.check('a@x.se', '10.0.0.2')).toEqual({ limitedBy: 'account', retryAfterSeconds: 1 });
    now += 500;
    expect(l.check('a@x.se', '10.0.0.2')).toBeNull();
  });

  it('limits an address across many e-mails', () => {
    const l = limiter();
    for (let i = 0; i < 5; i += 1) l.recordFailure(`user${i}@x.se`, '10.0.0.9');
    expect(l.check('fresh@x.se', '10.0.0.9')).toEqual({ limitedBy: 'address', retryAfterSeconds: 60 });
    expect(l.check('fresh@x.se', '10.0.0.8')).toBeNull();
  });

  it("clears an account's failures on success but not its address's", () => {
    const l = limiter();
    for (let i = 0; i < 2; i += 1) l.recordFailure('a@x.se', '10.0.0.1');
    l.recordSuccess('a@x.se');
    l.recordFailure('a@x.se', '10.0.0.1');
    expect(l.check('a@x.se', '10.0.0.1')).toBeNull();
    for (let i = 0; i < 2; i += 1) l.recordFailure('b@x.se', '10.0.0.1');
    expect(l.check('c@x.se', '10.0.0.1')).toEqual({ limitedBy: 'address', retryAfterSeconds: 60 });
  });

  it('starts a new window once the old one has ended', () => {
    const l = limiter();
    for (let i = 0; i < 3; i += 1) l.recordFailure('a@x.se', '10.0.0.1');
    now += 60_000;
    l.recordFailure('a@x.se', '10.0.0.1');
    expect(l.check('a@x.se', '10.0.0.1')).toBeNull();
  });
});

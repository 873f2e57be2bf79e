/** Limits on failed sign-ins, per account (e-mail) and per client address, in fixed windows. */
export interface LoginRateLimits {
  maxFailuresPerAccount: number;
  maxFailuresPerAddress: number;
  windowMs: number;
}

interface Window {
  failures: number;
  endsAt: number;
}

/** When sign-in is refused: which limit, and in how many seconds to try again. */
export interface RateLimitVerdict {
  limitedBy: 'account' | 'address';
  retryAfterSeconds: number;
}

/** Above this many tracked keys, expired windows are swept on the next failure. */
const SWEEP_THRESHOLD = 10_000;

/**
 * Counts failed sign-ins in memory, per e-mail (whether or not an account has it, so the limit
 * says nothing about existence) and per address. A success clears the e-mail's count, not the
 * address's. Per process: one instance of the app holds the counts (see ADR 0003).
 */
export class LoginRateLimiter {
  private readonly accounts = new Map<string, Window>();
  private readonly addresses = new Map<string, Window>();

  constructor(
    private readonly limits: LoginRateLimits,
    private readonly now: () => number = Date.now,
  ) {}

  /** Null when a sign-in may be tried now. */
  check(email: string, address: string): RateLimitVerdict | null {
    const now = this.now();
    const account = this.blocked(this.accounts.get(email), this.limits.maxFailuresPerAccount, now);
    const byAddress = this.blocked(this.addresses.get(address), this.limits.maxFailuresPerAddress, now);
    const verdicts = [
      account === null ? null : { limitedBy: 'account' as const, retryAfterSeconds: account },
      byAddress === null ? null : { limitedBy: 'address' as const, retryAfterSeconds: byAddress },
    ].filter((v): v is RateLimitVerdict => v !== null);
    return verdicts.sort((a, b) => b.retryAfterSeconds - a.retryAfterSeconds)[0] ?? null;
  }

  recordFailure(email: string, address: string): void {
    const now = this.now();
    if (this.accounts.size + this.addresses.size > SWEEP_THRESHOLD) {
      this.sweep(now);
    }
    this.count(this.accounts, email, now);
    this.count(this.addresses, address, now);
  }

  recordSuccess(email: string): void {
    this.accounts.delete(email);
  }

  private blocked(window: Window | undefined, max: number, now: number): number | null {
    if (!window || window.endsAt <= now || window.failures < max) {
      return null;
    }
    return Math.max(1, Math.ceil((window.endsAt - now) / 1000));
  }

  private count(windows: Map<string, Window>, key: string, now: number): void {
    const window = windows.get(key);
    if (!window || window.endsAt <= now) {
      windows.set(key, { failures: 1, endsAt: now + this.limits.windowMs });
    } else {
      window.failures += 1;
    }
  }

  private sweep(now: number): void {
    for (const windows of [this.accounts, this.addresses]) {
      for (const [key, window] of windows) {
        if (window.endsAt <= now) windows.delete(key);
      }
    }
  }
}

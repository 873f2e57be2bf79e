/** Limits on failed sign-ins (see ADR 0003). */
export interface LoginRateLimits {
  /** Tight: failures of one e-mail from one address in a window. */
  maxFailuresPerAccountAndAddress: number;
  /** Failures from one address across e-mails in a window (password spraying). */
  maxFailuresPerAddress: number;
  /** Loose: failures of one e-mail from anywhere before each further attempt waits (backoff). */
  maxFailuresPerAccount: number;
  windowMs: number;
}

/** When sign-in is refused: which limit, and in how many seconds to try again. */
export interface RateLimitVerdict {
  limitedBy: 'account_and_address' | 'address' | 'account';
  retryAfterSeconds: number;
}

/** An attempt that may go ahead; its outcome must be reported with {@link LoginRateLimiter.settle}. */
export interface LoginAttempt {
  email: string;
  address: string;
}

interface Window {
  failures: number;
  endsAt: number;
}

interface AccountWindow extends Window {
  /** In backoff: no attempt before this time. */
  nextAttemptAt: number;
}

/** An address a person signed in from is trusted for their account this long. */
const TRUSTED_FOR_MS = 30 * 24 * 60 * 60_000;
/** Above this many tracked keys, expired entries are swept on the next attempt. */
const SWEEP_THRESHOLD = 10_000;
const FIRST_BACKOFF_MS = 1_000;

/**
 * Counts sign-in attempts in memory, per e-mail (whether or not an account has it, so a limit
 * says nothing about existence), per address and per e-mail and address.
 *
 * An attempt is reserved before its password is checked, counted as a failure at once and taken
 * back if it succeeds: the check and the count are one synchronous step, so parallel requests
 * cannot slip past a limit while argon2 runs.
 *
 * Nobody can keep another person out: the tight limit holds only the address that failed, and
 * past the loose per-account limit each attempt waits a doubling time (up to the window) instead
 * of a lockout, except from an address the person has signed in from before.
 */
export class LoginRateLimiter {
  private readonly pairs = new Map<string, Window>();
  private readonly addresses = new Map<string, Window>();
  private readonly accounts = new Map<string, AccountWindow>();
  private readonly trusted = new Map<string, number>();

  constructor(
    private readonly limits: LoginRateLimits,
    private readonly now: () => number = Date.now,
  ) {}

  /** Reserves an attempt, or says why and for how long sign-in is refused. */
  reserve(email: string, address: string): { attempt: LoginAttempt } | { refused: RateLimitVerdict } {
    const now = this.now();
    if (this.size() > SWEEP_THRESHOLD) this.sweep(now);
    const pairKey = keyOf(email, address);
    const pair = live(this.pairs.get(pairKey), now);
    const byAddress = live(this.addresses.get(address), now);
    const account = live(this.accounts.get(email), now);
    const trusted = (this.trusted.get(pairKey) ?? 0) > now;

    const refusals: RateLimitVerdict[] = [];
    if (pair && pair.failures >= this.limits.maxFailuresPerAccountAndAddress) {
      refusals.push({ limitedBy: 'account_and_address', retryAfterSeconds: secondsUntil(pair.endsAt, now) });
    }
    if (byAddress && byAddress.failures >= this.limits.maxFailuresPerAddress) {
      refusals.push({ limitedBy: 'address', retryAfterSeconds: secondsUntil(byAddress.endsAt, now) });
    }
    if (!trusted && account && account.nextAttemptAt > now) {
      refusals.push({ limitedBy: 'account', retryAfterSeconds: secondsUntil(account.nextAttemptAt, now) });
    }
    if (refusals.length > 0) {
      return { refused: refusals.sort((a, b) => b.retryAfterSeconds - a.retryAfterSeconds)[0] };
    }

    this.pairs.set(pairKey, countFailure(pair, now, this.limits.windowMs));
    this.addresses.set(address, countFailure(byAddress, now, this.limits.windowMs));
    // The per-account window slides, and outlasts the backoff's wait by a window: a steady
    // trickle of guesses keeps the backoff alive; a quiet window forgets it.
    const failures = (account?.failures ?? 0) + 1;
    const overLimit = failures - this.limits.maxFailuresPerAccount;
    const nextAttemptAt =
      overLimit >= 0 ? now + Math.min(FIRST_BACKOFF_MS * 2 ** overLimit, this.limits.windowMs) : (account?.nextAttemptAt ?? 0);
    this.accounts.set(email, { failures, nextAttemptAt, endsAt: Math.max(now, nextAttemptAt) + this.limits.windowMs });
    return { attempt: { email, address } };
  }

  /**
   * The outcome of a reserved attempt. A failure stays counted. A success takes its count back
   * from the address (successes are not limited: a whole office may sit behind one address),
   * clears the e-mail's failures and trusts the address for this e-mail. An attempt that could
   * not be checked (the database was away) takes its counts back.
   */
  settle(attempt: LoginAttempt, outcome: 'succeeded' | 'failed' | 'unchecked'): void {
    if (outcome === 'failed') return;
    const pairKey = keyOf(attempt.email, attempt.address);
    uncount(this.addresses.get(attempt.address));
    if (outcome === 'unchecked') {
      uncount(this.pairs.get(pairKey));
      uncount(this.accounts.get(attempt.email));
      return;
    }
    this.pairs.delete(pairKey);
    this.accounts.delete(attempt.email);
    this.trusted.set(pairKey, this.now() + TRUSTED_FOR_MS);
  }

  private size(): number {
    return this.pairs.size + this.addresses.size + this.accounts.size + this.trusted.size;
  }

  private sweep(now: number): void {
    for (const windows of [this.pairs, this.addresses, this.accounts]) {
      for (const [key, window] of windows) {
        if (!live(window, now)) windows.delete(key);
      }
    }
    for (const [key, until] of this.trusted) {
      if (until <= now) this.trusted.delete(key);
    }
  }
}

const keyOf = (email: string, address: string) => `${email}\n${address}`;

function live<T extends Window>(window: T | undefined, now: number): T | undefined {
  return window && window.endsAt > now ? window : undefined;
}

function countFailure(window: Window | undefined, now: number, windowMs: number): Window {
  return window ? { failures: window.failures + 1, endsAt: window.endsAt } : { failures: 1, endsAt: now + windowMs };
}

function uncount(window: Window | undefined): void {
  if (window && window.failures > 0) window.failures -= 1;
}

function secondsUntil(time: number, now: number): number {
  return Math.max(1, Math.ceil((time - now) / 1000));
}

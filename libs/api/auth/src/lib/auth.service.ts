import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AppConfig } from '@kl/api/core';
import { DataSource } from 'typeorm';
import { CurrentPasswordWrongError, InvalidCredentialsError, RateLimitedError } from './auth.errors';
import { LoginRateLimiter } from './login-rate-limiter';
import { hashPassword, verifyOrBurn } from './password';
import type { SessionClient } from './session.service';

/** What a successful credential check yields: the account to start a session for. */
export interface AuthenticatedAccount {
  id: string;
  email: string;
}

/** Normalises an e-mail the way it is stored: trimmed and lower-cased. */
export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

type FailureReason = 'unknown_account' | 'wrong_password' | 'not_active';

@Injectable()
export class AuthService {
  private readonly logger = new Logger('Auth');
  private readonly limiter: LoginRateLimiter;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    config: AppConfig,
  ) {
    this.limiter = new LoginRateLimiter({
      maxFailuresPerAccountAndAddress: config.LOGIN_MAX_FAILURES_PER_ACCOUNT_AND_ADDRESS,
      maxFailuresPerAddress: config.LOGIN_MAX_FAILURES_PER_ADDRESS,
      maxFailuresPerAccount: config.LOGIN_MAX_FAILURES_PER_ACCOUNT,
      windowMs: config.LOGIN_FAILURE_WINDOW_MINUTES * 60_000,
    });
  }

  /**
   * Checks an e-mail and password. Unknown e-mail, wrong password, an invited account without a
   * password and a disabled account all cost one argon2 verification and give the same error.
   * The attempt is reserved against the limits before anything else (429 when over one, see
   * ADR 0003). Every outcome is logged (account id, address, reason; never the password).
   */
  async validateCredentials(email: string, password: string, client: SessionClient): Promise<AuthenticatedAccount> {
    const normalised = normaliseEmail(email);
    const reservation = this.limiter.reserve(normalised, client.ip ?? 'unknown');
    if ('refused' in reservation) {
      const { limitedBy, retryAfterSeconds } = reservation.refused;
      this.logger.warn({ event: 'login_rate_limited', ip: client.ip, limitedBy }, 'Sign-in refused: rate limited');
      throw new RateLimitedError(retryAfterSeconds);
    }
    const account = await this.checkPassword(normalised, password, client).catch((error: unknown) => {
      this.limiter.settle(reservation.attempt, 'unchecked');
      throw error;
    });
    this.limiter.settle(reservation.attempt, account ? 'succeeded' : 'failed');
    if (!account) {
      throw new InvalidCredentialsError();
    }
    return account;
  }

  /** One argon2 verification whatever the e-mail; the account when the password is right and it is active. */
  private async checkPassword(normalised: string, password: string, client: SessionClient): Promise<AuthenticatedAccount | null> {
    // Before sign-in no kommun is known: the lookup goes through a SECURITY DEFINER function.
    const rows: { id: string; email: string; password_hash: string | null; status: string }[] =
      await this.dataSource.query('SELECT id, email, password_hash, status FROM auth_login_lookup($1)', [normalised]);
    const account = rows[0];
    const passwordMatches = await verifyOrBurn(account?.password_hash, password);
    const failure: FailureReason | null = !account
      ? 'unknown_account'
      : !passwordMatches
        ? 'wrong_password'
        : account.status !== 'active'
          ? 'not_active'
          : null;
    if (failure || !account) {
      this.logger.warn(
        { event: 'login_failed', reason: failure, accountId: account?.id ?? null, ip: client.ip, userAgent: client.userAgent },
        'Sign-in failed',
      );
      return null;
    }
    this.logger.log(
      { event: 'login_succeeded', accountId: account.id, ip: client.ip, userAgent: client.userAgent },
      'Signed in',
    );
    return { id: account.id, email: account.email };
  }

  /**
   * Changes the signed-in account's password after checking the current one (rate limited and
   * logged like a sign-in); every other session of the account ends, this one stays.
   */
  async changePassword(
    session: { sessionId: string; account: { id: string; email: string } },
    currentPassword: string,
    newPassword: string,
    client: SessionClient,
  ): Promise<void> {
    try {
      await this.validateCredentials(session.account.email, currentPassword, client);
    } catch (error) {
      throw error instanceof InvalidCredentialsError ? new CurrentPasswordWrongError() : error;
    }
    await this.dataSource.query('SELECT auth_change_password($1, $2, $3)', [
      session.account.id,
      await hashPassword(newPassword),
      session.sessionId,
    ]);
    this.logger.log({ event: 'password_changed', accountId: session.account.id, ip: client.ip }, 'Password changed');
  }
}

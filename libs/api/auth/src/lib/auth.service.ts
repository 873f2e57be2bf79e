import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { InvalidCredentialsError } from './auth.errors';
import { verifyOrBurn } from './password';

/** What a successful credential check yields: the account to start a session for. */
export interface AuthenticatedAccount {
  id: string;
  email: string;
}

/** Normalises an e-mail the way it is stored: trimmed and lower-cased. */
export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

@Injectable()
export class AuthService {
  private readonly logger = new Logger('Auth');

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * Checks an e-mail and password. Unknown e-mail, wrong password, an invited account without a
   * password and a disabled account all cost one argon2 verification and give the same error.
   */
  async validateCredentials(email: string, password: string): Promise<AuthenticatedAccount> {
    const normalised = normaliseEmail(email);
    const rows: { id: string; email: string; password_hash: string | null; status: string }[] =
      await this.dataSource.query(
        'SELECT id, email, password_hash, status FROM user_account WHERE email = $1',
        [normalised],
      );
    const account = rows[0];
    const passwordMatches = await verifyOrBurn(account?.password_hash, password);
    if (!account || !passwordMatches || account.status !== 'active') {
      this.logger.warn({ event: 'login_failed', accountId: account?.id ?? null }, 'Sign-in failed');
      throw new InvalidCredentialsError();
    }
    this.logger.log({ event: 'login_succeeded', accountId: account.id }, 'Signed in');
    return { id: account.id, email: account.email };
  }
}

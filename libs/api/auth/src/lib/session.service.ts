import { createHash, randomBytes } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AppConfig, queryPreparedOnPool } from '@kl/api/core';
import type { Role, SessionUser } from '@kl/shared/contracts';
import { DataSource } from 'typeorm';

/** A valid session with its account, as the guard and the session endpoint need it. */
export interface ResolvedSession {
  sessionId: string;
  csrfToken: string;
  idleExpiresAt: Date;
  absoluteExpiresAt: Date;
  account: {
    id: string;
    email: string;
    displayName: string;
    role: Role;
    municipality: { id: string; code: string; name: string } | null;
    countyCode: string | null;
    staffMemberId: string | null;
    /** The units assigned to a team leader. */
    unitIds: string[];
    /** Those units and every unit below them: a team leader's reach. */
    subtreeUnitIds: string[];
  };
}

export interface SessionClient {
  ip: string | null;
  userAgent: string | null;
}

/** How often (at most) a used session's last-seen time and idle expiry are written. */
const TOUCH_INTERVAL_SECONDS = 15;

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export function toSessionUser(session: ResolvedSession): SessionUser {
  const { account } = session;
  return {
    userId: account.id,
    email: account.email,
    displayName: account.displayName,
    role: account.role,
    municipality: account.municipality,
    countyCode: account.countyCode,
    unitIds: account.unitIds,
    staffMemberId: account.staffMemberId,
    csrfToken: session.csrfToken,
    idleExpiresAt: session.idleExpiresAt.toISOString(),
    absoluteExpiresAt: session.absoluteExpiresAt.toISOString(),
  };
}

interface SessionRow {
  session_id: string;
  csrf_token: string;
  idle_expires_at: Date;
  absolute_expires_at: Date;
  account_id: string;
  email: string;
  display_name: string;
  role: Role;
  municipality_id: string | null;
  municipality_code: string | null;
  municipality_name: string | null;
  county_code: string | null;
  staff_member_id: string | null;
  unit_ids: string[];
  subtree_unit_ids: string[];
}

/**
 * Sessions in PostgreSQL. The cookie holds a random 256-bit token; the table holds its SHA-256.
 * A session is valid while not revoked, before its idle and absolute expiry, and while its account
 * is active.
 */
@Injectable()
export class SessionService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly config: AppConfig,
  ) {}

  /** Starts a session for an active account; returns the cookie's token and the session. */
  async create(
    accountId: string,
    client: SessionClient,
  ): Promise<{ token: string; session: ResolvedSession }> {
    const token = randomBytes(32).toString('base64url');
    const csrfToken = randomBytes(32).toString('base64url');
    const created: { id: string | null }[] = await this.dataSource.query(
      'SELECT auth_session_create($1, $2, $3, $4, $5, $6, $7) AS id',
      [
        hashToken(token),
        accountId,
        csrfToken,
        this.config.SESSION_IDLE_MINUTES,
        this.config.SESSION_ABSOLUTE_HOURS,
        client.ip,
        client.userAgent,
      ],
    );
    const session = created[0]?.id ? await this.resolve(token) : null;
    if (!session) {
      throw new Error('A session just created could not be read back');
    }
    return { token, session };
  }

  /**
   * The valid session the token names, or null. Using a session extends its idle expiry (never
   * past the absolute one); the write happens at most every few seconds per session. The lookup
   * runs before any kommun is known, so it goes through a SECURITY DEFINER function.
   */
  async resolve(token: string): Promise<ResolvedSession | null> {
    // Prepared, on the pool: it runs before every request, and its plan never changes.
    const rows = await queryPreparedOnPool<SessionRow>(
      this.dataSource,
      'SELECT * FROM auth_session_resolve($1, $2, $3)',
      [hashToken(token), this.config.SESSION_IDLE_MINUTES, TOUCH_INTERVAL_SECONDS],
    );
    const row = rows[0];
    if (!row) {
      return null;
    }
    return {
      sessionId: row.session_id,
      csrfToken: row.csrf_token,
      idleExpiresAt: new Date(row.idle_expires_at),
      absoluteExpiresAt: new Date(row.absolute_expires_at),
      account: {
        id: row.account_id,
        email: row.email,
        displayName: row.display_name,
        role: row.role,
        municipality:
          row.municipality_id && row.municipality_code && row.municipality_name
            ? { id: row.municipality_id, code: row.municipality_code, name: row.municipality_name }
            : null,
        countyCode: row.county_code,
        staffMemberId: row.staff_member_id,
        unitIds: row.unit_ids,
        subtreeUnitIds: row.subtree_unit_ids,
      },
    };
  }

  async revoke(sessionId: string): Promise<void> {
    await this.dataSource.query('SELECT auth_session_revoke($1)', [sessionId]);
  }

  /** "Log out everywhere", and what disabling an account does. */
  async revokeAllOf(accountId: string): Promise<number> {
    const rows: { revoked: number }[] = await this.dataSource.query(
      'SELECT auth_session_revoke_all($1) AS revoked',
      [accountId],
    );
    return rows[0]?.revoked ?? 0;
  }
}

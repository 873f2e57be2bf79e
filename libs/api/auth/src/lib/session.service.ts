import { createHash, randomBytes } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AppConfig } from '@kl/api/core';
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
    unitIds: string[];
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
  async create(accountId: string, client: SessionClient): Promise<{ token: string; session: ResolvedSession }> {
    const token = randomBytes(32).toString('base64url');
    const csrfToken = randomBytes(32).toString('base64url');
    await this.dataSource.query(
      `INSERT INTO user_session
         (token_hash, account_id, csrf_token, last_seen_at, idle_expires_at, absolute_expires_at, ip, user_agent)
       VALUES ($1, $2, $3, now(),
               least(now() + make_interval(mins => $4), now() + make_interval(hours => $5)),
               now() + make_interval(hours => $5), $6, $7)`,
      [
        hashToken(token),
        accountId,
        csrfToken,
        this.config.SESSION_IDLE_MINUTES,
        this.config.SESSION_ABSOLUTE_HOURS,
        client.ip,
        client.userAgent?.slice(0, 512) ?? null,
      ],
    );
    const session = await this.resolve(token);
    if (!session) {
      throw new Error('A session just created could not be read back');
    }
    return { token, session };
  }

  /**
   * The valid session the token names, or null. Using a session extends its idle expiry (never
   * past the absolute one); the write happens at most every few seconds per session.
   */
  async resolve(token: string): Promise<ResolvedSession | null> {
    const rows: SessionRow[] = await this.dataSource.query(
      `WITH found AS (
         SELECT s.id, s.csrf_token, s.idle_expires_at, s.absolute_expires_at, s.last_seen_at,
                a.id AS account_id, a.email, a.display_name, a.role, a.municipality_id,
                a.county_code, a.staff_member_id
         FROM user_session s
         JOIN user_account a ON a.id = s.account_id
         WHERE s.token_hash = $1 AND s.revoked_at IS NULL AND a.status = 'active'
           AND s.idle_expires_at > now() AND s.absolute_expires_at > now()
       ), touched AS (
         UPDATE user_session s
         SET last_seen_at = now(),
             idle_expires_at = least(now() + make_interval(mins => $2), s.absolute_expires_at)
         FROM found
         WHERE s.id = found.id AND found.last_seen_at < now() - make_interval(secs => $3)
         RETURNING s.idle_expires_at
       )
       SELECT found.id AS session_id, found.csrf_token,
              coalesce((SELECT idle_expires_at FROM touched), found.idle_expires_at) AS idle_expires_at,
              found.absolute_expires_at, found.account_id, found.email, found.display_name, found.role,
              found.municipality_id, m.code AS municipality_code, m.name AS municipality_name,
              found.county_code, found.staff_member_id,
              array(SELECT u.unit_id FROM user_account_unit u WHERE u.account_id = found.account_id
                    ORDER BY u.unit_id) AS unit_ids
       FROM found
       LEFT JOIN municipality m ON m.id = found.municipality_id`,
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
      },
    };
  }

  async revoke(sessionId: string): Promise<void> {
    await this.dataSource.query(
      'UPDATE user_session SET revoked_at = now() WHERE id = $1 AND revoked_at IS NULL',
      [sessionId],
    );
  }

  /** "Log out everywhere", and what disabling an account does. */
  async revokeAllOf(accountId: string): Promise<number> {
    const [, affected]: [unknown, number] = await this.dataSource.query(
      'UPDATE user_session SET revoked_at = now() WHERE account_id = $1 AND revoked_at IS NULL',
      [accountId],
    );
    return affected;
  }
}

import type { Role } from './roles';

/** Status of an account: invited (no password yet), active, or disabled (sessions revoked). */
export const ACCOUNT_STATUSES = ['invited', 'active', 'disabled'] as const;
export type AccountStatus = (typeof ACCOUNT_STATUSES)[number];

/** POST /api/auth/login */
export interface LoginRequest {
  email: string;
  password: string;
}

/**
 * The signed-in user as the web sees it (GET /api/auth/session, and the answer to a login).
 * Writes with the session cookie must echo `csrfToken` in the `X-CSRF-Token` header.
 */
export interface SessionUser {
  userId: string;
  email: string;
  displayName: string;
  role: Role;
  /** The kommun the account belongs to; null for national, regional and system roles. */
  municipality: { id: string; code: string; name: string } | null;
  /** A regional analyst's län. */
  countyCode: string | null;
  /** The units a team leader leads (their subunits are included in their scope). */
  unitIds: string[];
  /** The staff record a caseworker is. */
  staffMemberId: string | null;
  csrfToken: string;
  /** When the session ends if unused, and at the latest (ISO 8601). */
  idleExpiresAt: string;
  absoluteExpiresAt: string;
}

/** The header that carries the CSRF token on cookie-authenticated writes. */
export const CSRF_HEADER = 'X-CSRF-Token';

/** An account as a kommun administrator sees it (GET /api/users). */
export interface UserAccountSummary {
  id: string;
  email: string;
  displayName: string;
  role: Role;
  status: AccountStatus;
  unitIds: string[];
  staffMemberId: string | null;
  rowVersion: number;
}

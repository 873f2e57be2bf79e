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
  /** The linked staff record's name ("Anna Andersson"), so the administrator sees whom it is. */
  staffMemberName: string | null;
  rowVersion: number;
}

/** The roles that belong to one kommun; a kommun administrator gives only these. */
export const MUNICIPALITY_ROLES = ['caseworker', 'team_leader', 'municipality_admin'] as const satisfies readonly Role[];
export type MunicipalityRole = (typeof MUNICIPALITY_ROLES)[number];

/** POST /api/users/invitations (kommun administrator). */
export interface InviteUserRequest {
  email: string;
  displayName: string;
  role: MunicipalityRole;
  /** A team leader's units. */
  unitIds?: string[];
  /** The staff record the person is (a caseworker's own data). */
  staffMemberId?: string | null;
}

/** POST /api/system/municipality-administrators (system administrator). */
export interface CreateMunicipalityAdministratorRequest {
  municipalityCode: string;
  email: string;
  displayName: string;
}

/** One kommun and its administrator accounts, as the system administrator sees them. */
export interface MunicipalityAdministration {
  code: string;
  name: string;
  countyName: string;
  administrators: MunicipalityAdministrator[];
}

/** GET /api/system/municipalities: a kommun administrator's account, no competence data. */
export interface MunicipalityAdministrator {
  id: string;
  email: string;
  displayName: string;
  status: AccountStatus;
  /** When the latest unused invitation link ends (it may have ended); null when none is out. */
  invitationExpiresAt: string | null;
}

/**
 * An invited account and its one-time link to set a password, valid until `expiresAt`. With a
 * mail server the link goes by e-mail only (`emailSent`, `invitationUrl` null); without one, or
 * when sending failed, the administrator gets the link to pass on (it is also logged).
 */
export interface InvitationCreated {
  user: UserAccountSummary;
  emailSent: boolean;
  invitationUrl: string | null;
  expiresAt: string;
}

/** PATCH /api/users/:id: only the fields sent change; `rowVersion` is the version read. */
export interface UpdateUserRequest {
  rowVersion: number;
  displayName?: string;
  role?: MunicipalityRole;
  unitIds?: string[];
  staffMemberId?: string | null;
}

/** POST /api/auth/accept-invitation: the token from the link and the new password. */
export interface AcceptInvitationRequest {
  token: string;
  password: string;
}

/** The shortest password an account may set (ASVS 5.0 level 2 asks for at least 12 characters). */
export const PASSWORD_MIN_LENGTH = 12;

/** PUT /api/identity-provider: a kommun's OIDC single sign-on (the secret is never read back). */
export interface IdentityProviderRequest {
  issuer: string;
  clientId: string;
  clientSecret: string;
  enabled: boolean;
}

/** GET /api/identity-provider: the configuration without the secret, and the redirect URI to register. */
export interface IdentityProviderSettings {
  issuer: string;
  clientId: string;
  enabled: boolean;
  redirectUri: string;
}

/** GET /api/auth/sso-municipalities: the kommuner whose users can sign in with single sign-on. */
export interface SsoMunicipality {
  code: string;
  name: string;
}

/** POST /api/auth/password: change one's own password; every other session ends. */
export interface ChangePasswordRequest {
  currentPassword: string;
  newPassword: string;
}

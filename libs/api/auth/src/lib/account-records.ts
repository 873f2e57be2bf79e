import { randomBytes } from 'node:crypto';
import { type AppConfig, ConflictError, type KommunTransaction, NotFoundError, ValidationFailedError } from '@kl/api/core';
import type { AuditAction, FieldErrorCode, InviteUserRequest, UserAccountSummary } from '@kl/shared/contracts';
import { type EntityManager, QueryFailedError } from 'typeorm';
import { normaliseEmail } from './auth.service';
import { hashToken } from './session.service';
import { EmailTakenError, UnitsOnlyForTeamLeadersError } from './users.errors';

/**
 * The writes and reads of one kommun's accounts that both administrations share: the kommun
 * administrator's (users.service.ts) and the system administrator's of each kommun's
 * administrators (municipality-administrators.service.ts). Each runs in the kommun's transaction
 * and writes its audit event there.
 */

const SUMMARY_COLUMNS = `a.id, a.email, a.display_name AS "displayName", a.role, a.status,
  array(SELECT u.unit_id FROM user_account_unit u WHERE u.account_id = a.id ORDER BY u.unit_id) AS "unitIds",
  a.staff_member_id AS "staffMemberId",
  (SELECT s.first_name || ' ' || s.last_name FROM staff_member s WHERE s.id = a.staff_member_id) AS "staffMemberName",
  a.row_version AS "rowVersion"`;

/** An invitation just made, with its one-time link, before it is delivered. */
export interface CreatedInvitation {
  user: UserAccountSummary;
  url: string;
  expiresAt: Date;
}

/** The account is active or disabled: it needs no new invitation link. */
export class AccountNotInvitedError extends ConflictError {
  constructor() {
    super('ACCOUNT_NOT_INVITED', 'The account has set its password already; it needs no invitation');
  }
}

export function listSummaries(tx: KommunTransaction): Promise<UserAccountSummary[]> {
  return tx.query<UserAccountSummary>(
    `SELECT ${SUMMARY_COLUMNS} FROM user_account a WHERE a.municipality_id = $1 ORDER BY a.display_name, a.email`,
    [tx.municipalityId],
  );
}

export async function findSummary(
  manager: EntityManager,
  id: string,
  municipalityId: string | null,
  forUpdate = false,
): Promise<UserAccountSummary | undefined> {
  const rows: UserAccountSummary[] = await manager.query(
    `SELECT ${SUMMARY_COLUMNS} FROM user_account a WHERE a.id = $1 AND a.municipality_id = $2${forUpdate ? ' FOR UPDATE OF a' : ''}`,
    [id, municipalityId],
  );
  return rows[0];
}

/** The trail keeps what an administrator decides about an account: name, role, units, link, status. */
export function auditView(account: UserAccountSummary) {
  return {
    email: account.email,
    displayName: account.displayName,
    role: account.role,
    status: account.status,
    unitIds: account.unitIds,
    staffMemberId: account.staffMemberId,
  };
}

/** Creates an invited account in the transaction's kommun with a one-time link. */
export async function createInvitedAccount(
  tx: KommunTransaction,
  config: AppConfig,
  input: InviteUserRequest,
): Promise<CreatedInvitation> {
  const { manager, municipalityId } = tx;
  if (input.role !== 'team_leader' && input.unitIds && input.unitIds.length > 0) {
    throw new UnitsOnlyForTeamLeadersError();
  }
  await assertReferencesInKommun(manager, input);
  let accountId: string;
  try {
    const rows: { id: string }[] = await manager.query(
      `INSERT INTO user_account (email, display_name, role, municipality_id, staff_member_id, status)
       VALUES ($1, $2, $3, $4, $5, 'invited') RETURNING id`,
      [normaliseEmail(input.email), input.displayName.trim(), input.role, municipalityId, input.staffMemberId ?? null],
    );
    accountId = rows[0].id;
  } catch (error) {
    // Only an account in this kommun conflicts; one elsewhere is not disclosed (see the entity).
    if (violatedConstraint(error) === 'uq_user_account_municipality_email') {
      throw new EmailTakenError();
    }
    throw error;
  }
  await insertUnits(manager, accountId, input.unitIds ?? []);
  const link = await issueInvitationLink(tx, config, accountId);
  const user = (await findSummary(manager, accountId, municipalityId)) as UserAccountSummary;
  await tx.audit({ entityType: 'user_account', entityId: accountId, action: 'invite', before: null, after: auditView(user) });
  return { user, ...link };
}

/**
 * A new link for an account still invited (the old one was lost or has ended); the links given
 * before stop working. `onlyRole` holds the system administrator to kommun administrators.
 */
export async function renewInvitation(
  tx: KommunTransaction,
  config: AppConfig,
  id: string,
  onlyRole?: UserAccountSummary['role'],
): Promise<CreatedInvitation> {
  const user = await findSummary(tx.manager, id, tx.municipalityId, true);
  if (!user || (onlyRole && user.role !== onlyRole)) throw new NotFoundError('User');
  if (user.status !== 'invited') throw new AccountNotInvitedError();
  await tx.query('UPDATE user_invitation SET used_at = now() WHERE account_id = $1 AND used_at IS NULL', [id]);
  const link = await issueInvitationLink(tx, config, id);
  await tx.audit({ entityType: 'user_account', entityId: id, action: 'invite', before: auditView(user), after: auditView(user) });
  return { user, ...link };
}

async function issueInvitationLink(tx: KommunTransaction, config: AppConfig, accountId: string): Promise<{ url: string; expiresAt: Date }> {
  const token = randomBytes(32).toString('base64url');
  const [{ expires_at: expiresAt }]: { expires_at: Date }[] = await tx.manager.query(
    `INSERT INTO user_invitation (token_hash, account_id, invited_by_id, expires_at)
     VALUES ($1, $2, $3, now() + make_interval(hours => $4)) RETURNING expires_at`,
    [hashToken(token), accountId, tx.actorUserId, config.INVITATION_VALID_HOURS],
  );
  const url = `${config.PUBLIC_URL?.replace(/\/$/, '') ?? ''}/inbjudan#token=${token}`;
  return { url, expiresAt: new Date(expiresAt) };
}

/**
 * Sets an account's status from `statusExpression` (SQL over the row) and audits it; a trigger
 * ends the sessions of an account that stops being active. `onlyRole` as for renewInvitation.
 */
export async function changeAccountStatus(
  tx: KommunTransaction,
  id: string,
  action: AuditAction,
  statusExpression: string,
  onlyRole?: UserAccountSummary['role'],
): Promise<{ before: UserAccountSummary; after: UserAccountSummary }> {
  const { manager, municipalityId } = tx;
  const before = await findSummary(manager, id, municipalityId, true);
  if (!before || (onlyRole && before.role !== onlyRole)) throw new NotFoundError('User');
  await manager.query(
    `UPDATE user_account SET status = ${statusExpression}, row_version = row_version + 1, updated_at = now()
     WHERE id = $1`,
    [id],
  );
  const after = (await findSummary(manager, id, municipalityId)) as UserAccountSummary;
  await tx.audit({ entityType: 'user_account', entityId: id, action, before: auditView(before), after: auditView(after) });
  return { before, after };
}

export const DISABLED = `'disabled'`;
/** A disabled account comes back active when it has a password, else invited. */
export const ENABLED = `CASE WHEN status <> 'disabled' THEN status WHEN password_hash IS NULL THEN 'invited'::account_status ELSE 'active'::account_status END`;

/**
 * Units and the staff record must be the caller's kommun's (row-level security shows no others):
 * another kommun's id is answered like an unknown one, 400 invalid_value on the field.
 */
export async function assertReferencesInKommun(
  manager: EntityManager,
  input: { unitIds?: readonly string[]; staffMemberId?: string | null },
): Promise<void> {
  const unitIds = [...new Set(input.unitIds ?? [])];
  const [found]: { units: number; staff: boolean }[] = await manager.query(
    `SELECT (SELECT count(*)::int FROM org_unit WHERE id = ANY($1::uuid[])) AS units,
            (SELECT $2::uuid IS NULL OR EXISTS (SELECT 1 FROM staff_member WHERE id = $2::uuid)) AS staff`,
    [unitIds, input.staffMemberId ?? null],
  );
  const wrong: Record<string, FieldErrorCode> = {};
  if (found.units !== unitIds.length) wrong['unitIds'] = 'invalid_value';
  if (!found.staff) wrong['staffMemberId'] = 'invalid_value';
  if (Object.keys(wrong).length > 0) throw new ValidationFailedError(wrong);
}

export function violatedConstraint(error: unknown): string | undefined {
  return error instanceof QueryFailedError ? (error.driverError as { constraint?: string }).constraint : undefined;
}

export async function insertUnits(manager: EntityManager, accountId: string, unitIds: readonly string[]): Promise<void> {
  if (unitIds.length > 0) {
    await manager.query(
      'INSERT INTO user_account_unit (account_id, unit_id) SELECT $1, unnest($2::uuid[]) ON CONFLICT DO NOTHING',
      [accountId, [...new Set(unitIds)]],
    );
  }
}

import { randomBytes } from 'node:crypto';
import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  type Actor,
  AppConfig,
  type KommunTransaction,
  MailService,
  NotFoundError,
  ScopedData,
  StaleVersionError,
  ValidationFailedError,
} from '@kl/api/core';
import type {
  AuditAction,
  FieldErrorCode,
  AcceptInvitationRequest,
  CreateMunicipalityAdministratorRequest,
  InvitationCreated,
  InviteUserRequest,
  UpdateUserRequest,
  UserAccountSummary,
} from '@kl/shared/contracts';
import { DataSource, type EntityManager, QueryFailedError } from 'typeorm';
import { normaliseEmail } from './auth.service';
import { hashPassword } from './password';
import { hashToken } from './session.service';
import {
  EmailTakenError,
  InvitationInvalidError,
  OwnAccountProtectedError,
  UnitsOnlyForTeamLeadersError,
} from './users.errors';

const SUMMARY_COLUMNS = `a.id, a.email, a.display_name AS "displayName", a.role, a.status,
  array(SELECT u.unit_id FROM user_account_unit u WHERE u.account_id = a.id ORDER BY u.unit_id) AS "unitIds",
  a.staff_member_id AS "staffMemberId", a.row_version AS "rowVersion"`;

/**
 * User administration. Every read and write runs in the kommun's transaction, so row-level
 * security holds it to that kommun whatever the query says; each change is one transaction that
 * reads the row before changing it and writes both to the audit trail.
 */
@Injectable()
export class UsersService {
  private readonly logger = new Logger('Users');

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly data: ScopedData,
    private readonly config: AppConfig,
    private readonly mail: MailService,
  ) {}

  /** The accounts of the actor's kommun, by name. */
  list(actor: Actor): Promise<UserAccountSummary[]> {
    return this.data.inKommun(
      actor,
      (tx) =>
        tx.query<UserAccountSummary>(
          `SELECT ${SUMMARY_COLUMNS} FROM user_account a WHERE a.municipality_id = $1 ORDER BY a.display_name, a.email`,
          [tx.municipalityId],
        ),
      'User',
    );
  }

  get(actor: Actor, id: string): Promise<UserAccountSummary> {
    return this.data.inKommun(
      actor,
      async (tx) => {
        const found = await findSummary(tx.manager, id, tx.municipalityId);
        if (!found) throw new NotFoundError('User');
        return found;
      },
      'User',
    );
  }

  /** Creates an invited account in the administrator's kommun with a one-time link. */
  async invite(actor: Actor, input: InviteUserRequest): Promise<InvitationCreated> {
    return this.deliver(await this.data.inKommun(actor, (tx) => this.createInvited(tx, input), 'User'));
  }

  /** A system administrator creates a kommun's (first) administrator account. */
  async createMunicipalityAdministrator(
    actor: Actor,
    input: CreateMunicipalityAdministratorRequest,
  ): Promise<InvitationCreated> {
    const rows: { id: string }[] = await this.dataSource.query('SELECT id FROM municipality WHERE code = $1', [
      input.municipalityCode,
    ]);
    const municipalityId = rows[0]?.id;
    if (!municipalityId) {
      throw new NotFoundError('Municipality');
    }
    return this.deliver(
      await this.data.forKommunAccounts(actor, municipalityId, (tx) =>
        this.createInvited(tx, { email: input.email, displayName: input.displayName, role: 'municipality_admin' }),
      ),
    );
  }

  /**
   * After the invitation is committed: sends the link by e-mail when a mail server is configured;
   * otherwise (or when sending failed) hands it to the administrator and logs it.
   */
  private async deliver(created: CreatedInvitation): Promise<InvitationCreated> {
    const { user, url, expiresAt } = created;
    const emailSent = await this.mail.send(invitationMail(user, url, expiresAt));
    if (!emailSent) {
      this.logger.log(
        { event: 'invitation_link', accountId: user.id, invitationUrl: url, smtpConfigured: this.mail.configured },
        'Invitation link for the administrator to pass on',
      );
    }
    return { user, emailSent, invitationUrl: emailSent ? null : url, expiresAt: expiresAt.toISOString() };
  }

  update(actor: Actor, id: string, input: UpdateUserRequest): Promise<UserAccountSummary> {
    return this.data.inKommun(actor, async (tx) => {
      const { manager, municipalityId } = tx;
      const before = await findSummary(manager, id, municipalityId, true);
      if (!before) throw new NotFoundError('User');
      if (id === actor.userId && input.role !== undefined && input.role !== before.role) {
        throw new OwnAccountProtectedError();
      }
      const role = input.role ?? before.role;
      if (role !== 'team_leader' && input.unitIds && input.unitIds.length > 0) {
        throw new UnitsOnlyForTeamLeadersError();
      }
      await assertReferencesInKommun(manager, input);
      const [updated]: [{ id: string }[], number] = await manager.query(
        `UPDATE user_account
         SET display_name = coalesce($3, display_name), role = $4,
             staff_member_id = CASE WHEN $5 THEN $6::uuid ELSE staff_member_id END,
             row_version = row_version + 1, updated_at = now()
         WHERE id = $1 AND row_version = $2
         RETURNING id`,
        [id, input.rowVersion, input.displayName ?? null, role, input.staffMemberId !== undefined, input.staffMemberId ?? null],
      );
      if (updated.length === 0) {
        throw new StaleVersionError('User', before);
      }
      if (input.unitIds !== undefined || role !== 'team_leader') {
        await manager.query('DELETE FROM user_account_unit WHERE account_id = $1', [id]);
        await insertUnits(manager, id, role === 'team_leader' ? (input.unitIds ?? before.unitIds) : []);
      }
      const after = (await findSummary(manager, id, municipalityId)) as UserAccountSummary;
      await tx.audit({ entityType: 'user_account', entityId: id, action: 'update', before: auditView(before), after: auditView(after) });
      return after;
    });
  }

  /** Disables an account; a trigger ends its sessions in the same transaction. */
  disable(actor: Actor, id: string): Promise<UserAccountSummary> {
    if (id === actor.userId) {
      return Promise.reject(new OwnAccountProtectedError());
    }
    return this.setStatus(actor, id, 'disable', `'disabled'`);
  }

  /** Enables a disabled account again: active with a password, else invited. */
  enable(actor: Actor, id: string): Promise<UserAccountSummary> {
    return this.setStatus(
      actor,
      id,
      'enable',
      `CASE WHEN status <> 'disabled' THEN status WHEN password_hash IS NULL THEN 'invited'::account_status ELSE 'active'::account_status END`,
    );
  }

  /** Sets the first password from an invitation link; the account becomes active. */
  async acceptInvitation(input: AcceptInvitationRequest): Promise<void> {
    const passwordHash = await hashPassword(input.password);
    const rows: { id: string | null }[] = await this.dataSource
      .query('SELECT auth_accept_invitation($1, $2) AS id', [hashToken(input.token), passwordHash])
      .catch((error: unknown) => {
        // The e-mail signs in to an account in another kommun already: the invitee is told, the
        // administrator who invited never was (see the entity).
        if (violatedConstraint(error) === 'uq_user_account_email') throw new EmailTakenError();
        throw error;
      });
    const accountId = rows[0]?.id;
    if (!accountId) {
      this.logger.warn({ event: 'invitation_rejected' }, 'Invitation link invalid, used or expired');
      throw new InvitationInvalidError();
    }
    this.logger.log({ event: 'invitation_accepted', accountId }, 'Invitation accepted');
  }

  private setStatus(actor: Actor, id: string, action: AuditAction, statusExpression: string): Promise<UserAccountSummary> {
    return this.data.inKommun(actor, async (tx) => {
      const { manager, municipalityId } = tx;
      const before = await findSummary(manager, id, municipalityId, true);
      if (!before) throw new NotFoundError('User');
      await manager.query(
        `UPDATE user_account SET status = ${statusExpression}, row_version = row_version + 1, updated_at = now()
         WHERE id = $1`,
        [id],
      );
      const after = (await findSummary(manager, id, municipalityId)) as UserAccountSummary;
      await tx.audit({ entityType: 'user_account', entityId: id, action, before: auditView(before), after: auditView(after) });
      this.logger.log({ event: 'account_status_changed', accountId: id, by: actor.userId, before: before.status, after: after.status }, 'Account status changed');
      return after;
    });
  }

  private async createInvited(tx: KommunTransaction, input: InviteUserRequest): Promise<CreatedInvitation> {
    const { manager, municipalityId } = tx;
    const invitedById = tx.actorUserId;
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
      // Only an account in this kommun conflicts; one elsewhere is not disclosed.
      if (violatedConstraint(error) === 'uq_user_account_municipality_email') {
        throw new EmailTakenError();
      }
      throw error;
    }
    await insertUnits(manager, accountId, input.unitIds ?? []);
    const token = randomBytes(32).toString('base64url');
    const [{ expires_at: expiresAt }]: { expires_at: Date }[] = await manager.query(
      `INSERT INTO user_invitation (token_hash, account_id, invited_by_id, expires_at)
       VALUES ($1, $2, $3, now() + make_interval(hours => $4)) RETURNING expires_at`,
      [hashToken(token), accountId, invitedById, this.config.INVITATION_VALID_HOURS],
    );
    const url = `${this.config.PUBLIC_URL?.replace(/\/$/, '') ?? ''}/inbjudan#token=${token}`;
    this.logger.log({ event: 'invitation_created', accountId, by: invitedById }, 'Invitation created');
    const user = (await findSummary(manager, accountId, municipalityId)) as UserAccountSummary;
    await tx.audit({ entityType: 'user_account', entityId: accountId, action: 'invite', before: null, after: auditView(user) });
    return { user, url, expiresAt: new Date(expiresAt) };
  }
}

interface CreatedInvitation {
  user: UserAccountSummary;
  url: string;
  expiresAt: Date;
}

function invitationMail(user: UserAccountSummary, url: string, expiresAt: Date) {
  return {
    to: user.email,
    subject: 'Inbjudan till Kompetensläget',
    text:
      `Hej ${user.displayName}!\n\nDu har bjudits in till Kompetensläget. Välj ditt lösenord här:\n${url}\n\n` +
      `Länken gäller en gång, till ${expiresAt.toISOString().slice(0, 16).replace('T', ' ')} UTC.\n`,
  };
}

/** The trail keeps what an administrator decides about an account: name, role, units, link, status. */
function auditView(account: UserAccountSummary) {
  return {
    email: account.email,
    displayName: account.displayName,
    role: account.role,
    status: account.status,
    unitIds: account.unitIds,
    staffMemberId: account.staffMemberId,
  };
}

async function findSummary(
  manager: EntityManager,
  id: string,
  municipalityId: string | null,
  forUpdate = false,
): Promise<UserAccountSummary | undefined> {
  const rows: UserAccountSummary[] = await manager.query(
    `SELECT ${SUMMARY_COLUMNS} FROM user_account a WHERE a.id = $1 AND a.municipality_id = $2${forUpdate ? ' FOR UPDATE' : ''}`,
    [id, municipalityId],
  );
  return rows[0];
}

/**
 * Units and the staff record must be the caller's kommun's (row-level security shows no others):
 * another kommun's id is answered like an unknown one, 400 invalid_value on the field.
 */
async function assertReferencesInKommun(
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

function violatedConstraint(error: unknown): string | undefined {
  return error instanceof QueryFailedError ? (error.driverError as { constraint?: string }).constraint : undefined;
}

async function insertUnits(manager: EntityManager, accountId: string, unitIds: readonly string[]): Promise<void> {
  if (unitIds.length > 0) {
    await manager.query(
      'INSERT INTO user_account_unit (account_id, unit_id) SELECT $1, unnest($2::uuid[]) ON CONFLICT DO NOTHING',
      [accountId, [...new Set(unitIds)]],
    );
  }
}

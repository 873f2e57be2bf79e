import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type Actor, AppConfig, type KommunTransaction, NotFoundError, ScopedData, StaleVersionError } from '@kl/api/core';
import type {
  AcceptInvitationRequest,
  InvitationCreated,
  InviteUserRequest,
  UpdateUserRequest,
  UserAccountSummary,
} from '@kl/shared/contracts';
import { DataSource } from 'typeorm';
import {
  assertReferencesInKommun,
  auditView,
  changeAccountStatus,
  createInvitedAccount,
  type CreatedInvitation,
  DISABLED,
  ENABLED,
  findSummary,
  insertUnits,
  listSummaries,
  renewInvitation,
  violatedConstraint,
} from './account-records';
import { InvitationMailer } from './invitation-mailer';
import { hashPassword } from './password';
import { hashToken } from './session.service';
import {
  EmailTakenError,
  InvitationInvalidError,
  OwnAccountProtectedError,
  UnitsOnlyForTeamLeadersError,
} from './users.errors';

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
    private readonly mailer: InvitationMailer,
  ) {}

  /** The accounts of the actor's kommun, by name. */
  list(actor: Actor): Promise<UserAccountSummary[]> {
    return this.data.inKommun(actor, listSummaries, 'User');
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
    const created = await this.data.inKommun(actor, (tx) => this.inviteWithin(tx, input), 'User');
    return this.deliverInvitation(actor, created);
  }

  /**
   * An invitation as part of a larger change in the caller's transaction (a staff import): the
   * account, its audit event and its link; deliver it with `deliverInvitation` once committed.
   */
  inviteWithin(tx: KommunTransaction, input: InviteUserRequest): Promise<CreatedInvitation> {
    return createInvitedAccount(tx, this.config, input);
  }

  /** Sends (or hands the administrator) a committed invitation's link. */
  deliverInvitation(actor: Actor, created: CreatedInvitation): Promise<InvitationCreated> {
    this.logger.log({ event: 'invitation_created', accountId: created.user.id, by: actor.userId }, 'Invitation created');
    return this.mailer.deliver(created);
  }

  /** A new invitation link for an account still invited; the earlier links stop working. */
  async resendInvitation(actor: Actor, id: string): Promise<InvitationCreated> {
    const renewed = await this.data.inKommun(actor, (tx) => renewInvitation(tx, this.config, id), 'User');
    this.logger.log({ event: 'invitation_renewed', accountId: id, by: actor.userId }, 'Invitation renewed');
    return this.mailer.deliver(renewed);
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
    return this.setStatus(actor, id, 'disable', DISABLED);
  }

  /** Enables a disabled account again: active with a password, else invited. */
  enable(actor: Actor, id: string): Promise<UserAccountSummary> {
    return this.setStatus(actor, id, 'enable', ENABLED);
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

  private async setStatus(actor: Actor, id: string, action: 'disable' | 'enable', statusExpression: string): Promise<UserAccountSummary> {
    const { before, after } = await this.data.inKommun(actor, (tx) => changeAccountStatus(tx, id, action, statusExpression), 'User');
    this.logger.log({ event: 'account_status_changed', accountId: id, by: actor.userId, before: before.status, after: after.status }, 'Account status changed');
    return after;
  }
}

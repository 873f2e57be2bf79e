import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type Actor, AppConfig, type KommunTransaction, NotFoundError, ScopedData } from '@kl/api/core';
import type {
  CreateMunicipalityAdministratorRequest,
  InvitationCreated,
  MunicipalityAdministration,
  UserAccountSummary,
} from '@kl/shared/contracts';
import { DataSource } from 'typeorm';
import { changeAccountStatus, createInvitedAccount, DISABLED, ENABLED, renewInvitation } from './account-records';
import { InvitationMailer } from './invitation-mailer';

interface AdministratorRow {
  municipality_code: string;
  municipality_name: string;
  county_name: string;
  account_id: string | null;
  email: string | null;
  display_name: string | null;
  status: UserAccountSummary['status'] | null;
  invitation_expires_at: Date | null;
}

/**
 * The system administrator's part: each kommun's administrator accounts (tenants and accounts,
 * never competence data). Every change runs in the kommun's own transaction and trail, and
 * reaches kommun administrators only: any other account of the kommun answers 404.
 */
@Injectable()
export class MunicipalityAdministratorsService {
  private readonly logger = new Logger('Users');

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly data: ScopedData,
    private readonly config: AppConfig,
    private readonly mailer: InvitationMailer,
  ) {}

  /** Every kommun, by name, with its administrators (none for a kommun not yet set up). */
  async list(): Promise<MunicipalityAdministration[]> {
    const rows: AdministratorRow[] = await this.dataSource.query('SELECT * FROM system_municipality_administrators()');
    const byCode = new Map<string, MunicipalityAdministration>();
    for (const row of rows) {
      let kommun = byCode.get(row.municipality_code);
      if (!kommun) {
        kommun = { code: row.municipality_code, name: row.municipality_name, countyName: row.county_name, administrators: [] };
        byCode.set(row.municipality_code, kommun);
      }
      if (row.account_id && row.email && row.display_name && row.status) {
        kommun.administrators.push({
          id: row.account_id,
          email: row.email,
          displayName: row.display_name,
          status: row.status,
          invitationExpiresAt: row.invitation_expires_at ? new Date(row.invitation_expires_at).toISOString() : null,
        });
      }
    }
    return [...byCode.values()];
  }

  /** Creates a kommun's administrator account, invited with a one-time link. */
  async create(actor: Actor, input: CreateMunicipalityAdministratorRequest): Promise<InvitationCreated> {
    const created = await this.inKommun(actor, input.municipalityCode, (tx) =>
      createInvitedAccount(tx, this.config, { email: input.email, displayName: input.displayName, role: 'municipality_admin' }),
    );
    this.logger.log({ event: 'invitation_created', accountId: created.user.id, by: actor.userId }, 'Invitation created');
    return this.mailer.deliver(created);
  }

  /** A new link for an administrator who has not yet set a password; earlier links stop working. */
  async resendInvitation(actor: Actor, municipalityCode: string, id: string): Promise<InvitationCreated> {
    const renewed = await this.inKommun(actor, municipalityCode, (tx) => renewInvitation(tx, this.config, id, 'municipality_admin'));
    this.logger.log({ event: 'invitation_renewed', accountId: id, by: actor.userId }, 'Invitation renewed');
    return this.mailer.deliver(renewed);
  }

  /** Disables (their sessions end at once) or enables a kommun administrator's account. */
  async setEnabled(actor: Actor, municipalityCode: string, id: string, enabled: boolean): Promise<UserAccountSummary> {
    const { before, after } = await this.inKommun(actor, municipalityCode, (tx) =>
      changeAccountStatus(tx, id, enabled ? 'enable' : 'disable', enabled ? ENABLED : DISABLED, 'municipality_admin'),
    );
    this.logger.log({ event: 'account_status_changed', accountId: id, by: actor.userId, before: before.status, after: after.status }, 'Account status changed');
    return after;
  }

  private async inKommun<T>(actor: Actor, municipalityCode: string, work: (tx: KommunTransaction) => Promise<T>): Promise<T> {
    const [municipality]: { id: string }[] = await this.dataSource.query('SELECT id FROM municipality WHERE code = $1', [municipalityCode]);
    if (!municipality) throw new NotFoundError('Municipality');
    return this.data.forKommunAccounts(actor, municipality.id, work);
  }
}

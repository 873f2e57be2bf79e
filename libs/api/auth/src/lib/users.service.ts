import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type Actor, inTenantTransaction } from '@kl/api/core';
import type { UserAccountSummary } from '@kl/shared/contracts';
import { DataSource } from 'typeorm';

/** User administration within the administrator's own kommun. */
@Injectable()
export class UsersService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The accounts of the actor's kommun, by name. */
  list(actor: Actor): Promise<UserAccountSummary[]> {
    return inTenantTransaction(this.dataSource, actor.municipalityId, (manager) =>
      manager.query(
        `SELECT a.id, a.email, a.display_name AS "displayName", a.role, a.status,
                array(SELECT u.unit_id FROM user_account_unit u WHERE u.account_id = a.id ORDER BY u.unit_id)
                  AS "unitIds",
                a.staff_member_id AS "staffMemberId", a.row_version AS "rowVersion"
         FROM user_account a
         WHERE a.municipality_id = $1
         ORDER BY a.display_name, a.email`,
        [actor.municipalityId],
      ),
    );
  }
}

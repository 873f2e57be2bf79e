import { Injectable } from '@nestjs/common';
import { type Actor, type KommunTransaction, NotFoundError, ScopedData } from '@kl/api/core';
import type { AuditEntityType, AuditEvent, PersonalDataRead } from '@kl/shared/contracts';

/**
 * Reading the audit trail and the read log. Both are written by the change or read itself, in its
 * own transaction ({@link KommunTransaction.audit}, {@link KommunTransaction.recordRead}).
 */
@Injectable()
export class AuditService {
  constructor(private readonly data: ScopedData) {}

  /** Who read one person's data, newest first (at most `limit`); 404 outside the caller's kommun. */
  reads(actor: Actor, staffMemberId: string, limit = 500): Promise<PersonalDataRead[]> {
    return this.data.inKommun(
      actor,
      async (tx) => {
        await tx.requireStaff(staffMemberId);
        return tx.query<PersonalDataRead>(
          `SELECT r.id, r.actor_user_id AS "actorUserId", a.display_name AS "actorDisplayName",
                  r.resource, r.occurred_at AS "occurredAt"
           FROM personal_data_read r
           LEFT JOIN user_account a ON a.id = r.actor_user_id
           WHERE r.municipality_id = $1 AND r.staff_member_ids @> ARRAY[$2::uuid]
           ORDER BY r.occurred_at DESC, r.id
           LIMIT $3`,
          [tx.municipalityId, staffMemberId, limit],
        );
      },
      'Staff member',
    );
  }

  /**
   * The history of one record, oldest first: a kommun record for its kommun's administrator, a
   * national record (a national framework) for the national analyst. Unknown records and other
   * kommuner's records are both 404.
   */
  async history(
    actor: Actor,
    entityType: AuditEntityType,
    entityId: string,
  ): Promise<AuditEvent[]> {
    const events = await this.data.inOwnTier(actor, (tx) =>
      tx.municipalityId === null
        ? tx.auditHistory(entityType, entityId)
        : this.historyIn(tx, entityType, entityId),
    );
    if (events.length === 0) throw new NotFoundError('Record');
    return events;
  }

  /** The history of one of the kommun's records, with the author's name when the account is the kommun's. */
  historyIn(
    tx: KommunTransaction,
    entityType: AuditEntityType,
    entityId: string,
  ): Promise<AuditEvent[]> {
    return tx.query<AuditEvent>(
      `SELECT e.id, e.actor_user_id AS "actorUserId", a.display_name AS "actorDisplayName",
              e.entity_type AS "entityType", e.entity_id AS "entityId", e.action, e.before, e.after,
              e.occurred_at AS "occurredAt"
       FROM audit_event e
       -- Row-level security shows only accounts of the caller's kommun: others stay nameless.
       LEFT JOIN user_account a ON a.id = e.actor_user_id
       WHERE e.entity_type = $1 AND e.entity_id = $2 AND e.municipality_id = $3
       ORDER BY e.occurred_at, e.id`,
      [entityType, entityId, tx.municipalityId],
    );
  }
}

import { Injectable } from '@nestjs/common';
import { type Actor, type KommunTransaction, NotFoundError, ScopedData } from '@kl/api/core';
import {
  type AuditEntityType,
  type AuditEvent,
  type AuditTrailEntry,
  type AuditTrailPage,
  type AuditTrailQuery,
  PAGE_SIZE_DEFAULT,
  type PersonalDataRead,
} from '@kl/shared/contracts';

/** What an event concerns, in words: the record's name now. */
const SUBJECT = `CASE e.entity_type
    WHEN 'staff_member' THEN (SELECT s.first_name || ' ' || s.last_name FROM staff_member s WHERE s.id = e.entity_id)
    WHEN 'assessment' THEN (SELECT s.first_name || ' ' || s.last_name || coalesce(' – ' || (coalesce(e.after, e.before)->>'topicCode'), '')
                            FROM staff_member s WHERE s.id = (coalesce(e.after, e.before)->>'staffMemberId')::uuid)
    WHEN 'org_unit' THEN (SELECT u.name FROM org_unit u WHERE u.id = e.entity_id)
    WHEN 'inventory_round' THEN (SELECT r.name FROM inventory_round r WHERE r.id = e.entity_id)
    WHEN 'user_account' THEN (SELECT ua.display_name FROM user_account ua WHERE ua.id = e.entity_id)
    WHEN 'competence_framework' THEN (SELECT f.name FROM competence_framework f WHERE f.id = e.entity_id)
    WHEN 'competence_target_set' THEN (SELECT u.name FROM competence_target_set ts JOIN org_unit u ON u.id = ts.unit_id
                                       WHERE ts.id = e.entity_id)
  END`;

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

  /**
   * The kommun's trail, newest first: by person (their record, their levels, the account linked
   * to them), kind of record, actor and period. A search by person is logged as a read of their data.
   */
  trail(actor: Actor, query: AuditTrailQuery): Promise<AuditTrailPage> {
    const page = query.page ?? 1;
    const pageSize = query.pageSize ?? PAGE_SIZE_DEFAULT;
    return this.data.inKommun(
      actor,
      async (tx) => {
        const p = tx.params();
        const where = ['e.municipality_id = $1'];
        if (query.staffMemberId) {
          await tx.requireStaff(query.staffMemberId);
          const person = p.add(query.staffMemberId, 'uuid');
          where.push(`((e.entity_type = 'staff_member' AND e.entity_id = ${person})
          OR (e.entity_type = 'assessment' AND (coalesce(e.after, e.before)->>'staffMemberId')::uuid = ${person})
          OR (e.entity_type = 'user_account' AND e.entity_id IN (SELECT ua.id FROM user_account ua WHERE ua.staff_member_id = ${person})))`);
        }
        if (query.entityType)
          where.push(`e.entity_type = ${p.add(query.entityType)}::audit_entity_type`);
        if (query.actorUserId) where.push(`e.actor_user_id = ${p.add(query.actorUserId, 'uuid')}`);
        if (query.from)
          where.push(
            `e.occurred_at >= (${p.add(query.from, 'date')}::timestamp AT TIME ZONE 'Europe/Stockholm')`,
          );
        if (query.to)
          where.push(
            `e.occurred_at < ((${p.add(query.to, 'date')} + 1)::timestamp AT TIME ZONE 'Europe/Stockholm')`,
          );
        const filter = where.join(' AND ');
        const [{ total }] = await tx.query<{ total: number }>(
          `SELECT count(*)::int AS total FROM audit_event e WHERE ${filter}`,
          p,
        );
        const items = await tx.query<AuditTrailEntry>(
          `SELECT e.id, e.actor_user_id AS "actorUserId", a.display_name AS "actorDisplayName",
                e.entity_type AS "entityType", e.entity_id AS "entityId", e.action, e.before, e.after,
                e.occurred_at AS "occurredAt", ${SUBJECT} AS subject
         FROM audit_event e LEFT JOIN user_account a ON a.id = e.actor_user_id
         WHERE ${filter}
         ORDER BY e.occurred_at DESC, e.id DESC
         LIMIT ${p.add(pageSize)} OFFSET ${p.add((page - 1) * pageSize)}`,
          p,
        );
        if (query.staffMemberId) await tx.recordRead('audit_trail', [query.staffMemberId]);
        return { items, total, page, pageSize };
      },
      'Record',
    );
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

import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type Actor, inTenantTransaction, NotFoundError } from '@kl/api/core';
import type { AuditAction, AuditEntityType, AuditEvent, PersonalDataRead, PersonalDataResource } from '@kl/shared/contracts';
import { DataSource, type EntityManager } from 'typeorm';

/** What one change writes to the trail. */
export interface AuditRecord {
  actor: Actor;
  /** The kommun the record belongs to; null for national records. */
  municipalityId: string | null;
  entityType: AuditEntityType;
  entityId: string;
  action: AuditAction;
  before: unknown;
  after: unknown;
}

@Injectable()
export class AuditService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Writes one event with the manager of the change's own transaction: both commit or neither. */
  async record(manager: EntityManager, event: AuditRecord): Promise<void> {
    await manager.query(
      `INSERT INTO audit_event (municipality_id, actor_user_id, entity_type, entity_id, action, before, after)
       VALUES ($1, $2, $3, $4, $5, $6::jsonb, $7::jsonb)`,
      [
        event.municipalityId,
        event.actor.userId,
        event.entityType,
        event.entityId,
        event.action,
        event.before === null || event.before === undefined ? null : JSON.stringify(event.before),
        event.after === null || event.after === undefined ? null : JSON.stringify(event.after),
      ],
    );
  }

  /**
   * Logs that `actor` read these people's competence data, in the read's own transaction (so under
   * its kommun). A person reading their own data is not logged; nor is a read of nobody.
   */
  async recordRead(
    manager: EntityManager,
    actor: Actor,
    municipalityId: string,
    resource: PersonalDataResource,
    staffMemberIds: readonly string[],
  ): Promise<void> {
    const self = actor.staffMemberId?.toLowerCase();
    const others = staffMemberIds.map((id) => id.toLowerCase()).filter((id) => id !== self);
    if (others.length === 0) return;
    await manager.query(
      `INSERT INTO personal_data_read (municipality_id, actor_user_id, resource, staff_member_ids)
       VALUES ($1, $2, $3, $4::uuid[])`,
      [municipalityId, actor.userId, resource, others],
    );
  }

  /** Who read one person's data, newest first (at most `limit`); 404 outside the caller's kommun. */
  async reads(actor: Actor, staffMemberId: string, limit = 500): Promise<PersonalDataRead[]> {
    const municipalityId = actor.municipalityId;
    if (!municipalityId) throw new NotFoundError('Staff member');
    return inTenantTransaction(this.dataSource, municipalityId, async (manager) => {
      const [person] = await manager.query('SELECT 1 FROM staff_member WHERE id = $1', [staffMemberId]);
      if (!person) throw new NotFoundError('Staff member');
      return manager.query(
        `SELECT r.id, r.actor_user_id AS "actorUserId", a.display_name AS "actorDisplayName",
                r.resource, r.occurred_at AS "occurredAt"
         FROM personal_data_read r
         LEFT JOIN user_account a ON a.id = r.actor_user_id
         WHERE r.staff_member_ids @> ARRAY[$1::uuid]
         ORDER BY r.occurred_at DESC, r.id
         LIMIT $2`,
        [staffMemberId, limit],
      );
    });
  }

  /**
   * The history of one record, oldest first, within the caller's kommun (national records for
   * callers without one). Unknown records and other kommuner's records are both 404.
   */
  async history(actor: Actor, entityType: AuditEntityType, entityId: string): Promise<AuditEvent[]> {
    const events = await inTenantTransaction(this.dataSource, actor.municipalityId, (manager) =>
      this.historyIn(manager, actor.municipalityId, entityType, entityId),
    );
    if (events.length === 0) {
      throw new NotFoundError('Record');
    }
    return events;
  }

  historyIn(
    manager: EntityManager,
    municipalityId: string | null,
    entityType: AuditEntityType,
    entityId: string,
  ): Promise<AuditEvent[]> {
    return manager.query(
      `SELECT e.id, e.actor_user_id AS "actorUserId", a.display_name AS "actorDisplayName",
              e.entity_type AS "entityType", e.entity_id AS "entityId", e.action, e.before, e.after,
              e.occurred_at AS "occurredAt"
       FROM audit_event e
       -- Row-level security shows only accounts of the caller's kommun: others stay nameless.
       LEFT JOIN user_account a ON a.id = e.actor_user_id
       WHERE e.entity_type = $1 AND e.entity_id = $2 AND e.municipality_id IS NOT DISTINCT FROM $3
       ORDER BY e.occurred_at, e.id`,
      [entityType, entityId, municipalityId],
    );
  }
}

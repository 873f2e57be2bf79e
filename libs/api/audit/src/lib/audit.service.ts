import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type Actor, inTenantTransaction, NotFoundError } from '@kl/api/core';
import type { AuditAction, AuditEntityType, AuditEvent } from '@kl/shared/contracts';
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

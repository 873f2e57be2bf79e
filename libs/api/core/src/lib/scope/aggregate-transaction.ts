import type { AuditEvent, AuditEntityType } from '@kl/shared/contracts';
import type { EntityManager } from 'typeorm';
import type { CountyScope, NationalScope } from './access-scope';
import { auditJson, type AuditEntry } from './audit-entry';
import type { SqlParams } from './sql-params';

/**
 * One transaction of the national or regional tier, opened by {@link ScopedData.inAggregates} on
 * the aggregate connection: a database role granted aggregate and reference tables only, which
 * PostgreSQL refuses every table that names a person (docs/decisions/0006-access-scope.md).
 */
export class AggregateTransaction {
  /** The national tier belongs to no kommun. */
  readonly municipalityId = null;

  constructor(
    readonly manager: EntityManager,
    readonly scope: CountyScope | NationalScope,
    /** null for the application's own work (the demo seed). */
    readonly actorUserId: string | null,
  ) {}

  query<T>(sql: string, params: SqlParams | unknown[] = []): Promise<T[]> {
    return this.manager.query(sql, Array.isArray(params) ? params : params.values);
  }

  /** The condition that limits rows to the caller's län (`column` holds a county code); none for the national tier. */
  countyFilter(p: SqlParams, column: string): string {
    return this.scope.kind === 'county' ? `${column} = ${p.add(this.scope.countyCode)}` : 'true';
  }

  /**
   * National records (national frameworks) go to the audit trail through a function that writes
   * rows without a kommun only: the aggregate role has no grant on the trail itself.
   */
  async audit(entries: AuditEntry | readonly AuditEntry[]): Promise<void> {
    const list = Array.isArray(entries) ? entries : [entries as AuditEntry];
    for (const e of list) {
      await this.manager.query(
        'SELECT national_audit_record($1, $2, $3, $4, $5::jsonb, $6::jsonb)',
        [
          this.actorUserId,
          e.entityType,
          e.entityId,
          e.action,
          auditJson(e.before),
          auditJson(e.after),
        ],
      );
    }
  }

  /** A national record's history, oldest first, with the names of national analysts who made it. */
  auditHistory(entityType: AuditEntityType, entityId: string): Promise<AuditEvent[]> {
    return this.manager.query(
      `SELECT id, actor_user_id AS "actorUserId", actor_display_name AS "actorDisplayName",
              entity_type AS "entityType", entity_id AS "entityId", action, before, after, occurred_at AS "occurredAt"
       FROM national_audit_history($1, $2)`,
      [entityType, entityId],
    );
  }
}

import type { PersonalDataResource } from '@kl/shared/contracts';
import type { EntityManager } from 'typeorm';
import { queryPrepared } from '../database/prepared-query';
import { NotFoundError } from '../errors/domain-error';
import type { KommunScope } from './access-scope';
import { auditJson, type AuditEntry } from './audit-entry';
import { SqlParams } from './sql-params';
import { unitSubtreeCte } from './unit-tree';

/** The SQL expressions of a staff row that scope filters compare (a `staff_member` or a frozen population row). */
export interface StaffColumns {
  id: string;
  unitId: string;
  municipalityId: string;
}

export const staffColumns = (alias = 's'): StaffColumns => ({
  id: `${alias}.id`,
  unitId: `${alias}.unit_id`,
  municipalityId: `${alias}.municipality_id`,
});

export interface StaffFilterOptions {
  /** The row's columns; `s.id`, `s.unit_id` and `s.municipality_id` when left out. */
  columns?: StaffColumns;
  /** Narrows to staff of these units (a unit filter's subtree from {@link KommunTransaction.unitSubtree}). */
  within?: readonly string[];
  /** Leaves out the caller's own staff record: nobody assesses their own levels as a leader. */
  excludeSelf?: boolean;
}

/** A staff member the caller may see, as scope checks answer it. */
export interface ScopedStaff {
  id: string;
  unitId: string;
  unitName: string;
  role: 'caseworker' | 'team_leader';
}

/**
 * One transaction in one kommun, opened by {@link ScopedData.inKommun} with the kommun set for
 * row-level security. It holds the only staff and unit filters of the API and writes the audit
 * trail and the read log in the same transaction as the work.
 */
export class KommunTransaction {
  constructor(
    readonly manager: EntityManager,
    readonly scope: KommunScope,
    /** The account acting; null for the application's own work (the round clock). */
    readonly actorUserId: string | null,
    /** The caller's own staff record, when their account is linked to one. */
    readonly selfStaffMemberId: string | null,
  ) {}

  get municipalityId(): string {
    return this.scope.municipalityId;
  }

  /** A parameter list whose `$1` is the kommun (the filters below name it, and add nothing more for it). */
  params(): SqlParams {
    const p = new SqlParams();
    this.kommun(p);
    return p;
  }

  private kommun(p: SqlParams): string {
    return p.once('kommun', this.municipalityId, 'uuid');
  }

  query<T>(sql: string, params: SqlParams | unknown[] = []): Promise<T[]> {
    return this.manager.query(sql, params instanceof SqlParams ? params.values : params);
  }

  /**
   * An UPDATE or DELETE with RETURNING: its returned rows (TypeORM answers such statements as
   * `[rows, count]`, which `query` passes on as it is).
   */
  async modify<T>(sql: string, params: SqlParams | unknown[] = []): Promise<T[]> {
    const [rows] = (await this.query(sql, params)) as unknown as [T[], number];
    return rows;
  }

  /** {@link queryPrepared}: for hot statements whose plan does not depend on the values. */
  prepared<T>(sql: string, params: SqlParams | unknown[] = []): Promise<T[]> {
    return queryPrepared<T>(
      this.manager,
      sql,
      params instanceof SqlParams ? params.values : params,
    );
  }

  /**
   * The condition that limits a staff row to the caller's reach in this kommun: everyone for an
   * administrator, the staff of a team leader's units and subunits, a caseworker's own record.
   */
  staffFilter(p: SqlParams, options: StaffFilterOptions = {}): string {
    const c = options.columns ?? staffColumns();
    const where = [`${c.municipalityId} = ${this.kommun(p)}`];
    const reach = this.scope.staff;
    if (reach.kind === 'units') where.push(`${c.unitId} = ANY(${p.add(reach.unitIds, 'uuid[]')})`);
    else if (reach.kind === 'self')
      where.push(reach.staffMemberId ? `${c.id} = ${p.add(reach.staffMemberId, 'uuid')}` : 'false');
    else if (reach.kind === 'none') where.push('false');
    if (options.within) where.push(`${c.unitId} = ANY(${p.add(options.within, 'uuid[]')})`);
    if (options.excludeSelf && this.selfStaffMemberId) {
      where.push(`${c.id} IS DISTINCT FROM ${p.add(this.selfStaffMemberId, 'uuid')}`);
    }
    return where.join(' AND ');
  }

  /** The condition that limits an `org_unit` row to the units the caller may see. */
  unitFilter(p: SqlParams, alias = 'u'): string {
    const where = [`${alias}.municipality_id = ${this.kommun(p)}`];
    const reach = this.scope.staff;
    if (reach.kind === 'units') where.push(`${alias}.id = ANY(${p.add(reach.unitIds, 'uuid[]')})`);
    else if (reach.kind !== 'all') where.push('false');
    return where.join(' AND ');
  }

  /** The staff member if the caller may see them; 404 otherwise (existence is not disclosed). */
  async requireStaff(staffMemberId: string): Promise<ScopedStaff> {
    const p = this.params();
    const id = p.add(staffMemberId, 'uuid');
    const rows = await this.prepared<ScopedStaff>(
      `SELECT s.id, s.unit_id AS "unitId", u.name AS "unitName", s.role
       FROM staff_member s JOIN org_unit u ON u.id = s.unit_id
       WHERE s.id = ${id} AND ${this.staffFilter(p)}`,
      p,
    );
    if (rows.length === 0) throw new NotFoundError('Staff member');
    return rows[0];
  }

  /** A unit the caller may see, with all its subunits; 404 for any other unit. */
  async unitSubtree(unitId: string): Promise<string[]> {
    const p = this.params();
    const root = p.add([unitId], 'uuid[]');
    const rows = await this.prepared<{ id: string; visible: boolean }>(
      `WITH RECURSIVE ${unitSubtreeCte('subtree', '$1', root)}
       SELECT st.id, ${this.unitFilter(p, 'u')} AS visible
       FROM subtree st JOIN org_unit u ON u.id = st.id`,
      p,
    );
    const rootRow = rows.find((row) => row.id === unitId.toLowerCase());
    if (!rootRow?.visible) throw new NotFoundError('Unit');
    return rows.filter((row) => row.visible).map((row) => row.id);
  }

  /** Writes changes to the audit trail in this transaction: both commit or neither. */
  async audit(entries: AuditEntry | readonly AuditEntry[]): Promise<void> {
    const list = Array.isArray(entries) ? entries : [entries as AuditEntry];
    if (list.length === 0) return;
    await this.manager.query(
      `INSERT INTO audit_event (municipality_id, actor_user_id, entity_type, entity_id, action, before, after)
       SELECT $1, $2, x.entity_type::audit_entity_type, x.entity_id, x.action::audit_action, x.before, x.after
       FROM unnest($3::text[], $4::uuid[], $5::text[], $6::jsonb[], $7::jsonb[])
         AS x(entity_type, entity_id, action, before, after)`,
      [
        this.municipalityId,
        this.actorUserId,
        list.map((e) => e.entityType),
        list.map((e) => e.entityId),
        list.map((e) => e.action),
        list.map((e) => auditJson(e.before)),
        list.map((e) => auditJson(e.after)),
      ],
    );
  }

  /**
   * Logs that the caller read these people's personal data (DESIGN.md §7), in this transaction. A
   * person reading their own data is not logged, nor is a read of nobody.
   */
  async recordRead(
    resource: PersonalDataResource,
    staffMemberIds: readonly string[],
  ): Promise<void> {
    const self = this.selfStaffMemberId?.toLowerCase();
    const others = [...new Set(staffMemberIds.map((id) => id.toLowerCase()))].filter(
      (id) => id !== self,
    );
    if (others.length === 0) return;
    await this.manager.query(
      `INSERT INTO personal_data_read (municipality_id, actor_user_id, resource, staff_member_ids)
       VALUES ($1, $2, $3, $4::uuid[])`,
      [this.municipalityId, this.actorUserId, resource, others],
    );
  }
}

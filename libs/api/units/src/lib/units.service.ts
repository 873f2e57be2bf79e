import { Injectable } from '@nestjs/common';
import {
  type Actor,
  type KommunTransaction,
  NotFoundError,
  ScopedData,
  StaleVersionError,
  uniqueViolation,
  unitSubtreeCte,
  ValidationFailedError,
  type VersionedDto,
} from '@kl/api/core';
import type { OrgUnit, OrgUnitTreeNode } from '@kl/shared/contracts';
import { todayInSweden } from '@kl/shared/util';
import type { EntityManager } from 'typeorm';
import type { CreateOrgUnitDto, MoveOrgUnitDto, UpdateOrgUnitDto } from './dto/unit.dto';
import {
  UnitClosedError,
  UnitCycleError,
  UnitHasActiveStaffError,
  UnitHasStaffHistoryError,
  UnitHasSubunitsError,
  UnitNameTakenError,
} from './units.errors';

/** The columns of a unit as the API answers them; `$1` is the kommun, `$2` today. */
const UNIT_SELECT = `
  SELECT u.id, u.parent_id AS "parentId", u.kind, u.name, sa.code AS "serviceAreaCode",
         u.closed_at AS "closedAt", u.row_version AS version,
         (SELECT count(*)::int FROM staff_member s
          WHERE s.unit_id = u.id AND s.municipality_id = $1
            AND (s.employment_end IS NULL OR s.employment_end >= $2::date)) AS "activeStaffCount"
  FROM org_unit u JOIN service_area sa ON sa.id = u.service_area_id`;

@Injectable()
export class UnitsService {
  constructor(private readonly data: ScopedData) {}

  /**
   * The caller's units as a tree: the whole kommun for an administrator, a team leader's own units
   * and their subunits (their units are the roots then).
   */
  async tree(actor: Actor): Promise<OrgUnitTreeNode[]> {
    const units = await this.data.inKommun(actor, (tx) => this.visibleUnits(tx), 'Unit');
    const nodes = new Map(units.map((u) => [u.id, { ...u, children: [] as OrgUnitTreeNode[] }]));
    const roots: OrgUnitTreeNode[] = [];
    for (const node of nodes.values()) {
      const parent = node.parentId ? nodes.get(node.parentId) : undefined;
      if (parent) parent.children.push(node);
      else roots.push(node);
    }
    return roots;
  }

  async get(actor: Actor, id: string): Promise<OrgUnit> {
    return this.data.inKommun(
      actor,
      async (tx) => {
        const units = await this.visibleUnits(tx, id);
        if (units.length === 0) throw new NotFoundError('Unit');
        return units[0];
      },
      'Unit',
    );
  }

  async create(actor: Actor, dto: CreateOrgUnitDto): Promise<OrgUnit> {
    return this.data.inKommun(actor, async (tx) => {
      const { manager, municipalityId } = tx;
      if (dto.parentId) {
        await this.requireOpenParent(manager, municipalityId, dto.parentId);
      }
      const inserted: { id: string }[] = await this.mapUnique(
        manager.query(
          `INSERT INTO org_unit (municipality_id, parent_id, kind, name, service_area_id)
           SELECT $1, $2, $3, $4, sa.id FROM service_area sa WHERE sa.code = $5 RETURNING id`,
          [municipalityId, dto.parentId ?? null, dto.kind, dto.name, dto.serviceAreaCode],
        ),
      );
      const unit = await this.load(manager, municipalityId, inserted[0].id);
      await tx.audit({
        entityType: 'org_unit',
        entityId: unit.id,
        action: 'create',
        before: null,
        after: unit,
      });
      return unit;
    });
  }

  async update(actor: Actor, id: string, dto: UpdateOrgUnitDto): Promise<OrgUnit> {
    return this.data.inKommun(actor, async (tx) => {
      const { manager, municipalityId } = tx;
      const before = await this.loadForChange(manager, municipalityId, id, dto);
      await this.mapUnique(
        this.conditionalUpdate(
          manager,
          municipalityId,
          id,
          dto.version,
          `name = coalesce($4, name), kind = coalesce($5::org_unit_kind, kind),
           service_area_id = coalesce((SELECT sa.id FROM service_area sa WHERE sa.code = $6), service_area_id)`,
          [dto.name ?? null, dto.kind ?? null, dto.serviceAreaCode ?? null],
        ),
      );
      const after = await this.load(manager, municipalityId, id);
      await tx.audit({
        entityType: 'org_unit',
        entityId: id,
        action: 'update',
        before: before,
        after: after,
      });
      return after;
    });
  }

  async move(actor: Actor, id: string, dto: MoveOrgUnitDto): Promise<OrgUnit> {
    return this.data.inKommun(actor, async (tx) => {
      const { manager, municipalityId } = tx;
      // Moves of one kommun take turns, so two concurrent moves cannot build a cycle together.
      await manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', [
        `org_unit_move:${municipalityId}`,
      ]);
      const before = await this.loadForChange(manager, municipalityId, id, dto);
      if (dto.parentId) {
        await this.requireOpenParent(manager, municipalityId, dto.parentId);
        const [{ cycle }]: { cycle: boolean }[] = await manager.query(
          `WITH RECURSIVE ${unitSubtreeCte('subtree', '$1', '$2')}
           SELECT EXISTS (SELECT 1 FROM subtree WHERE id = $3) AS cycle`,
          [municipalityId, [id], dto.parentId],
        );
        if (cycle) throw new UnitCycleError();
      }
      await this.conditionalUpdate(manager, municipalityId, id, dto.version, 'parent_id = $4', [
        dto.parentId,
      ]);
      const after = await this.load(manager, municipalityId, id);
      await tx.audit({
        entityType: 'org_unit',
        entityId: id,
        action: 'move',
        before: before,
        after: after,
      });
      return after;
    });
  }

  async close(actor: Actor, id: string, dto: VersionedDto): Promise<OrgUnit> {
    return this.data.inKommun(actor, async (tx) => {
      const { manager, municipalityId } = tx;
      // Locked first, so no staff member or subunit joins between the checks and the close.
      await manager.query(
        'SELECT 1 FROM org_unit WHERE id = $1 AND municipality_id = $2 FOR UPDATE',
        [id, municipalityId],
      );
      const before = await this.loadForChange(manager, municipalityId, id, dto);
      if (before.closedAt) throw new UnitClosedError();
      await this.requireNoActiveStaff(before);
      const [{ open }]: { open: number }[] = await manager.query(
        'SELECT count(*)::int AS open FROM org_unit WHERE municipality_id = $1 AND parent_id = $2 AND closed_at IS NULL',
        [municipalityId, id],
      );
      if (open > 0) throw new UnitHasSubunitsError();
      await this.conditionalUpdate(
        manager,
        municipalityId,
        id,
        dto.version,
        'closed_at = now()',
        [],
      );
      const after = await this.load(manager, municipalityId, id);
      await tx.audit({
        entityType: 'org_unit',
        entityId: id,
        action: 'close',
        before: before,
        after: after,
      });
      return after;
    });
  }

  /** Only a unit that never had staff or subunits can be deleted; others are closed. */
  async remove(actor: Actor, id: string): Promise<void> {
    await this.data.inKommun(actor, async (tx) => {
      const { manager, municipalityId } = tx;
      // Lock the row so no staff member is added to it while it goes.
      const locked = await manager.query(
        'SELECT id FROM org_unit WHERE id = $1 AND municipality_id = $2 FOR UPDATE',
        [id, municipalityId],
      );
      if (locked.length === 0) throw new NotFoundError('Unit');
      const before = await this.load(manager, municipalityId, id);
      await this.requireNoActiveStaff(before);
      const [{ staff, subunits }]: { staff: number; subunits: number }[] = await manager.query(
        `SELECT (SELECT count(*)::int FROM staff_member WHERE municipality_id = $1 AND unit_id = $2) AS staff,
                (SELECT count(*)::int FROM org_unit WHERE municipality_id = $1 AND parent_id = $2) AS subunits`,
        [municipalityId, id],
      );
      if (subunits > 0) throw new UnitHasSubunitsError();
      if (staff > 0) throw new UnitHasStaffHistoryError();
      await manager.query('DELETE FROM org_unit WHERE id = $1 AND municipality_id = $2', [
        id,
        municipalityId,
      ]);
      await tx.audit({
        entityType: 'org_unit',
        entityId: id,
        action: 'delete',
        before: before,
        after: null,
      });
    });
  }

  /** The units the caller may see (a team leader: their units and subunits), or the one asked for. */
  private visibleUnits(tx: KommunTransaction, id?: string): Promise<OrgUnit[]> {
    const p = tx.params();
    p.add(todayInSweden());
    const where = [tx.unitFilter(p, 'u')];
    if (id) where.push(`u.id = ${p.add(id, 'uuid')}`);
    return tx.query(`${UNIT_SELECT} WHERE ${where.join(' AND ')} ORDER BY u.name`, p);
  }

  private async load(manager: EntityManager, municipalityId: string, id: string): Promise<OrgUnit> {
    const rows: OrgUnit[] = await manager.query(
      `${UNIT_SELECT} WHERE u.municipality_id = $1 AND u.id = $3`,
      [municipalityId, todayInSweden(), id],
    );
    if (rows.length === 0) throw new NotFoundError('Unit');
    return rows[0];
  }

  /** The unit as it is, if the client saw this version; else 409 with the current one. */
  private async loadForChange(
    manager: EntityManager,
    municipalityId: string,
    id: string,
    dto: VersionedDto,
  ): Promise<OrgUnit> {
    const unit = await this.load(manager, municipalityId, id);
    if (unit.version !== dto.version) throw new StaleVersionError('Unit', unit);
    return unit;
  }

  /**
   * The update itself only applies to the version the client saw: under concurrent writers exactly
   * one of those carrying the same version wins; the others get 409 with the current record.
   * `set` may use `$4`, `$5`, … for `values`.
   */
  private async conditionalUpdate(
    manager: EntityManager,
    municipalityId: string,
    id: string,
    version: number,
    set: string,
    values: unknown[],
  ): Promise<void> {
    const [rows]: [{ id: string }[], number] = await manager.query(
      `UPDATE org_unit SET ${set}, row_version = row_version + 1, updated_at = now()
       WHERE id = $1 AND municipality_id = $2 AND row_version = $3 RETURNING id`,
      [id, municipalityId, version, ...values],
    );
    if (rows.length === 0) {
      throw new StaleVersionError('Unit', await this.load(manager, municipalityId, id));
    }
  }

  private async requireOpenParent(
    manager: EntityManager,
    municipalityId: string,
    parentId: string,
  ): Promise<void> {
    const rows: { closedAt: Date | null }[] = await manager.query(
      'SELECT closed_at AS "closedAt" FROM org_unit WHERE id = $1 AND municipality_id = $2',
      [parentId, municipalityId],
    );
    if (rows.length === 0) throw new ValidationFailedError({ parentId: 'invalid_value' });
    if (rows[0].closedAt) throw new UnitClosedError();
  }

  private async requireNoActiveStaff(unit: OrgUnit): Promise<void> {
    if (unit.activeStaffCount > 0) throw new UnitHasActiveStaffError();
  }

  private async mapUnique<T>(work: Promise<T>): Promise<T> {
    try {
      return await work;
    } catch (error) {
      if (uniqueViolation(error) === 'uq_org_unit_municipality_name')
        throw new UnitNameTakenError();
      throw error;
    }
  }
}

import type { FieldErrorCode } from '@kl/shared/contracts';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  type Actor,
  inTenantTransaction,
  queryPrepared,
  StaleVersionError,
  uniqueViolation,
  ValidationFailedError,
} from '@kl/api/core';
import { AuditService } from '@kl/api/audit';
import type { AuditAction, InventoryRound, RoundStatus } from '@kl/shared/contracts';
import { DataSource, type EntityManager } from 'typeorm';
import type { CreateRoundDto, ReopenRoundDto, UpdateRoundDto } from './dto/round.dto';
import {
  RoundClosedError,
  RoundNameTakenError,
  RoundNotFoundError,
  RoundStatusError,
} from './inventory.errors';

export const ROUND_SELECT = `
  SELECT r.id, r.name, r.national_round_id AS "nationalRoundId", r.framework_id AS "frameworkId",
         f.code AS "frameworkCode", f.version AS "frameworkVersion", r.reference_date::text AS "referenceDate",
         r.opens_on::text AS "opensOn", r.closes_on::text AS "closesOn", r.unit_ids::text[] AS "unitIds",
         r.status, r.row_version AS version, r.created_at AS "createdAt", r.updated_at AS "updatedAt"
  FROM inventory_round r JOIN competence_framework f ON f.id = r.framework_id`;

type RoundFields = Pick<
  InventoryRound,
  'name' | 'nationalRoundId' | 'frameworkId' | 'referenceDate' | 'opensOn' | 'closesOn' | 'unitIds'
>;

@Injectable()
export class RoundsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  async list(actor: Actor): Promise<InventoryRound[]> {
    const municipalityId = requireMunicipality(actor);
    return inTenantTransaction(this.dataSource, municipalityId, (manager) =>
      manager.query(
        `${ROUND_SELECT} WHERE r.municipality_id = $1 ORDER BY r.reference_date DESC, r.name`,
        [municipalityId],
      ),
    );
  }

  async get(actor: Actor, id: string): Promise<InventoryRound> {
    const municipalityId = requireMunicipality(actor);
    return inTenantTransaction(this.dataSource, municipalityId, (manager) =>
      loadRound(manager, municipalityId, id),
    );
  }

  async create(actor: Actor, dto: CreateRoundDto): Promise<InventoryRound> {
    const municipalityId = requireMunicipality(actor);
    const fields: RoundFields = {
      ...dto,
      nationalRoundId: dto.nationalRoundId ?? null,
      unitIds: unique(dto.unitIds),
    };
    checkDates(fields);
    return inTenantTransaction(this.dataSource, municipalityId, async (manager) => {
      await checkReferences(manager, municipalityId, fields);
      const rows: { id: string }[] = await mapUnique(
        manager.query(
          `INSERT INTO inventory_round
             (municipality_id, name, national_round_id, framework_id, reference_date, opens_on, closes_on, unit_ids)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8::uuid[]) RETURNING id`,
          [
            municipalityId,
            fields.name,
            fields.nationalRoundId,
            fields.frameworkId,
            fields.referenceDate,
            fields.opensOn,
            fields.closesOn,
            fields.unitIds,
          ],
        ),
      );
      const after = await loadRound(manager, municipalityId, rows[0].id);
      await this.record(manager, actor, 'create', null, after);
      return after;
    });
  }

  async update(actor: Actor, id: string, dto: UpdateRoundDto): Promise<InventoryRound> {
    const municipalityId = requireMunicipality(actor);
    const { version, ...changes } = dto;
    return inTenantTransaction(this.dataSource, municipalityId, async (manager) => {
      const before = await loadRound(manager, municipalityId, id);
      if (before.version !== version) throw new StaleVersionError('Inventory round', before);
      if (before.status === 'closed') throw new RoundClosedError();
      if (
        changes.frameworkId &&
        changes.frameworkId !== before.frameworkId &&
        before.status !== 'planned'
      ) {
        // Assessments already point at the topics of the framework the round opened with.
        throw new RoundStatusError('The framework of a round cannot change once it has opened');
      }
      const fields: RoundFields = {
        name: changes.name ?? before.name,
        nationalRoundId:
          changes.nationalRoundId === undefined ? before.nationalRoundId : changes.nationalRoundId,
        frameworkId: changes.frameworkId ?? before.frameworkId,
        referenceDate: changes.referenceDate ?? before.referenceDate,
        opensOn: changes.opensOn ?? before.opensOn,
        closesOn: changes.closesOn ?? before.closesOn,
        unitIds: changes.unitIds ? unique(changes.unitIds) : before.unitIds,
      };
      checkDates(fields);
      await checkReferences(manager, municipalityId, fields);
      const [rows]: [{ id: string }[], number] = await mapUnique(
        manager.query(
          `UPDATE inventory_round SET name = $4, national_round_id = $5, framework_id = $6, reference_date = $7,
                  opens_on = $8, closes_on = $9, unit_ids = $10::uuid[], row_version = row_version + 1, updated_at = now()
           WHERE id = $1 AND municipality_id = $2 AND row_version = $3 RETURNING id`,
          [
            id,
            municipalityId,
            version,
            fields.name,
            fields.nationalRoundId,
            fields.frameworkId,
            fields.referenceDate,
            fields.opensOn,
            fields.closesOn,
            fields.unitIds,
          ],
        ),
      );
      if (rows.length === 0)
        throw new StaleVersionError(
          'Inventory round',
          await loadRound(manager, municipalityId, id),
        );
      const after = await loadRound(manager, municipalityId, id);
      await this.record(manager, actor, 'update', before, after);
      return after;
    });
  }

  open(actor: Actor, id: string, version: number): Promise<InventoryRound> {
    return this.transition(actor, id, version, 'planned', 'open', 'open');
  }

  close(actor: Actor, id: string, version: number): Promise<InventoryRound> {
    return this.transition(actor, id, version, 'open', 'closed', 'close');
  }

  reopen(actor: Actor, id: string, dto: ReopenRoundDto): Promise<InventoryRound> {
    return this.transition(actor, id, dto.version, 'closed', 'open', 'reopen', dto.reason);
  }

  private async transition(
    actor: Actor,
    id: string,
    version: number,
    from: RoundStatus,
    to: RoundStatus,
    action: AuditAction,
    reason?: string,
  ): Promise<InventoryRound> {
    const municipalityId = requireMunicipality(actor);
    return inTenantTransaction(this.dataSource, municipalityId, async (manager) => {
      const before = await loadRound(manager, municipalityId, id);
      if (before.version !== version) throw new StaleVersionError('Inventory round', before);
      if (before.status !== from) {
        throw new RoundStatusError(
          `Only a ${from} round can be moved to ${to}; this one is ${before.status}`,
        );
      }
      const [rows]: [{ id: string }[], number] = await manager.query(
        `UPDATE inventory_round SET status = $4, row_version = row_version + 1, updated_at = now()
         WHERE id = $1 AND municipality_id = $2 AND row_version = $3 RETURNING id`,
        [id, municipalityId, version, to],
      );
      if (rows.length === 0)
        throw new StaleVersionError(
          'Inventory round',
          await loadRound(manager, municipalityId, id),
        );
      const after = await loadRound(manager, municipalityId, id);
      await this.record(
        manager,
        actor,
        action,
        before,
        reason === undefined ? after : { ...after, reason },
      );
      return after;
    });
  }

  private record(
    manager: EntityManager,
    actor: Actor,
    action: AuditAction,
    before: InventoryRound | null,
    after: InventoryRound & { reason?: string },
  ): Promise<void> {
    return this.audit.record(manager, {
      actor,
      municipalityId: actor.municipalityId,
      entityType: 'inventory_round',
      entityId: after.id,
      action,
      before,
      after,
    });
  }
}

/** The round of the caller's kommun, or 404 (other kommuner's rounds are not disclosed). */
export async function loadRound(
  manager: EntityManager,
  municipalityId: string,
  id: string,
  lock = false,
): Promise<InventoryRound> {
  const rows = await queryPrepared<InventoryRound>(
    manager,
    `${ROUND_SELECT} WHERE r.municipality_id = $1 AND r.id = $2${lock ? ' FOR SHARE OF r' : ''}`,
    [municipalityId, id],
  );
  if (rows.length === 0) throw new RoundNotFoundError();
  return rows[0];
}

export function requireMunicipality(actor: Actor): string {
  if (!actor.municipalityId) throw new RoundNotFoundError();
  return actor.municipalityId;
}

function checkDates(fields: RoundFields): void {
  if (fields.closesOn < fields.opensOn)
    throw new ValidationFailedError({ closesOn: 'before_start' });
}

async function checkReferences(
  manager: EntityManager,
  municipalityId: string,
  fields: RoundFields,
): Promise<void> {
  const [{ framework, units }]: { framework: boolean; units: number }[] = await manager.query(
    `SELECT EXISTS (SELECT 1 FROM competence_framework
                    WHERE id = $2 AND status = 'published' AND (municipality_id IS NULL OR municipality_id = $1)) AS framework,
            (SELECT count(*)::int FROM org_unit WHERE municipality_id = $1 AND id = ANY($3::uuid[])) AS units`,
    [municipalityId, fields.frameworkId, fields.unitIds],
  );
  const errors: Record<string, FieldErrorCode> = {};
  // Only published versions are immutable, so only they can carry assessments.
  if (!framework) errors['frameworkId'] = 'invalid_value';
  if (units !== fields.unitIds.length) errors['unitIds'] = 'invalid_value';
  if (Object.keys(errors).length > 0) throw new ValidationFailedError(errors);
}

function unique(ids: readonly string[]): string[] {
  return [...new Set(ids.map((id) => id.toLowerCase()))];
}

async function mapUnique<T>(work: Promise<T>): Promise<T> {
  try {
    return await work;
  } catch (error) {
    if (uniqueViolation(error) === 'uq_inventory_round_municipality_name')
      throw new RoundNameTakenError();
    throw error;
  }
}

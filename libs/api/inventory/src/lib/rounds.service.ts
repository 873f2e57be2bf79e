import { Injectable } from '@nestjs/common';
import {
  type Actor,
  type KommunTransaction,
  ScopedData,
  StaleVersionError,
  uniqueViolation,
  ValidationFailedError,
} from '@kl/api/core';
import type {
  AuditAction,
  FieldErrorCode,
  InventoryRound,
  RoundStatus,
} from '@kl/shared/contracts';
import { todayInSweden } from '@kl/shared/util';
import type { CreateRoundDto, ReopenRoundDto, UpdateRoundDto } from './dto/round.dto';
import { RoundClosedError, RoundNameTakenError, RoundStatusError } from './inventory.errors';
import { freezePopulation, populationCounts, thawPopulation } from './round-population';
import { loadRound, ROUND_SELECT, type RoundRow, toInventoryRound } from './round-row';
import { loadTopics, topicIndex } from './topics';

type RoundFields = Pick<
  InventoryRound,
  'name' | 'nationalRoundId' | 'frameworkId' | 'referenceDate' | 'opensOn' | 'closesOn' | 'unitIds'
>;

/** Why a round moved: by hand (an administrator) or by its dates (the round clock). */
export type TransitionTrigger = 'manual' | 'schedule';

@Injectable()
export class RoundsService {
  constructor(private readonly data: ScopedData) {}

  list(actor: Actor): Promise<InventoryRound[]> {
    return this.data.inKommun(
      actor,
      async (tx) => {
        const rows = await tx.query<RoundRow>(
          `${ROUND_SELECT} WHERE r.municipality_id = $1 ORDER BY r.reference_date DESC, r.name`,
          [tx.municipalityId],
        );
        return withPopulation(tx, rows);
      },
      'Inventory round',
    );
  }

  get(actor: Actor, id: string): Promise<InventoryRound> {
    return this.data.inKommun(
      actor,
      async (tx) => (await withPopulation(tx, [await loadRound(tx, id)]))[0],
      'Inventory round',
    );
  }

  create(actor: Actor, dto: CreateRoundDto): Promise<InventoryRound> {
    const fields: RoundFields = {
      ...dto,
      nationalRoundId: dto.nationalRoundId ?? null,
      unitIds: unique(dto.unitIds),
    };
    checkDates(fields);
    return this.data.inKommun(actor, async (tx) => {
      await checkReferences(tx, fields);
      const rows = await mapUnique(
        tx.query<{ id: string }>(
          `INSERT INTO inventory_round
             (municipality_id, name, national_round_id, framework_id, reference_date, opens_on, closes_on, unit_ids)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8::uuid[]) RETURNING id`,
          [
            tx.municipalityId,
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
      const after = await loadRound(tx, rows[0].id);
      await record(tx, 'create', null, after);
      return (await withPopulation(tx, [after]))[0];
    });
  }

  update(actor: Actor, id: string, dto: UpdateRoundDto): Promise<InventoryRound> {
    const { version, ...changes } = dto;
    return this.data.inKommun(actor, async (tx) => {
      const before = await loadRound(tx, id);
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
      // An open round whose last day is moved into the past would close at the next tick of the clock.
      if (before.status === 'open' && changes.closesOn && changes.closesOn < todayInSweden()) {
        throw new ValidationFailedError({ closesOn: 'in_past' });
      }
      await checkReferences(tx, fields);
      const rows = await mapUnique(
        tx.modify<{ id: string }>(
          `UPDATE inventory_round SET name = $4, national_round_id = $5, framework_id = $6, reference_date = $7,
                  opens_on = $8, closes_on = $9, unit_ids = $10::uuid[], row_version = row_version + 1, updated_at = now()
           WHERE id = $1 AND municipality_id = $2 AND row_version = $3 RETURNING id`,
          [
            id,
            tx.municipalityId,
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
        throw new StaleVersionError('Inventory round', await loadRound(tx, id));
      const after = await loadRound(tx, id);
      await record(tx, 'update', before, after);
      return (await withPopulation(tx, [after]))[0];
    });
  }

  open(actor: Actor, id: string, version: number): Promise<InventoryRound> {
    return this.data.inKommun(actor, (tx) => this.transition(tx, id, version, 'open', 'manual'));
  }

  close(actor: Actor, id: string, version: number): Promise<InventoryRound> {
    return this.data.inKommun(actor, (tx) => this.transition(tx, id, version, 'closed', 'manual'));
  }

  /** Opens a closed round again: its frozen population goes, and the next close freezes it anew. */
  reopen(actor: Actor, id: string, dto: ReopenRoundDto): Promise<InventoryRound> {
    return this.data.inKommun(actor, async (tx) => {
      const round = await loadRound(tx, id);
      const today = todayInSweden();
      const closesOn = dto.closesOn ?? round.closesOn;
      if (closesOn < today)
        throw new ValidationFailedError({ closesOn: dto.closesOn ? 'in_past' : 'required' });
      return this.transition(tx, id, dto.version, 'open', 'manual', {
        reason: dto.reason,
        closesOn,
      });
    });
  }

  /**
   * Moves a round by its dates, for the round clock: planned → open from its first day, open →
   * closed after its last day. Answers the new status, or null when nothing was due (another
   * instance may have moved it first).
   */
  async moveBySchedule(
    tx: KommunTransaction,
    id: string,
    today: string,
  ): Promise<RoundStatus | null> {
    const round = await loadRound(tx, id);
    const due: RoundStatus | null =
      round.status === 'planned' && round.opensOn <= today && today <= round.closesOn
        ? 'open'
        : round.status === 'open' && round.closesOn < today
          ? 'closed'
          : null;
    if (!due) return null;
    await this.transition(tx, id, round.version, due, 'schedule');
    return due;
  }

  /**
   * One status change, onto the version the caller saw, audited with its trigger. Closing freezes
   * the population in the same transaction; reopening thaws it. The row lock of the update waits
   * for saves in flight (they hold the round FOR SHARE), so the freeze sees every committed level.
   */
  private async transition(
    tx: KommunTransaction,
    id: string,
    version: number,
    to: RoundStatus,
    trigger: TransitionTrigger,
    reopening?: { reason: string; closesOn: string },
  ): Promise<InventoryRound> {
    const before = await loadRound(tx, id);
    if (before.version !== version) throw new StaleVersionError('Inventory round', before);
    const from: RoundStatus = reopening ? 'closed' : to === 'open' ? 'planned' : 'open';
    if (before.status !== from) {
      throw new RoundStatusError(
        `Only a ${from} round can be moved to ${to}; this one is ${before.status}`,
      );
    }
    const rows = await tx.modify<{ id: string }>(
      `UPDATE inventory_round
       SET status = $4::inventory_round_status, closes_on = coalesce($5::date, closes_on),
           population_frozen_at = CASE WHEN $4::inventory_round_status = 'closed' THEN now() END,
           row_version = row_version + 1, updated_at = now()
       WHERE id = $1 AND municipality_id = $2 AND row_version = $3 RETURNING id`,
      [id, tx.municipalityId, version, to, reopening?.closesOn ?? null],
    );
    if (rows.length === 0) throw new StaleVersionError('Inventory round', await loadRound(tx, id));
    let frozen: number | undefined;
    if (to === 'closed')
      frozen = await freezePopulation(
        tx,
        before,
        topicIndex(await loadTopics(tx.manager, before.frameworkId)),
      );
    if (reopening) await thawPopulation(tx, id);
    const after = await loadRound(tx, id);
    const action: AuditAction = reopening ? 'reopen' : to === 'open' ? 'open' : 'close';
    await record(tx, action, before, after, {
      trigger,
      ...(reopening ? { reason: reopening.reason } : {}),
      ...(frozen === undefined ? {} : { frozenPopulation: frozen }),
    });
    return (await withPopulation(tx, [after]))[0];
  }
}

async function withPopulation(tx: KommunTransaction, rows: RoundRow[]): Promise<InventoryRound[]> {
  const counts = await populationCounts(tx, rows);
  return rows.map((row) =>
    toInventoryRound(
      row,
      counts.get(row.id) ?? { caseworkers: 0, teamLeaders: 0, inReach: 0, frozenAt: row.populationFrozenAt },
    ),
  );
}

function record(
  tx: KommunTransaction,
  action: AuditAction,
  before: RoundRow | null,
  after: RoundRow,
  details: Record<string, unknown> = {},
): Promise<void> {
  return tx.audit({
    entityType: 'inventory_round',
    entityId: after.id,
    action,
    before,
    after: { ...after, ...details },
  });
}

function checkDates(fields: RoundFields): void {
  if (fields.closesOn < fields.opensOn)
    throw new ValidationFailedError({ closesOn: 'before_start' });
}

async function checkReferences(tx: KommunTransaction, fields: RoundFields): Promise<void> {
  const [{ framework, units }] = await tx.query<{ framework: boolean; units: number }>(
    `SELECT EXISTS (SELECT 1 FROM competence_framework
                    WHERE id = $2 AND status = 'published' AND (municipality_id IS NULL OR municipality_id = $1)) AS framework,
            (SELECT count(*)::int FROM org_unit WHERE municipality_id = $1 AND id = ANY($3::uuid[])) AS units`,
    [tx.municipalityId, fields.frameworkId, fields.unitIds],
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

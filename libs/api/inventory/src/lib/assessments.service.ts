import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  type Actor,
  inTenantTransaction,
  NotFoundError,
  queryPrepared,
  ValidationFailedError,
} from '@kl/api/core';
import type {
  AssessmentCellInput,
  AssessmentMatrix,
  AssessmentSource,
  ConflictCell,
  InventoryRound,
  MatrixArea,
  MatrixRow,
  PersonAssessments,
  PersonRound,
  SaveAssessmentsResult,
  SavedCell,
} from '@kl/shared/contracts';
import { AuditService } from '@kl/api/audit';
import { unitSubtreeCte } from '@kl/api/units';
import { DataSource, type EntityManager } from 'typeorm';
import {
  appendCells,
  currentCells,
  currentColumns,
  isoTime,
  lookUpCells,
} from './assessment-cells';
import { AssessmentConflictError, RoundClosedError, RoundNotOpenError } from './inventory.errors';
import { loadRound, requireMunicipality } from './rounds.service';
import {
  conflictOf,
  type CurrentCell,
  planSave,
  saveInputErrors,
  toAssessmentCell,
} from './save-plan';
import { assertUnitInScope, assessableStaffScope, withClause } from './staff-scope';

interface TopicRow {
  id: string;
  code: string;
  name: string;
  areaCode: string;
  areaName: string;
}

/** The columns of a cell's current row, as AssessmentCell JSON (for json_object_agg). */
const CELL_JSON = `json_build_object('value', c.value, 'version', c.seq, 'comment', c.comment,
  'assessedAt', ${isoTime('c.assessed_at')}, 'assessorId', c.assessor_id)`;

@Injectable()
export class AssessmentsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  /**
   * The team matrix in three queries whatever the number of staff: the round, its topics, and
   * the staff in scope with the current leader value of every cell aggregated per person.
   */
  async matrix(actor: Actor, roundId: string, unitId?: string): Promise<AssessmentMatrix> {
    const municipalityId = requireMunicipality(actor);
    return inTenantTransaction(this.dataSource, municipalityId, async (manager) => {
      const round = await loadRound(manager, municipalityId, roundId);
      await assertUnitInScope(manager, actor, municipalityId, unitId);
      const topics = await loadTopics(manager, round.frameworkId);
      const query = matrixRowsQuery(actor, round, municipalityId, unitId);
      const rows = await queryPrepared<Omit<MatrixRow, 'fte'> & { fte: string }>(
        manager,
        query.sql,
        query.params,
      );
      // DESIGN.md §7: reads of people's competence data by others are logged (one row per read).
      await this.audit.recordRead(manager, actor, municipalityId, 'team_matrix', rows.map((row) => row.staffMemberId));
      return {
        round: pickRound(round),
        areas: groupByArea(topics),
        rows: rows.map((row) => ({ ...row, fte: Number(row.fte) })),
      };
    });
  }

  /**
   * One person's levels per topic across the kommun's rounds (planned rounds left out), the
   * leader's and the self-assessment side by side, in three queries.
   */
  async person(actor: Actor, staffMemberId: string): Promise<PersonAssessments> {
    const municipalityId = requireMunicipality(actor);
    return inTenantTransaction(this.dataSource, municipalityId, async (manager) => {
      await this.requirePersonInScope(manager, actor, staffMemberId);
      await this.audit.recordRead(manager, actor, municipalityId, 'person_assessments', [staffMemberId]);
      const rounds: (PersonRound & { frameworkId: string })[] = await manager.query(
        `SELECT id, name, reference_date::text AS "referenceDate", status, framework_id AS "frameworkId"
         FROM inventory_round WHERE municipality_id = $1 AND status <> 'planned'
         ORDER BY reference_date, name`,
        [municipalityId],
      );
      // Topics by stable code across framework versions; names and areas from the newest round.
      const topics: (TopicRow & { areaPosition: number; position: number })[] = await manager.query(
        `SELECT DISTINCT ON (t.code) t.code, t.name, a.code AS "areaCode", a.name AS "areaName",
                a.position AS "areaPosition", t.position
         FROM inventory_round r JOIN competence_topic t ON t.framework_id = r.framework_id
         JOIN competence_area a ON a.id = t.area_id
         WHERE r.municipality_id = $1 AND r.status <> 'planned'
         ORDER BY t.code, r.reference_date DESC`,
        [municipalityId],
      );
      topics.sort(
        (x, y) =>
          x.areaPosition - y.areaPosition ||
          x.areaCode.localeCompare(y.areaCode) ||
          x.position - y.position,
      );
      const current: (CurrentCell & { roundId: string; code: string; source: AssessmentSource })[] =
        await manager.query(
          `SELECT c.round_id AS "roundId", t.code, c.source, ${currentColumns('c')}
           FROM assessment_cell c JOIN competence_topic t ON t.id = c.topic_id
           WHERE c.municipality_id = $1 AND c.staff_member_id = $2`,
          [municipalityId, staffMemberId],
        );
      const byKey = new Map(
        current.map((row) => [`${row.roundId}:${row.code}:${row.source}`, toAssessmentCell(row)]),
      );
      return {
        staffMemberId,
        rounds: rounds.map(({ frameworkId: _frameworkId, ...round }) => round),
        topics: topics.map((topic) => ({
          code: topic.code,
          name: topic.name,
          areaCode: topic.areaCode,
          areaName: topic.areaName,
          rounds: rounds.map((round) => ({
            roundId: round.id,
            leader: byKey.get(`${round.id}:${topic.code}:leader`) ?? null,
            self: byKey.get(`${round.id}:${topic.code}:self`) ?? null,
          })),
        })),
      };
    });
  }

  private async requirePersonInScope(
    manager: EntityManager,
    actor: Actor,
    staffMemberId: string,
  ): Promise<void> {
    const params: unknown[] = [actor.municipalityId, staffMemberId];
    let ctes = '';
    const where = ['s.municipality_id = $1', 's.id = $2'];
    if (actor.role === 'team_leader') {
      params.push([...actor.unitIds]);
      ctes = `WITH RECURSIVE ${unitSubtreeCte('scope_units', '$1', '$3')}`;
      where.push('s.unit_id IN (SELECT id FROM scope_units)');
    } else if (actor.role === 'caseworker') {
      params.push(actor.staffMemberId);
      where.push('s.id = $3::uuid');
    } else if (actor.role !== 'municipality_admin') {
      where.push('false');
    }
    const rows: unknown[] = await manager.query(
      `${ctes} SELECT 1 FROM staff_member s WHERE ${where.join(' AND ')}`,
      params,
    );
    if (rows.length === 0) throw new NotFoundError('Staff member');
  }

  /** The team leader's save: cells of staff in the caller's scope only (404 for anyone else). */
  saveLeader(
    actor: Actor,
    roundId: string,
    cells: AssessmentCellInput[],
  ): Promise<SaveAssessmentsResult> {
    return this.save(actor, roundId, 'leader', cells);
  }

  /** A caseworker's own self-assessment: kept beside the leader's, never counted. */
  saveSelf(
    actor: Actor,
    roundId: string,
    cells: Omit<AssessmentCellInput, 'staffMemberId'>[],
  ): Promise<SaveAssessmentsResult> {
    if (!actor.staffMemberId) throw new NotFoundError('Staff member');
    const staffMemberId = actor.staffMemberId;
    return this.save(
      actor,
      roundId,
      'self',
      cells.map((cell) => ({ ...cell, staffMemberId })),
    );
  }

  /**
   * One transaction with per-cell optimistic concurrency: a cell is written only onto the
   * version the client saw. Stale cells are left out and reported with their current value; the
   * others are committed. Besides the round, two statements whatever the number of cells: one
   * reads every cell, one appends the changed ones with their audit events. The unique (cell,
   * seq) index makes concurrent writers of the same version collide, so exactly one of them wins
   * even between the read and the append.
   */
  private async save(
    actor: Actor,
    roundId: string,
    source: AssessmentSource,
    cells: AssessmentCellInput[],
  ): Promise<SaveAssessmentsResult> {
    const municipalityId = requireMunicipality(actor);
    const result = await inTenantTransaction(this.dataSource, municipalityId, async (manager) => {
      // FOR SHARE: a concurrent close waits for this save, and a save after the close sees it.
      const round = await loadRound(manager, municipalityId, roundId, true);
      if (round.status === 'closed') throw new RoundClosedError();
      if (round.status !== 'open') throw new RoundNotOpenError();
      const lookups = await lookUpCells(manager, actor, round, source, cells);
      const errors = saveInputErrors(cells, lookups);
      if (Object.keys(errors).length > 0) throw new ValidationFailedError(errors);
      // Staff of another unit or kommun are not disclosed: the whole save is 404.
      if (lookups.some((l) => !l.inScope)) throw new NotFoundError('Staff member');

      const outcomes = planSave(cells, lookups);
      const writes = outcomes.flatMap((o) => (o.kind === 'write' ? [o.write] : []));
      const appended = writes.length
        ? await appendCells(manager, actor, round.id, source, writes)
        : new Map<number, CurrentCell>();
      const lost = writes.filter((w) => !appended.has(w.index));
      const now = lost.length ? await currentCells(manager, round.id, source, lost) : [];
      const nowByIndex = new Map(lost.map((w, i) => [w.index, now[i]]));

      const saved: SavedCell[] = [];
      const conflicts: ConflictCell[] = [];
      outcomes.forEach((outcome, i) => {
        const cell = cells[i];
        if (outcome.kind === 'saved') saved.push(outcome.cell);
        else if (outcome.kind === 'conflict') conflicts.push(outcome.conflict);
        else if (appended.has(i)) {
          const row = appended.get(i) as CurrentCell;
          saved.push({
            ...toAssessmentCell(row),
            staffMemberId: cell.staffMemberId,
            topicCode: cell.topicCode,
          });
        } else conflicts.push(conflictOf(cell, nowByIndex.get(i) ?? null));
      });
      return { saved, conflicts };
    });
    if (result.conflicts.length > 0) throw new AssessmentConflictError(result);
    return result;
  }
}

/**
 * The matrix rows as one statement: the staff in scope, each with the current leader row of every
 * cell written (`assessment_cell`) aggregated to a JSON object by topic code. Exported for the benchmark (same SQL, raw pg).
 */
export function matrixRowsQuery(
  actor: Actor,
  round: Pick<InventoryRound, 'id' | 'unitIds' | 'referenceDate'>,
  municipalityId: string,
  unitId?: string,
): { sql: string; params: unknown[] } {
  const params: unknown[] = [municipalityId];
  const scope = assessableStaffScope(actor, round, params, unitId);
  params.push(round.id);
  const roundParam = `$${params.length}`;
  const sql = `${withClause(scope)}
    SELECT s.id AS "staffMemberId", s.employee_number AS "employeeNumber",
           s.first_name AS "firstName", s.last_name AS "lastName",
           s.unit_id AS "unitId", u.name AS "unitName", s.fte::text AS fte,
           coalesce((SELECT json_object_agg(t.code, ${CELL_JSON})
                     FROM assessment_cell c JOIN competence_topic t ON t.id = c.topic_id
                     WHERE c.round_id = ${roundParam} AND c.staff_member_id = s.id AND c.source = 'leader'),
                    '{}'::json) AS cells
    FROM staff_member s JOIN org_unit u ON u.id = s.unit_id
    WHERE ${scope.where.join(' AND ')}
    ORDER BY s.last_name, s.first_name, s.id`;
  return { sql, params };
}

/** Topics by framework id, per data source (one per application): see {@link loadTopics}. */
const topicsCache = new WeakMap<DataSource, Map<string, readonly TopicRow[]>>();

/**
 * The topics of a round's framework in display order. A round's framework is always a published
 * version, and published versions never change, so they are read once per data source.
 */
export async function loadTopics(
  manager: EntityManager,
  frameworkId: string,
): Promise<readonly TopicRow[]> {
  let cache = topicsCache.get(manager.connection);
  if (!cache) topicsCache.set(manager.connection, (cache = new Map()));
  const cached = cache.get(frameworkId);
  if (cached) return cached;
  const topics: TopicRow[] = await manager.query(
    `SELECT t.id, t.code, t.name, a.code AS "areaCode", a.name AS "areaName"
     FROM competence_topic t JOIN competence_area a ON a.id = t.area_id
     WHERE t.framework_id = $1 ORDER BY a.position, a.code, t.position, t.code`,
    [frameworkId],
  );
  cache.set(frameworkId, topics);
  return topics;
}

export function groupByArea(topics: readonly TopicRow[]): MatrixArea[] {
  const areas: MatrixArea[] = [];
  for (const topic of topics) {
    let area = areas[areas.length - 1];
    if (!area || area.code !== topic.areaCode) {
      area = { code: topic.areaCode, name: topic.areaName, topics: [] };
      areas.push(area);
    }
    area.topics.push({ code: topic.code, name: topic.name });
  }
  return areas;
}

export function pickRound(round: InventoryRound): AssessmentMatrix['round'] {
  return {
    id: round.id,
    name: round.name,
    status: round.status,
    referenceDate: round.referenceDate,
  };
}

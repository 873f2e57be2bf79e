import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  type Actor,
  inTenantTransaction,
  NotFoundError,
  ValidationFailedError,
} from '@kl/api/core';
import type {
  AssessmentCell,
  AssessmentCellInput,
  AssessmentMatrix,
  AssessmentSource,
  CellValue,
  ConflictCell,
  InventoryRound,
  MatrixArea,
  MatrixRow,
  PersonAssessments,
  PersonRound,
  SaveAssessmentsResult,
  SavedCell,
} from '@kl/shared/contracts';
import { unitSubtreeCte } from '@kl/api/units';
import { DataSource, type EntityManager } from 'typeorm';
import { AssessmentConflictError, RoundClosedError, RoundNotOpenError } from './inventory.errors';
import { loadRound, requireMunicipality } from './rounds.service';
import { assertUnitInScope, roundStaffScope, withClause } from './staff-scope';

interface TopicRow {
  id: string;
  code: string;
  name: string;
  areaCode: string;
  areaName: string;
}

interface CellRow {
  staffMemberId: string;
  topicId: string;
  value: CellValue;
  seq: number;
  comment: string | null;
  assessedAt: Date;
  assessorId: string;
}

/** The columns of a cell's latest row, as AssessmentCell JSON (for json_object_agg). */
const CELL_JSON = `json_build_object('value', l.value, 'version', l.seq, 'comment', l.comment,
  'assessedAt', l.assessed_at, 'assessorId', l.assessor_id)`;

@Injectable()
export class AssessmentsService {
  private readonly logger = new Logger('Inventory');

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * The team matrix in three queries whatever the number of staff: the round, its topics, and
   * the staff in scope with the latest leader row of every cell aggregated per person.
   */
  async matrix(actor: Actor, roundId: string, unitId?: string): Promise<AssessmentMatrix> {
    const municipalityId = requireMunicipality(actor);
    return inTenantTransaction(this.dataSource, municipalityId, async (manager) => {
      const round = await loadRound(manager, municipalityId, roundId);
      await assertUnitInScope(manager, actor, municipalityId, unitId);
      const topics = await loadTopics(manager, round.frameworkId);
      const query = matrixRowsQuery(actor, round, municipalityId, unitId);
      const rows: (Omit<MatrixRow, 'fte'> & { fte: string })[] = await manager.query(
        query.sql,
        query.params,
      );
      this.logger.log(
        {
          event: 'competence_data_read',
          accountId: actor.userId,
          roundId: round.id,
          staffCount: rows.length,
        },
        'Team matrix read',
      );
      return {
        round: pickRound(round),
        areas: groupByArea(topics),
        rows: rows.map((row) => ({
          ...row,
          fte: Number(row.fte),
          cells: normaliseTimes(row.cells),
        })),
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
      if (staffMemberId.toLowerCase() !== actor.staffMemberId?.toLowerCase()) {
        // DESIGN.md §7: reads of a person's competence data by others are logged.
        this.logger.log(
          { event: 'competence_data_read', accountId: actor.userId, staffMemberId },
          'Person assessments read',
        );
      }
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
      const latest: (CellRow & { roundId: string; code: string; source: AssessmentSource })[] =
        await manager.query(
          `SELECT DISTINCT ON (a.round_id, a.topic_id, a.source)
                a.round_id AS "roundId", t.code, a.source, a.staff_member_id AS "staffMemberId", a.topic_id AS "topicId",
                a.value, a.seq, a.comment, a.assessed_at AS "assessedAt", a.assessor_id AS "assessorId"
         FROM assessment a JOIN competence_topic t ON t.id = a.topic_id
         WHERE a.municipality_id = $1 AND a.staff_member_id = $2
         ORDER BY a.round_id, a.topic_id, a.source, a.seq DESC`,
          [municipalityId, staffMemberId],
        );
      const byKey = new Map(
        latest.map((row) => [`${row.roundId}:${row.code}:${row.source}`, toCell(row)]),
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
   * others are committed. The unique (cell, seq) index makes concurrent writers of the same
   * version collide, so exactly one of them wins even between the read and the insert.
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
      const topics = await loadTopics(manager, round.frameworkId);
      const topicByCode = new Map(topics.map((t) => [t.code, t]));
      const errors: Record<string, string> = {};
      const seen = new Set<string>();
      cells.forEach((cell, i) => {
        const topic = topicByCode.get(cell.topicCode);
        if (!topic) errors[`cells.${i}.topicCode`] = 'invalid_value';
        const key = `${cell.staffMemberId.toLowerCase()}:${cell.topicCode}`;
        if (seen.has(key)) errors[`cells.${i}`] = 'not_unique';
        seen.add(key);
      });
      if (Object.keys(errors).length > 0) throw new ValidationFailedError(errors);
      await this.requireStaffInScope(manager, actor, round, cells);

      const staffIds = cells.map((c) => c.staffMemberId);
      const topicIds = cells.map((c) => (topicByCode.get(c.topicCode) as TopicRow).id);
      const current = await latestCells(manager, round.id, source, staffIds, topicIds);
      const codeById = new Map(topics.map((t) => [t.id, t.code]));

      const toWrite: {
        cell: AssessmentCellInput;
        topicId: string;
        before: CellRow | undefined;
        comment: string | null;
      }[] = [];
      const saved: SavedCell[] = [];
      const conflicts: ConflictCell[] = [];
      cells.forEach((cell, i) => {
        const before = current.get(cellKey(staffIds[i], topicIds[i]));
        const version = before?.seq ?? 0;
        if (version !== cell.expectedVersion) {
          conflicts.push(conflictOf(cell, before));
          return;
        }
        const comment =
          cell.comment === undefined ? (before?.comment ?? null) : emptyToNull(cell.comment);
        if (before && before.value === cell.value && before.comment === comment) {
          saved.push({
            ...toCell(before),
            staffMemberId: cell.staffMemberId,
            topicCode: cell.topicCode,
          });
          return; // unchanged: nothing to append
        }
        if (!before && cell.value === null && comment === null) {
          saved.push({
            ...emptyCell(),
            staffMemberId: cell.staffMemberId,
            topicCode: cell.topicCode,
          });
          return; // clearing a cell that was never written
        }
        toWrite.push({ cell, topicId: topicIds[i], before, comment });
      });

      if (toWrite.length > 0) {
        const inserted: (CellRow & { id: string })[] = await manager.query(
          `INSERT INTO assessment (municipality_id, round_id, staff_member_id, topic_id, source, seq, value, comment, assessor_id)
           SELECT $1, $2, x.staff_member_id, x.topic_id, $3, x.seq, x.value::assessment_value, x.comment, $4
           FROM unnest($5::uuid[], $6::uuid[], $7::int[], $8::text[], $9::text[])
                AS x(staff_member_id, topic_id, seq, value, comment)
           ON CONFLICT (round_id, staff_member_id, topic_id, source, seq) DO NOTHING
           RETURNING id, staff_member_id AS "staffMemberId", topic_id AS "topicId", value, seq, comment,
                     assessed_at AS "assessedAt", assessor_id AS "assessorId"`,
          [
            municipalityId,
            round.id,
            source,
            actor.userId,
            toWrite.map((w) => w.cell.staffMemberId),
            toWrite.map((w) => w.topicId),
            toWrite.map((w) => w.cell.expectedVersion + 1),
            toWrite.map((w) => w.cell.value),
            toWrite.map((w) => w.comment),
          ],
        );
        const insertedByKey = new Map(
          inserted.map((row) => [cellKey(row.staffMemberId, row.topicId), row]),
        );
        const lost = toWrite.filter(
          (w) => !insertedByKey.has(cellKey(w.cell.staffMemberId, w.topicId)),
        );
        const now =
          lost.length > 0
            ? await latestCells(
                manager,
                round.id,
                source,
                lost.map((w) => w.cell.staffMemberId),
                lost.map((w) => w.topicId),
              )
            : new Map<string, CellRow>();
        for (const w of toWrite) {
          const row = insertedByKey.get(cellKey(w.cell.staffMemberId, w.topicId));
          if (row) {
            saved.push({
              ...toCell(row),
              staffMemberId: w.cell.staffMemberId,
              topicCode: w.cell.topicCode,
            });
          } else {
            conflicts.push(conflictOf(w.cell, now.get(cellKey(w.cell.staffMemberId, w.topicId))));
          }
        }
        if (inserted.length > 0) {
          await this.audit(manager, actor, source, inserted, toWrite, codeById, round.id);
        }
      }
      return { saved, conflicts };
    });
    if (result.conflicts.length > 0) throw new AssessmentConflictError(result);
    return result;
  }

  private async requireStaffInScope(
    manager: EntityManager,
    actor: Actor,
    round: InventoryRound,
    cells: AssessmentCellInput[],
  ): Promise<void> {
    const ids = [...new Set(cells.map((c) => c.staffMemberId.toLowerCase()))];
    const params: unknown[] = [actor.municipalityId];
    const scope = roundStaffScope(actor, round, params);
    params.push(ids);
    const [{ count }]: { count: number }[] = await manager.query(
      `${withClause(scope)} SELECT count(*)::int AS count FROM staff_member s
       WHERE ${scope.where.join(' AND ')} AND s.id = ANY($${params.length}::uuid[])`,
      params,
    );
    // Staff of another unit or kommun are not disclosed: the whole save is 404.
    if (count !== ids.length) throw new NotFoundError('Staff member');
  }

  /** One audit event per appended row, written in one statement in the save's transaction. */
  private async audit(
    manager: EntityManager,
    actor: Actor,
    source: AssessmentSource,
    inserted: (CellRow & { id: string })[],
    written: { cell: AssessmentCellInput; topicId: string; before: CellRow | undefined }[],
    codeById: Map<string, string>,
    roundId: string,
  ): Promise<void> {
    const beforeByKey = new Map(
      written.map((w) => [cellKey(w.cell.staffMemberId, w.topicId), w.before]),
    );
    const view = (row: CellRow) => ({
      roundId,
      staffMemberId: row.staffMemberId,
      topicCode: codeById.get(row.topicId),
      source,
      value: row.value,
      comment: row.comment,
      version: row.seq,
    });
    await manager.query(
      `INSERT INTO audit_event (municipality_id, actor_user_id, entity_type, entity_id, action, before, after)
       SELECT $1, $2, 'assessment', x.id, 'create', x.before, x.after
       FROM unnest($3::uuid[], $4::jsonb[], $5::jsonb[]) AS x(id, before, after)`,
      [
        actor.municipalityId,
        actor.userId,
        inserted.map((row) => row.id),
        inserted.map((row) => {
          const before = beforeByKey.get(cellKey(row.staffMemberId, row.topicId));
          return before ? JSON.stringify(view(before)) : null;
        }),
        inserted.map((row) => JSON.stringify(view(row))),
      ],
    );
  }
}

/**
 * The matrix rows as one statement: the staff in scope, each with the latest leader row of every
 * cell aggregated to a JSON object by topic code. Exported for the benchmark (same SQL, raw pg).
 */
export function matrixRowsQuery(
  actor: Actor,
  round: Pick<InventoryRound, 'id' | 'unitIds' | 'referenceDate'>,
  municipalityId: string,
  unitId?: string,
): { sql: string; params: unknown[] } {
  const params: unknown[] = [municipalityId];
  const scope = roundStaffScope(actor, round, params, unitId);
  params.push(round.id);
  const roundParam = `$${params.length}`;
  const sql = `${withClause(scope)}
    SELECT s.id AS "staffMemberId", s.first_name AS "firstName", s.last_name AS "lastName",
           s.unit_id AS "unitId", u.name AS "unitName", s.fte::text AS fte,
           coalesce((SELECT json_object_agg(t.code, ${CELL_JSON})
                     FROM (SELECT DISTINCT ON (a.topic_id) a.topic_id, a.value, a.seq, a.comment, a.assessed_at, a.assessor_id
                           FROM assessment a
                           WHERE a.round_id = ${roundParam} AND a.staff_member_id = s.id AND a.source = 'leader'
                           ORDER BY a.topic_id, a.seq DESC) l
                     JOIN competence_topic t ON t.id = l.topic_id), '{}'::json) AS cells
    FROM staff_member s JOIN org_unit u ON u.id = s.unit_id
    WHERE ${scope.where.join(' AND ')}
    ORDER BY s.last_name, s.first_name, s.id`;
  return { sql, params };
}

export async function loadTopics(manager: EntityManager, frameworkId: string): Promise<TopicRow[]> {
  return manager.query(
    `SELECT t.id, t.code, t.name, a.code AS "areaCode", a.name AS "areaName"
     FROM competence_topic t JOIN competence_area a ON a.id = t.area_id
     WHERE t.framework_id = $1 ORDER BY a.position, a.code, t.position, t.code`,
    [frameworkId],
  );
}

export function groupByArea(topics: TopicRow[]): MatrixArea[] {
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

async function latestCells(
  manager: EntityManager,
  roundId: string,
  source: AssessmentSource,
  staffIds: string[],
  topicIds: string[],
): Promise<Map<string, CellRow>> {
  const rows: CellRow[] = await manager.query(
    `SELECT DISTINCT ON (a.staff_member_id, a.topic_id)
            a.staff_member_id AS "staffMemberId", a.topic_id AS "topicId", a.value, a.seq, a.comment,
            a.assessed_at AS "assessedAt", a.assessor_id AS "assessorId"
     FROM assessment a
     JOIN unnest($3::uuid[], $4::uuid[]) AS c(staff_member_id, topic_id)
       ON c.staff_member_id = a.staff_member_id AND c.topic_id = a.topic_id
     WHERE a.round_id = $1 AND a.source = $2
     ORDER BY a.staff_member_id, a.topic_id, a.seq DESC`,
    [roundId, source, staffIds, topicIds],
  );
  return new Map(rows.map((row) => [cellKey(row.staffMemberId, row.topicId), row]));
}

/** PostgreSQL's JSON timestamps → the ISO form every other answer uses. */
function normaliseTimes(cells: Record<string, AssessmentCell>): Record<string, AssessmentCell> {
  for (const cell of Object.values(cells)) {
    if (cell.assessedAt) cell.assessedAt = new Date(cell.assessedAt).toISOString();
  }
  return cells;
}

function cellKey(staffMemberId: string, topicId: string): string {
  return `${staffMemberId.toLowerCase()}:${topicId}`;
}

function toCell(row: CellRow): AssessmentCell {
  return {
    value: row.value,
    version: row.seq,
    comment: row.comment,
    assessedAt: new Date(row.assessedAt).toISOString(),
    assessorId: row.assessorId,
  };
}

function emptyCell(): AssessmentCell {
  return { value: null, version: 0, comment: null, assessedAt: null, assessorId: null };
}

function conflictOf(cell: AssessmentCellInput, current: CellRow | undefined): ConflictCell {
  return {
    staffMemberId: cell.staffMemberId,
    topicCode: cell.topicCode,
    expectedVersion: cell.expectedVersion,
    current: current ? toCell(current) : emptyCell(),
  };
}

function emptyToNull(comment: string | null): string | null {
  const trimmed = comment?.trim() ?? '';
  return trimmed === '' ? null : trimmed;
}

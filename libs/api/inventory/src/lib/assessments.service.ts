import { Injectable } from '@nestjs/common';
import {
  type Actor,
  type KommunTransaction,
  NotFoundError,
  ScopedData,
  type SqlParams,
  ValidationFailedError,
} from '@kl/api/core';
import type {
  AssessmentCellInput,
  AssessmentMatrix,
  AssessmentSource,
  ConflictCell,
  MatrixRow,
  PersonAssessments,
  PersonRound,
  RoundScopeQuery,
  SaveAssessmentsResult,
  SavedCell,
} from '@kl/shared/contracts';
import {
  appendCells,
  currentCells,
  currentColumns,
  isoTime,
  lookUpCells,
  undoSignOffs,
} from './assessment-cells';
import {
  AssessmentConflictError,
  RoundClosedError,
  RoundNotOpenError,
  RoundWindowEndedError,
} from './inventory.errors';
import { type PopulationFilter, populationCte, populationFilter } from './round-population';
import { acceptsAssessments, loadRound, ROUND_SELECT, roundRef, type RoundRow } from './round-row';
import {
  conflictOf,
  type CurrentCell,
  planSave,
  saveInputErrors,
  toAssessmentCell,
} from './save-plan';
import { groupByArea, loadTopics, type TopicRow } from './topics';

/** The columns of a cell's current row, as AssessmentCell JSON (for json_object_agg). */
const CELL_JSON = `json_build_object('value', c.value, 'version', c.seq, 'comment', c.comment,
  'assessedAt', ${isoTime('c.assessed_at')}, 'assessorId', c.assessor_id)`;

@Injectable()
export class AssessmentsService {
  constructor(private readonly data: ScopedData) {}

  /**
   * The team matrix in three queries whatever the number of staff: the round, its topics, and
   * one group of the round's population in the caller's reach, with the current leader value of
   * every cell aggregated per person.
   */
  matrix(actor: Actor, roundId: string, query: RoundScopeQuery = {}): Promise<AssessmentMatrix> {
    return this.data.inKommun(
      actor,
      async (tx) => {
        const round = await loadRound(tx, roundId);
        const within = query.unitId ? await tx.unitSubtree(query.unitId) : undefined;
        const staffRole = query.staffRole ?? 'caseworker';
        const topics = await loadTopics(tx.manager, round.frameworkId);
        const p = tx.params();
        const sql = matrixRowsSql(tx, p, round, { staffRole, within });
        const rows = await tx.prepared<Omit<MatrixRow, 'fte'> & { fte: string }>(sql, p);
        // DESIGN.md §7: reads of people's competence data by others are logged (one row per read).
        await tx.recordRead(
          'team_matrix',
          rows.map((row) => row.staffMemberId),
        );
        return {
          round: roundRef(round),
          staffRole,
          areas: groupByArea(topics),
          rows: rows.map((row) => ({ ...row, fte: Number(row.fte) })),
        };
      },
      'Inventory round',
    );
  }

  /**
   * One person's levels per topic across the rounds that count them (planned rounds left out), the
   * leader's and the self-assessment side by side, in four queries.
   */
  person(actor: Actor, staffMemberId: string): Promise<PersonAssessments> {
    return this.data.inKommun(
      actor,
      async (tx) => {
        await tx.requireStaff(staffMemberId);
        await tx.recordRead('person_assessments', [staffMemberId]);
        return personAssessments(tx, staffMemberId);
      },
      'Staff member',
    );
  }

  /** The team leader's save: cells of the round's population in the caller's reach only (404 for anyone else). */
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
    const staffMemberId = actor.staffMemberId;
    if (!staffMemberId) return Promise.reject(new NotFoundError('Staff member'));
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
    const result = await this.data.inKommun(
      actor,
      async (tx) => {
        // FOR SHARE: a concurrent close waits for this save, and a save after the close sees it.
        const round = await loadRound(tx, roundId, true);
        if (round.status === 'closed') throw new RoundClosedError();
        if (round.status !== 'open') throw new RoundNotOpenError();
        if (!acceptsAssessments(round)) throw new RoundWindowEndedError(round.closesOn);
        const lookups = await lookUpCells(tx, round, source, cells);
        const errors = saveInputErrors(cells, lookups);
        if (Object.keys(errors).length > 0) throw new ValidationFailedError(errors);
        // Staff outside the round, the caller's reach or the kommun are not disclosed: the whole save is 404.
        if (lookups.some((l) => !l.inScope)) throw new NotFoundError('Staff member');

        const outcomes = planSave(cells, lookups);
        const writes = outcomes.flatMap((o) => (o.kind === 'write' ? [o.write] : []));
        const appended = writes.length
          ? await appendCells(tx, round.id, source, writes)
          : new Map<number, CurrentCell>();
        if (source === 'leader' && appended.size > 0) {
          await undoSignOffs(tx, round.id, [
            ...new Set(writes.filter((w) => appended.has(w.index)).map((w) => w.staffMemberId)),
          ]);
        }
        const lost = writes.filter((w) => !appended.has(w.index));
        const now = lost.length ? await currentCells(tx.manager, round.id, source, lost) : [];
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
      },
      'Inventory round',
    );
    if (result.conflicts.length > 0) throw new AssessmentConflictError(result);
    return result;
  }
}

/**
 * The matrix rows as one statement: one group of the round's population in the caller's reach
 * (frozen once the round has closed), each person with the current leader row of every cell
 * written (`assessment_cell`) aggregated to a JSON object by topic code. Exported for the
 * benchmark (the same SQL through raw pg).
 */
export function matrixRowsSql(
  tx: KommunTransaction,
  p: SqlParams,
  round: RoundRow,
  filter: PopulationFilter,
): string {
  const population = populationCte(p, [round]);
  const where = populationFilter(tx, p, filter);
  const roundId = p.add(round.id, 'uuid');
  return `WITH ${population}
    SELECT pop.staff_member_id AS "staffMemberId", pop.employee_number AS "employeeNumber",
           pop.first_name AS "firstName", pop.last_name AS "lastName",
           pop.unit_id AS "unitId", pop.unit_name AS "unitName", pop.fte::text AS fte,
           coalesce((SELECT json_object_agg(t.code, ${CELL_JSON})
                     FROM assessment_cell c JOIN competence_topic t ON t.id = c.topic_id
                     WHERE c.round_id = ${roundId} AND c.staff_member_id = pop.staff_member_id AND c.source = 'leader'),
                    '{}'::json) AS cells
    FROM population pop
    -- A person erased since the round closed has no row to assess.
    WHERE ${where} AND pop.staff_member_id IS NOT NULL
    ORDER BY pop.last_name, pop.first_name, pop.staff_member_id`;
}

async function personAssessments(
  tx: KommunTransaction,
  staffMemberId: string,
): Promise<PersonAssessments> {
  const current = await tx.query<
    CurrentCell & { roundId: string; code: string; source: AssessmentSource }
  >(
    `SELECT c.round_id AS "roundId", t.code, c.source, ${currentColumns('c')}
     FROM assessment_cell c JOIN competence_topic t ON t.id = c.topic_id
     WHERE c.municipality_id = $1 AND c.staff_member_id = $2`,
    [tx.municipalityId, staffMemberId],
  );
  const rounds = await personRounds(tx, staffMemberId, new Set(current.map((cell) => cell.roundId)));
  // Topics by stable code across framework versions; names and areas from the newest round.
  const topics = await tx.query<Omit<TopicRow, 'id'> & { areaPosition: number; position: number }>(
    `SELECT DISTINCT ON (t.code) t.code, t.name, a.code AS "areaCode", a.name AS "areaName",
            a.position AS "areaPosition", t.position
     FROM inventory_round r JOIN competence_topic t ON t.framework_id = r.framework_id
     JOIN competence_area a ON a.id = t.area_id
     WHERE r.municipality_id = $1 AND r.id = ANY($2::uuid[])
     ORDER BY t.code, r.reference_date DESC`,
    [tx.municipalityId, rounds.map((round) => round.id)],
  );
  topics.sort(
    (x, y) =>
      x.areaPosition - y.areaPosition ||
      x.areaCode.localeCompare(y.areaCode) ||
      x.position - y.position,
  );
  const byKey = new Map(
    current.map((row) => [`${row.roundId}:${row.code}:${row.source}`, toAssessmentCell(row)]),
  );
  return {
    staffMemberId,
    rounds,
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
}

/**
 * The rounds that have opened and count the person (one per service area at a time: a round
 * counts the staff of its framework's service area), and any round with levels of theirs (a person
 * who moved since). Oldest first.
 */
async function personRounds(tx: KommunTransaction, staffMemberId: string, assessedIn: ReadonlySet<string>): Promise<PersonRound[]> {
  const opened = await tx.query<RoundRow>(
    `${ROUND_SELECT} WHERE r.municipality_id = $1 AND r.status <> 'planned' ORDER BY r.reference_date, r.name`,
    [tx.municipalityId],
  );
  if (opened.length === 0) return [];
  const p = tx.params();
  const counted = await tx.query<{ roundId: string }>(
    `WITH ${populationCte(p, opened)}
     SELECT DISTINCT round_id AS "roundId" FROM population WHERE staff_member_id = ${p.add(staffMemberId, 'uuid')}`,
    p,
  );
  const mine = new Set([...assessedIn, ...counted.map((row) => row.roundId)]);
  return opened
    .filter((round) => mine.has(round.id))
    .map((round) => ({ id: round.id, name: round.name, referenceDate: round.referenceDate, status: round.status }));
}

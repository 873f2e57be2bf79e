import { type Actor, queryPrepared } from '@kl/api/core';
import type { AssessmentCellInput, AssessmentSource, InventoryRound } from '@kl/shared/contracts';
import type { EntityManager } from 'typeorm';
import type { CellLookup, CellWrite, CurrentCell } from './save-plan';
import { assessableStaffScope, roundStaffScope, withClause } from './staff-scope';

/** A timestamptz as ISO 8601 in UTC with milliseconds: the form of Date#toISOString. */
export const isoTime = (column: string) =>
  `to_char(${column} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;

/** The CurrentCell columns of an `assessment_cell` (or `assessment`) row aliased `alias`. */
export const currentColumns = (alias: string) =>
  `${alias}.value, ${alias}.seq, ${alias}.comment, ${isoTime(`${alias}.assessed_at`)} AS "assessedAt",
   ${alias}.assessor_id AS "assessorId"`;

/** An audit event's view of a cell row aliased `alias` that also has a `topic_code`. */
const auditView = (alias: string) =>
  `jsonb_build_object('roundId', ${alias}.round_id, 'staffMemberId', ${alias}.staff_member_id,
     'topicCode', ${alias}.topic_code, 'source', ${alias}.source, 'value', ${alias}.value,
     'comment', ${alias}.comment, 'version', ${alias}.seq)`;

/**
 * One statement for everything a save needs to know per input cell, in input order: the topic
 * (by code in the round's framework), whether the staff member is in the round and the caller's
 * scope, and the cell's current row.
 */
export async function lookUpCells(
  manager: EntityManager,
  actor: Actor,
  round: InventoryRound,
  source: AssessmentSource,
  cells: readonly AssessmentCellInput[],
): Promise<CellLookup[]> {
  const params: unknown[] = [actor.municipalityId];
  // Self-assessments are the caseworker's own; leader levels are never the assessor's own.
  const scope = source === 'self' ? roundStaffScope(actor, round, params) : assessableStaffScope(actor, round, params);
  const at = params.length;
  params.push(
    round.frameworkId,
    round.id,
    source,
    cells.map((c) => c.staffMemberId),
    cells.map((c) => c.topicCode),
  );
  const rows = await queryPrepared<
    CurrentCell & { topicId: string | null; inScope: boolean; seq: number | null }
  >(
    manager,
    `${withClause(scope)}
       SELECT t.id AS "topicId", ${currentColumns('c')},
              EXISTS (SELECT 1 FROM staff_member s
                      WHERE s.id = i.staff_member_id AND ${scope.where.join(' AND ')}) AS "inScope"
       FROM unnest($${at + 4}::uuid[], $${at + 5}::text[]) WITH ORDINALITY AS i(staff_member_id, topic_code, n)
       LEFT JOIN competence_topic t ON t.framework_id = $${at + 1} AND t.code = i.topic_code
       LEFT JOIN assessment_cell c ON c.round_id = $${at + 2} AND c.staff_member_id = i.staff_member_id
                                  AND c.topic_id = t.id AND c.source = $${at + 3}
       ORDER BY i.n`,
    params,
  );
  return rows.map(({ topicId, inScope, ...current }) => ({
    topicId,
    inScope,
    current: current.seq === null ? null : current,
  }));
}

/**
 * Appends the cells in one statement with their audit events (before and after, per cell). A
 * cell whose version another writer took meanwhile is left out by the unique (cell, seq) index;
 * the answer maps the index in the request of each appended cell to its new row.
 */
export async function appendCells(
  manager: EntityManager,
  actor: Actor,
  roundId: string,
  source: AssessmentSource,
  writes: readonly CellWrite[],
): Promise<Map<number, CurrentCell>> {
  const rows = await queryPrepared<CurrentCell & { index: number }>(
    manager,
    `WITH input AS (
       SELECT * FROM unnest($5::int[], $6::uuid[], $7::uuid[], $8::text[], $9::int[], $10::text[], $11::text[])
         AS x(n, staff_member_id, topic_id, topic_code, seq, value, comment)),
     before AS (
       SELECT x.n, x.topic_code, c.* FROM input x
       JOIN assessment_cell c ON c.round_id = $2 AND c.staff_member_id = x.staff_member_id
                             AND c.topic_id = x.topic_id AND c.source = $3),
     appended AS (
       INSERT INTO assessment (municipality_id, round_id, staff_member_id, topic_id, source, seq, value, comment, assessor_id)
       SELECT $1, $2, x.staff_member_id, x.topic_id, $3, x.seq, x.value::assessment_value, x.comment, $4
       FROM input x
       ON CONFLICT (round_id, staff_member_id, topic_id, source, seq) DO NOTHING
       RETURNING *),
     written AS (
       SELECT x.n, x.topic_code, a.* FROM appended a
       JOIN input x ON x.staff_member_id = a.staff_member_id AND x.topic_id = a.topic_id),
     audited AS (
       INSERT INTO audit_event (municipality_id, actor_user_id, entity_type, entity_id, action, before, after)
       SELECT $1, $4, 'assessment', w.id, 'create',
              (SELECT ${auditView('b')} FROM before b WHERE b.n = w.n), ${auditView('w')}
       FROM written w)
     SELECT w.n AS "index", ${currentColumns('w')} FROM written w`,
    [
      actor.municipalityId,
      roundId,
      source,
      actor.userId,
      writes.map((w) => w.index),
      writes.map((w) => w.staffMemberId),
      writes.map((w) => w.topicId),
      writes.map((w) => w.topicCode),
      writes.map((w) => w.seq),
      writes.map((w) => w.value),
      writes.map((w) => w.comment),
    ],
  );
  return new Map(rows.map(({ index, ...row }) => [index, row]));
}

/** The current rows of the given cells (null for a cell never written), in the given order. */
export async function currentCells(
  manager: EntityManager,
  roundId: string,
  source: AssessmentSource,
  cells: readonly { staffMemberId: string; topicId: string }[],
): Promise<(CurrentCell | null)[]> {
  const rows: (CurrentCell & { seq: number | null })[] = await manager.query(
    `SELECT ${currentColumns('c')}
     FROM unnest($3::uuid[], $4::uuid[]) WITH ORDINALITY AS i(staff_member_id, topic_id, n)
     LEFT JOIN assessment_cell c ON c.round_id = $1 AND c.source = $2
                                AND c.staff_member_id = i.staff_member_id AND c.topic_id = i.topic_id
     ORDER BY i.n`,
    [roundId, source, cells.map((c) => c.staffMemberId), cells.map((c) => c.topicId)],
  );
  return rows.map((row) => (row.seq === null ? null : row));
}

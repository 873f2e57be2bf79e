import type { KommunTransaction } from '@kl/api/core';
import type { AssessmentCellInput, AssessmentSource } from '@kl/shared/contracts';
import { populationCte, populationReach } from './round-population';
import type { RoundRow } from './round-row';
import type { CellLookup, CellWrite, CurrentCell } from './save-plan';

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
 * (by code in the round's framework), whether the staff member is in the round's population and
 * the caller's reach, and the cell's current row. Self-assessments are the caseworker's own;
 * leader levels are never the assessor's own.
 */
export async function lookUpCells(
  tx: KommunTransaction,
  round: RoundRow,
  source: AssessmentSource,
  cells: readonly AssessmentCellInput[],
): Promise<CellLookup[]> {
  const p = tx.params();
  const population = populationCte(p, [round]);
  const reach = populationReach(tx, p, { excludeSelf: source === 'leader' });
  const frameworkId = p.add(round.frameworkId, 'uuid');
  const roundId = p.add(round.id, 'uuid');
  const sourceParam = p.add(source);
  const staffIds = p.add(
    cells.map((c) => c.staffMemberId),
    'uuid[]',
  );
  const topicCodes = p.add(
    cells.map((c) => c.topicCode),
    'text[]',
  );
  const rows = await tx.prepared<
    CurrentCell & { topicId: string | null; inScope: boolean; seq: number | null }
  >(
    // The reach is computed once (MATERIALIZED), not once per cell: an import asks for 39 000 cells.
    `WITH ${population},
       in_reach AS MATERIALIZED (SELECT DISTINCT pop.staff_member_id FROM population pop WHERE ${reach})
       SELECT t.id AS "topicId", ${currentColumns('c')},
              EXISTS (SELECT 1 FROM in_reach r WHERE r.staff_member_id = i.staff_member_id) AS "inScope"
       FROM unnest(${staffIds}, ${topicCodes}) WITH ORDINALITY AS i(staff_member_id, topic_code, n)
       LEFT JOIN competence_topic t ON t.framework_id = ${frameworkId} AND t.code = i.topic_code
       LEFT JOIN assessment_cell c ON c.round_id = ${roundId} AND c.staff_member_id = i.staff_member_id
                                  AND c.topic_id = t.id AND c.source = ${sourceParam}::assessment_source
       ORDER BY i.n`,
    p,
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
  tx: KommunTransaction,
  roundId: string,
  source: AssessmentSource,
  writes: readonly CellWrite[],
): Promise<Map<number, CurrentCell>> {
  const rows = await tx.prepared<CurrentCell & { index: number }>(
    `WITH input AS (
       SELECT * FROM unnest($5::int[], $6::uuid[], $7::uuid[], $8::text[], $9::int[], $10::text[], $11::text[])
         AS x(n, staff_member_id, topic_id, topic_code, seq, value, comment)),
     -- MATERIALIZED and joined below: as a correlated subquery it was inlined and re-run per
     -- written cell (quadratic: an import of 39 000 cells took minutes).
     before AS MATERIALIZED (
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
              CASE WHEN b.n IS NULL THEN NULL ELSE ${auditView('b')} END, ${auditView('w')}
       FROM written w LEFT JOIN before b ON b.n = w.n)
     SELECT w.n AS "index", ${currentColumns('w')} FROM written w`,
    [
      tx.municipalityId,
      roundId,
      source,
      tx.actorUserId,
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

/**
 * A new leader level in a unit undoes the "klar för enheten" of that unit and of every unit above
 * it: what was signed off is no longer what is recorded. Each undoing is audited.
 */
export async function undoSignOffs(
  tx: KommunTransaction,
  roundId: string,
  staffMemberIds: readonly string[],
): Promise<void> {
  await tx.prepared(
    `WITH RECURSIVE up(id, parent_id) AS (
       SELECT u.id, u.parent_id FROM org_unit u
       WHERE u.municipality_id = $1 AND u.id IN (SELECT s.unit_id FROM staff_member s WHERE s.id = ANY($3::uuid[]))
       UNION
       SELECT p.id, p.parent_id FROM org_unit p JOIN up ON p.id = up.parent_id WHERE p.municipality_id = $1),
     undone AS (
       DELETE FROM round_unit_sign_off so
       WHERE so.municipality_id = $1 AND so.round_id = $2 AND so.unit_id IN (SELECT id FROM up)
       RETURNING so.unit_id, so.signed_by_user_id, so.signed_at)
     INSERT INTO audit_event (municipality_id, actor_user_id, entity_type, entity_id, action, before, after)
     SELECT $1, $4, 'inventory_round', $2, 'sign_off_undone',
            jsonb_build_object('unitId', d.unit_id, 'signedByUserId', d.signed_by_user_id, 'signedAt', d.signed_at), NULL
     FROM undone d`,
    [tx.municipalityId, roundId, staffMemberIds, tx.actorUserId],
  );
}

/** The current rows of the given cells (null for a cell never written), in the given order. */
export async function currentCells(
  manager: KommunTransaction['manager'],
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

/** One person's cells in an import's audit snapshot, by topic code. */
const importedCells = (alias: string) =>
  `jsonb_agg(jsonb_build_object('topicCode', ${alias}.topic_code, 'value', ${alias}.value, 'comment', ${alias}.comment,
     'version', ${alias}.seq) ORDER BY ${alias}.topic_code)`;

/**
 * Appends an import's leader levels in one statement, as `appendCells` does, but audited as one
 * event per person (`import`) holding their cells before and after: tens of thousands of cells
 * are a few thousand audit rows. The snapshots name the person (`staffMemberId`) and the round,
 * as the per-cell ones do, so a person's export, erasure and a round's purge find them. Answers
 * how many cells were appended (fewer than asked when another writer took a version meanwhile).
 */
export async function appendImportedCells(
  tx: KommunTransaction,
  roundId: string,
  writes: readonly Omit<CellWrite, 'index'>[],
): Promise<number> {
  const [{ appended }] = await tx.prepared<{ appended: number }>(
    `WITH input AS (
       SELECT * FROM unnest($4::uuid[], $5::uuid[], $6::text[], $7::int[], $8::text[], $9::text[])
         AS x(staff_member_id, topic_id, topic_code, seq, value, comment)),
     before AS MATERIALIZED (
       SELECT x.staff_member_id, x.topic_code, c.value, c.comment, c.seq FROM input x
       JOIN assessment_cell c ON c.round_id = $2 AND c.staff_member_id = x.staff_member_id
                             AND c.topic_id = x.topic_id AND c.source = 'leader'),
     appended AS (
       INSERT INTO assessment (municipality_id, round_id, staff_member_id, topic_id, source, seq, value, comment, assessor_id)
       SELECT $1, $2, x.staff_member_id, x.topic_id, 'leader', x.seq, x.value::assessment_value, x.comment, $3
       FROM input x
       ON CONFLICT (round_id, staff_member_id, topic_id, source, seq) DO NOTHING
       RETURNING staff_member_id, topic_id, seq, value, comment),
     written AS MATERIALIZED (
       SELECT x.topic_code, a.* FROM appended a
       JOIN input x ON x.staff_member_id = a.staff_member_id AND x.topic_id = a.topic_id),
     after_person AS (SELECT w.staff_member_id, ${importedCells('w')} AS cells FROM written w GROUP BY w.staff_member_id),
     before_person AS (SELECT b.staff_member_id, ${importedCells('b')} AS cells FROM before b GROUP BY b.staff_member_id),
     audited AS (
       INSERT INTO audit_event (municipality_id, actor_user_id, entity_type, entity_id, action, before, after)
       SELECT $1, $3, 'assessment', a.staff_member_id, 'import',
              CASE WHEN b.cells IS NULL THEN NULL
                   ELSE jsonb_build_object('roundId', $2::uuid, 'staffMemberId', a.staff_member_id, 'source', 'leader', 'cells', b.cells) END,
              jsonb_build_object('roundId', $2::uuid, 'staffMemberId', a.staff_member_id, 'source', 'leader', 'cells', a.cells)
       FROM after_person a LEFT JOIN before_person b ON b.staff_member_id = a.staff_member_id)
     SELECT count(*)::int AS appended FROM written`,
    [
      tx.municipalityId,
      roundId,
      tx.actorUserId,
      writes.map((w) => w.staffMemberId),
      writes.map((w) => w.topicId),
      writes.map((w) => w.topicCode),
      writes.map((w) => w.seq),
      writes.map((w) => w.value),
      writes.map((w) => w.comment),
    ],
  );
  return appended;
}

import { choiceMap, ConflictError, type KommunTransaction, readTableInBatches, RowReader, type TabularColumn } from '@kl/api/core';
import {
  acceptsAssessments,
  appendImportedCells,
  type CellWrite,
  loadRound,
  loadTopics,
  lookUpCells,
  planSave,
  RoundClosedError,
  RoundNotOpenError,
  RoundWindowEndedError,
  type RoundRow,
  undoSignOffs,
} from '@kl/api/inventory';
import {
  type AssessmentCellInput,
  type CellValue,
  EMPLOYEE_NUMBER_MAX_LENGTH,
  type ImportCounts,
  type ImportPreviewRow,
  type TabularProblem,
} from '@kl/shared/contracts';
import { jobPreview, type JobPreview } from './import-jobs';
import { importBasis } from './import-basis';
import { IMPORT_LIMITS } from './staff-import';

export const EMPLOYEE_NUMBER_HEADER = 'anstallningsnummer';

/** FORMATS.md §2: G/grundläggande, F/fördjupad, S/saknar, `-` not applicable; empty is not assessed. */
const LEVELS = choiceMap<Exclude<CellValue, null>>([
  ['G', 'basic'],
  ['grundläggande', 'basic'],
  ['F', 'advanced'],
  ['fördjupad', 'advanced'],
  ['S', 'insufficient'],
  ['saknar', 'insufficient'],
  ['-', 'not_applicable'],
]);

export type ImportedCell = Omit<CellWrite, 'index'>;

export interface AssessmentPlan {
  roundId: string;
  writes: ImportedCell[];
}

/** A plan as a job keeps it: each person and topic once, the cells by their index (tens of thousands of cells). */
export interface KeptAssessmentPlan {
  roundId: string;
  staff: string[];
  topics: [id: string, code: string][];
  cells: [staff: number, topic: number, seq: number, value: CellValue, comment: string | null][];
}

export function keepAssessmentPlan({ roundId, writes }: AssessmentPlan): KeptAssessmentPlan {
  const staff = new Map<string, number>();
  const topics = new Map<string, [number, string]>();
  const cells = writes.map((w): KeptAssessmentPlan['cells'][number] => {
    if (!staff.has(w.staffMemberId)) staff.set(w.staffMemberId, staff.size);
    if (!topics.has(w.topicId)) topics.set(w.topicId, [topics.size, w.topicCode]);
    return [staff.get(w.staffMemberId) as number, (topics.get(w.topicId) as [number, string])[0], w.seq, w.value, w.comment];
  });
  return { roundId, staff: [...staff.keys()], topics: [...topics].map(([id, [, code]]) => [id, code]), cells };
}

export function keptAssessmentPlan(kept: KeptAssessmentPlan): AssessmentPlan {
  return {
    roundId: kept.roundId,
    writes: kept.cells.map(([staff, topic, seq, value, comment]) => ({
      staffMemberId: kept.staff[staff],
      topicId: kept.topics[topic][0],
      topicCode: kept.topics[topic][1],
      seq,
      value,
      comment,
    })),
  };
}

/**
 * The round as a plan for it rests on (it must still take assessments; locked FOR SHARE, so a
 * concurrent close waits for the import) and its digest (see `importBasis`).
 */
export async function assessmentBasis(tx: KommunTransaction, roundId: string): Promise<string> {
  const round = await loadRound(tx, roundId, true);
  requireAcceptingRound(round);
  return importBasis(tx, { roundId, extra: [round.version, round.status, round.closesOn, round.populationFrozenAt] });
}

/** The round must take assessments now, as the matrix's save requires. */
export function requireAcceptingRound(round: RoundRow): void {
  if (round.status === 'closed') throw new RoundClosedError();
  if (round.status !== 'open') throw new RoundNotOpenError();
  if (!acceptsAssessments(round)) throw new RoundWindowEndedError(round.closesOn);
}

async function staffByNumber(tx: KommunTransaction): Promise<Map<string, string>> {
  const p = tx.params();
  const rows = await tx.query<{ id: string; employeeNumber: string }>(
    `SELECT s.id, s.employee_number AS "employeeNumber" FROM staff_member s WHERE ${tx.staffFilter(p)}`,
    p,
  );
  return new Map(rows.map((row) => [row.employeeNumber, row.id]));
}

/**
 * Reads an assessment file (FORMATS.md §2) for a round and plans it with the matrix's own save
 * rules (`lookUpCells`, `planSave`): a cell whose value is what is recorded is left alone, so the
 * same file twice writes nothing. A topic column absent from the file is left as it is.
 */
export async function planAssessmentFile(tx: KommunTransaction, file: Buffer, roundId: string): Promise<{ plan: AssessmentPlan; preview: JobPreview }> {
  // FOR SHARE: a concurrent close waits for the import, as it waits for a save.
  const round = await loadRound(tx, roundId, true);
  requireAcceptingRound(round);
  const topics = await loadTopics(tx.manager, round.frameworkId);
  const columns: TabularColumn[] = [{ name: EMPLOYEE_NUMBER_HEADER, required: true }, ...topics.map((topic) => ({ name: topic.code }))];
  const staff = await staffByNumber(tx);
  const problems: TabularProblem[] = [];
  const seen = new Set<string>();
  const people: { row: number; key: string; staffMemberId: string }[] = [];
  const cells: (AssessmentCellInput & { row: number })[] = [];
  // Each batch of rows as it is read: the file's rows are never all held at once.
  await readTableInBatches(file, columns, IMPORT_LIMITS, problems, (rows, found) => {
    const codes = topics.map((topic) => topic.code).filter((code) => found.includes(code));
    for (const row of rows) {
      const reader = new RowReader(row, problems);
      const key = reader.text(EMPLOYEE_NUMBER_HEADER, { maxLength: EMPLOYEE_NUMBER_MAX_LENGTH, required: true });
      const values = codes.map((code) => reader.choice(code, LEVELS));
      if (key === null) continue;
      const staffMemberId = staff.get(key);
      if (!staffMemberId) reader.report(EMPLOYEE_NUMBER_HEADER, 'unknown_reference');
      else if (seen.has(key)) reader.report(EMPLOYEE_NUMBER_HEADER, 'not_unique');
      seen.add(key);
      if (!reader.valid || !staffMemberId) continue;
      people.push({ row: row.row, key, staffMemberId });
      codes.forEach((topicCode, i) => cells.push({ row: row.row, staffMemberId, topicCode, value: values[i], expectedVersion: 0 }));
    }
  });
  const lookups = cells.length ? await lookUpCells(tx, round, 'leader', cells) : [];
  const outOfReach = new Set(cells.filter((_cell, i) => !lookups[i].inScope).map((cell) => cell.row));
  for (const row of outOfReach) problems.push({ row, column: EMPLOYEE_NUMBER_HEADER, code: 'not_allowed' });
  // The file states the level as it should be: onto whatever version is recorded now.
  const current = cells.map((cell, i) => ({ ...cell, expectedVersion: lookups[i].current?.seq ?? 0 }));
  const outcomes = planSave(current, lookups);
  const counts: ImportCounts = { add: 0, change: 0, unchanged: 0 };
  const changedByRow = new Map<number, { codes: string[]; added: boolean }>();
  const writes: ImportedCell[] = [];
  outcomes.forEach((outcome, i) => {
    if (outOfReach.has(cells[i].row)) return;
    if (outcome.kind !== 'write') return void counts.unchanged++;
    const added = lookups[i].current === null;
    counts[added ? 'add' : 'change']++;
    const { index: _index, ...write } = outcome.write;
    writes.push(write);
    const entry = changedByRow.get(cells[i].row) ?? { codes: [], added: true };
    entry.codes.push(cells[i].topicCode);
    entry.added &&= added;
    changedByRow.set(cells[i].row, entry);
  });
  const rows: ImportPreviewRow[] = people
    .filter((person) => !outOfReach.has(person.row))
    .map((person) => {
      const changed = changedByRow.get(person.row);
      return { row: person.row, key: person.key, action: !changed ? 'unchanged' : changed.added ? 'add' : 'change', changedColumns: changed?.codes ?? [] };
    });
  return { plan: { roundId: round.id, writes }, preview: jobPreview(counts, rows, problems) };
}

export class ImportConflictError extends ConflictError {
  constructor() {
    super('ASSESSMENT_CONFLICT', 'An assessment was written by someone else during the import');
  }
}

/**
 * Appends the changed cells in one statement, audited as one event per person with their cells
 * (`appendImportedCells`), and undoes the sign-offs a new level undoes, as the matrix's save does.
 */
export async function writeAssessmentPlan(tx: KommunTransaction, { roundId, writes }: AssessmentPlan): Promise<void> {
  if (writes.length === 0) return;
  // The statement joins CTEs whose sizes the planner cannot see; at 39 000 cells a nested loop
  // over them took minutes, hash joins take well under a second (bench/lib/imports.ts).
  await tx.query('SET LOCAL enable_nestloop = off');
  const appended = await appendImportedCells(tx, roundId, writes);
  // A concurrent save took a version between the plan and the append: nothing is kept.
  if (appended !== writes.length) throw new ImportConflictError();
  await undoSignOffs(tx, roundId, [...new Set(writes.map((write) => write.staffMemberId))]);
}

import type { AssessmentCell, AssessmentCellInput, AssessmentMatrix, CellValue, SaveAssessmentsResult } from '@kl/shared/contracts';

/** pending: edited, not yet sent; saving: sent; conflict: someone else changed it first. */
export type CellSaveState = 'saved' | 'pending' | 'saving' | 'conflict' | 'error';

export interface CellState {
  value: CellValue;
  comment: string | null;
  /** The server's version of the cell that this value was based on. */
  version: number;
  state: CellSaveState;
  /** With `conflict`: the value someone else saved. */
  theirs?: AssessmentCell;
}

export type CellMap = ReadonlyMap<string, CellState>;

export const cellId = (staffMemberId: string, topicCode: string) => `${staffMemberId}|${topicCode}`;

const EMPTY: CellState = { value: null, comment: null, version: 0, state: 'saved' };

/** The cells of a matrix as the server has them; cells never written are not assessed, version 0. */
export function cellsFromMatrix(matrix: AssessmentMatrix): Map<string, CellState> {
  const cells = new Map<string, CellState>();
  for (const row of matrix.rows) {
    for (const [topicCode, cell] of Object.entries(row.cells)) {
      cells.set(cellId(row.staffMemberId, topicCode), { value: cell.value, comment: cell.comment, version: cell.version, state: 'saved' });
    }
  }
  return cells;
}

export function cellAt(cells: CellMap, id: string): CellState {
  return cells.get(id) ?? EMPTY;
}

/** One edit as the undo stack keeps it: the cell and what it held before. */
export interface Edit {
  id: string;
  before: Pick<CellState, 'value' | 'comment'>;
}

/** Sets a value (and optionally a comment); returns the new map and the edit for undo, or null when nothing changes. */
export function applyEdit(
  cells: CellMap,
  id: string,
  change: { value: CellValue; comment?: string | null },
): { cells: Map<string, CellState>; edit: Edit } | null {
  const current = cellAt(cells, id);
  const comment = change.comment === undefined ? current.comment : change.comment;
  if (current.value === change.value && current.comment === comment && current.state !== 'conflict') {
    return null;
  }
  const next = new Map(cells);
  next.set(id, { ...current, value: change.value, comment, state: 'pending', theirs: undefined });
  return { cells: next, edit: { id, before: { value: current.value, comment: current.comment } } };
}

/** The pending cells as the save request wants them, and the map with them marked as saving. */
export function takePending(cells: CellMap): { inputs: AssessmentCellInput[]; cells: Map<string, CellState> } {
  const inputs: AssessmentCellInput[] = [];
  const next = new Map(cells);
  for (const [id, cell] of cells) {
    if (cell.state !== 'pending') continue;
    const [staffMemberId, topicCode] = id.split('|');
    inputs.push({ staffMemberId, topicCode, value: cell.value, comment: cell.comment, expectedVersion: cell.version });
    next.set(id, { ...cell, state: 'saving' });
  }
  return { inputs, cells: next };
}

/**
 * Applies the server's answer: saved cells take their new version (unless edited again meanwhile,
 * then they stay pending on the new version); stale cells become conflicts showing their value.
 */
export function applySaveResult(cells: CellMap, result: SaveAssessmentsResult): Map<string, CellState> {
  const next = new Map(cells);
  for (const saved of result.saved) {
    const id = cellId(saved.staffMemberId, saved.topicCode);
    const mine = cellAt(next, id);
    const editedSince = mine.state === 'pending';
    next.set(id, editedSince ? { ...mine, version: saved.version } : { value: saved.value, comment: saved.comment, version: saved.version, state: 'saved' });
  }
  for (const conflict of result.conflicts) {
    const id = cellId(conflict.staffMemberId, conflict.topicCode);
    next.set(id, { ...cellAt(next, id), state: 'conflict', theirs: conflict.current });
  }
  return next;
}

/** A failed send (network, session ended): the cells go back to pending, to be sent again. */
export function markUnsent(cells: CellMap): Map<string, CellState> {
  const next = new Map(cells);
  for (const [id, cell] of cells) {
    if (cell.state === 'saving') next.set(id, { ...cell, state: 'error' });
  }
  return next;
}

/** Resolves a conflict: keep their value, or keep mine and send it again on their version. */
export function resolveConflict(cells: CellMap, id: string, keep: 'theirs' | 'mine'): Map<string, CellState> {
  const cell = cellAt(cells, id);
  if (cell.state !== 'conflict' || !cell.theirs) return new Map(cells);
  const next = new Map(cells);
  const theirs = cell.theirs;
  next.set(
    id,
    keep === 'theirs'
      ? { value: theirs.value, comment: theirs.comment, version: theirs.version, state: 'saved' }
      : { value: cell.value, comment: cell.comment, version: theirs.version, state: 'pending' },
  );
  return next;
}

/** Cells waiting to be sent again after an error become pending. */
export function retryFailed(cells: CellMap): Map<string, CellState> {
  const next = new Map(cells);
  for (const [id, cell] of cells) {
    if (cell.state === 'error') next.set(id, { ...cell, state: 'pending' });
  }
  return next;
}

export interface SaveSummary {
  pending: number;
  saving: number;
  conflicts: number;
  errors: number;
}

export function summarise(cells: CellMap): SaveSummary {
  const summary: SaveSummary = { pending: 0, saving: 0, conflicts: 0, errors: 0 };
  for (const cell of cells.values()) {
    if (cell.state === 'pending') summary.pending++;
    else if (cell.state === 'saving') summary.saving++;
    else if (cell.state === 'conflict') summary.conflicts++;
    else if (cell.state === 'error') summary.errors++;
  }
  return summary;
}

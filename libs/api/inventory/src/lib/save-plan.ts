import type { FieldErrorCode } from '@kl/shared/contracts';
import type {
  AssessmentCell,
  AssessmentCellInput,
  CellValue,
  ConflictCell,
  SavedCell,
} from '@kl/shared/contracts';

/** A cell's latest row as the save reads it (`assessment_cell`). */
export interface CurrentCell {
  value: CellValue;
  seq: number;
  comment: string | null;
  /** ISO 8601, as every answer gives it. */
  assessedAt: string;
  assessorId: string;
}

/** What the save found for one input cell, in input order. */
export interface CellLookup {
  /** null when the topic code is not in the round's framework. */
  topicId: string | null;
  /** false when the staff member is outside the round or the caller's scope. */
  inScope: boolean;
  current: CurrentCell | null;
}

/** A cell to append: version `seq` onto `before` (null for a cell never written). */
export interface CellWrite {
  /** Index of the cell in the request. */
  index: number;
  staffMemberId: string;
  topicId: string;
  topicCode: string;
  seq: number;
  value: CellValue;
  comment: string | null;
}

/** Per input cell: already saved (unchanged), stale, or to be appended. */
export type CellOutcome =
  | { kind: 'saved'; cell: SavedCell }
  | { kind: 'conflict'; conflict: ConflictCell }
  | { kind: 'write'; write: CellWrite };

/**
 * Field errors of a save, before anything is written: a topic code outside the round's
 * framework, and a cell named twice (staff member × topic).
 */
export function saveInputErrors(
  cells: readonly AssessmentCellInput[],
  lookups: readonly CellLookup[],
): Record<string, FieldErrorCode> {
  const errors: Record<string, FieldErrorCode> = {};
  const seen = new Set<string>();
  cells.forEach((cell, i) => {
    if (lookups[i].topicId === null) errors[`cells.${i}.topicCode`] = 'invalid_value';
    const key = `${cell.staffMemberId.toLowerCase()}:${cell.topicCode}`;
    if (seen.has(key)) errors[`cells.${i}`] = 'not_unique';
    seen.add(key);
  });
  return errors;
}

/**
 * Decides each cell of a save from its current row: a cell is written only onto the version the
 * client saw (else it is a conflict carrying the current value); a comment left out keeps the
 * previous one; a cell given the value and comment it has, or clearing a cell never written, is
 * saved without a new row.
 */
export function planSave(
  cells: readonly AssessmentCellInput[],
  lookups: readonly CellLookup[],
): CellOutcome[] {
  return cells.map((cell, index): CellOutcome => {
    const { current, topicId } = lookups[index];
    if ((current?.seq ?? 0) !== cell.expectedVersion) {
      return { kind: 'conflict', conflict: conflictOf(cell, current) };
    }
    const comment =
      cell.comment === undefined ? (current?.comment ?? null) : emptyToNull(cell.comment);
    const unchanged = current
      ? current.value === cell.value && current.comment === comment
      : cell.value === null && comment === null;
    if (unchanged) {
      const saved = current ? toAssessmentCell(current) : emptyCell();
      return {
        kind: 'saved',
        cell: { ...saved, staffMemberId: cell.staffMemberId, topicCode: cell.topicCode },
      };
    }
    return {
      kind: 'write',
      write: {
        index,
        staffMemberId: cell.staffMemberId,
        topicId: topicId as string,
        topicCode: cell.topicCode,
        seq: cell.expectedVersion + 1,
        value: cell.value,
        comment,
      },
    };
  });
}

export function conflictOf(cell: AssessmentCellInput, current: CurrentCell | null): ConflictCell {
  return {
    staffMemberId: cell.staffMemberId,
    topicCode: cell.topicCode,
    expectedVersion: cell.expectedVersion,
    current: current ? toAssessmentCell(current) : emptyCell(),
  };
}

export function toAssessmentCell(row: CurrentCell): AssessmentCell {
  return {
    value: row.value,
    version: row.seq,
    comment: row.comment,
    assessedAt: row.assessedAt,
    assessorId: row.assessorId,
  };
}

export function emptyCell(): AssessmentCell {
  return { value: null, version: 0, comment: null, assessedAt: null, assessorId: null };
}

function emptyToNull(comment: string | null): string | null {
  const trimmed = comment?.trim() ?? '';
  return trimmed === '' ? null : trimmed;
}

import type { FieldErrorCode } from './errors';

/**
 * What can be wrong with a spreadsheet or CSV file beyond a single field's rule (those are
 * {@link FieldErrorCode}s). Shared by every file import: staff, assessments, national submissions.
 */
export const TABULAR_PROBLEM_CODES = [
  /** No header row and no data. */
  'file_empty',
  /** Larger than the import's limit in bytes. */
  'file_too_large',
  /** More data rows than the import's limit. */
  'too_many_rows',
  /** An old binary Excel file (.xls) or another format: save as XLSX or CSV. */
  'file_type_unsupported',
  /** Not readable as XLSX or CSV (a broken file, binary data, an unclosed quote). */
  'file_unreadable',
  /** A required column has no header. */
  'column_missing',
  /** A header (or a value under no header) the format does not know. */
  'column_unknown',
  /** The same column twice. */
  'column_duplicate',
  /** A formula: the file must hold values (copy and paste as values). */
  'formula_not_allowed',
  /** A spreadsheet error value such as #N/A or #REF!. */
  'cell_error',
  /** A value longer than any field takes. */
  'cell_too_long',
  /** Not a number (decimal comma or point). */
  'invalid_number',
  /** Not a date (ÅÅÅÅ-MM-DD or a spreadsheet date). */
  'invalid_date',
  /** Not ja/nej (j/n, yes/no, 1/0). */
  'invalid_yes_no',
  /** Not one of the values the column takes. */
  'invalid_choice',
  /** No existing record by that name or key (a unit, a staff member). */
  'unknown_reference',
] as const;
export type TabularProblemCode = (typeof TABULAR_PROBLEM_CODES)[number];

/** One problem in a file, where the spreadsheet shows it. */
export interface TabularProblem {
  /** The spreadsheet's row number (the header is row 1); null for the file as a whole. */
  row: number | null;
  /** The column's name as the format writes it (or the unknown header as written); null for a whole row or file. */
  column: string | null;
  code: TabularProblemCode | FieldErrorCode;
}

/** A problem as the API answers it: with its Swedish text (machines read `code`, people `message`). */
export interface FileProblem extends TabularProblem {
  message: string;
}

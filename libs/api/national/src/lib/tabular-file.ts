import { cellText, readTable } from '@kl/api/core';
import type { FileRowError, TabularProblem, TabularProblemCode } from '@kl/shared/contracts';
import { SUBMISSION_COLUMNS } from '@kl/shared/util';

/** The problems of a file's form, in Swedish for the §4 answer (machines read `code`, people `message`). */
const FORM_PROBLEM_TEXT: Record<TabularProblemCode, string> = {
  file_empty: 'Filen är tom: den har ingen rubrikrad.',
  file_too_large: 'Filen är för stor.',
  too_many_rows: 'Filen har för många rader.',
  file_type_unsupported: 'Filen är i ett äldre Excelformat. Spara den som .xlsx eller CSV.',
  file_unreadable: 'Filen går inte att läsa som Excel (.xlsx) eller CSV.',
  column_missing: 'Kolumnen saknas i rubrikraden.',
  column_unknown: 'Kolumnen känns inte igen.',
  column_duplicate: 'Kolumnen finns två gånger.',
  formula_not_allowed: 'Cellen innehåller en formel. Klistra in som värden.',
  cell_error: 'Cellen innehåller ett felvärde.',
  cell_too_long: 'Värdet är för långt.',
  invalid_number: 'Värdet är inget tal.',
  invalid_date: 'Värdet är inget datum.',
  invalid_yes_no: 'Värdet ska vara ja eller nej.',
  invalid_choice: 'Värdet är inte ett av de tillåtna.',
  unknown_reference: 'Det finns inget med det namnet eller numret.',
};

/** A problem of the shared reader as a row error of the §4 answer. */
export function formProblem(p: TabularProblem): FileRowError {
  return {
    row: p.row ?? 0,
    column: p.column ?? '',
    code: p.code as TabularProblemCode,
    message: FORM_PROBLEM_TEXT[p.code as TabularProblemCode] ?? 'Cellen går inte att läsa.',
  };
}

export interface SubmissionTable {
  header: string[];
  rows: { line: number; cells: string[] }[];
  /** Problems of the file's form; the rows are checked only when there are none. */
  problems: FileRowError[];
}

/**
 * Reads a §3 file with the shared tabular reader (XLSX or CSV; `;` or `,`; UTF-8 ± BOM or
 * Windows-1252) into text cells in the format's column order. Values stay text: the checker reads
 * decimals exactly, never through a floating-point number (an XLSX number cell is a double in the
 * file itself; its shortest text is the value typed).
 */
export async function readSubmissionTable(bytes: Uint8Array): Promise<SubmissionTable> {
  const table = await readTable(
    bytes,
    SUBMISSION_COLUMNS.map((name) => ({ name, required: true })),
  );
  const problems = table.problems.map(formProblem);
  const header = [...SUBMISSION_COLUMNS];
  const rows = table.rows.map((r) => ({
    line: r.row,
    cells: header.map((column) => cellText(r.cell(column)) ?? ''),
  }));
  return { header, rows, problems };
}

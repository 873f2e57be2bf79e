import { cellText, readTable } from '@kl/api/core';
import type { FileRowError, TabularProblem, TabularProblemCode } from '@kl/shared/contracts';
import { SUBMISSION_COLUMNS, tabularProblemText } from '@kl/shared/util';

/** A problem of the shared reader as a row error of the §4 answer (the same Swedish text as the imports'). */
export function formProblem(p: TabularProblem): FileRowError {
  return {
    row: p.row ?? 0,
    column: p.column ?? '',
    code: p.code as TabularProblemCode,
    message: tabularProblemText(p.code),
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

import type { TabularProblem } from '@kl/shared/contracts';
import { headerKey } from './header-name';
import { readCsvRows } from './read-csv';
import { readXlsxRows } from './read-xlsx';
import {
  type CellValue,
  DEFAULT_TABULAR_LIMITS,
  type RawRow,
  type TabularColumn,
  type TabularLimits,
  type TabularRow,
  type TabularTable,
  UnreadableFileError,
} from './tabular-types';

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
/** The compound file of Excel 97–2003 (.xls). */
const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0];

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return bytes.length >= prefix.length && prefix.every((byte, index) => bytes[index] === byte);
}

function isEmpty(raw: RawRow): boolean {
  return raw.cells.every((cell) => cell === null || cell === undefined) && !raw.formulas?.length && !raw.errors?.length;
}

function cellLength(cell: CellValue): number {
  return typeof cell === 'string' ? cell.length : 0;
}

/**
 * Each column index of the file: the format's column, null under a header already reported
 * (unknown or twice), undefined under no header. A required column missing is reported once here;
 * its cells count as reported in every row.
 */
interface Header {
  mapped: (string | null | undefined)[];
  missing: string[];
}

function matchHeader(header: RawRow, columns: readonly TabularColumn[], problems: TabularProblem[]): Header {
  const byKey = new Map(columns.map((column) => [headerKey(column.name), column.name]));
  const seen = new Set<string>();
  const mapped: (string | null | undefined)[] = [];
  header.cells.forEach((cell, index) => {
    if (cell === null || cell === undefined) return;
    const written = cell instanceof Date ? cell.toISOString() : String(cell);
    const name = byKey.get(headerKey(written));
    if (name === undefined) {
      problems.push({ row: header.row, column: written.trim().slice(0, 100), code: 'column_unknown' });
      mapped[index] = null;
    } else if (seen.has(name)) {
      problems.push({ row: header.row, column: name, code: 'column_duplicate' });
      mapped[index] = null;
    } else {
      seen.add(name);
      mapped[index] = name;
    }
  });
  const missing = columns.filter((column) => column.required && !seen.has(column.name)).map((column) => column.name);
  for (const column of missing) problems.push({ row: header.row, column, code: 'column_missing' });
  if (header.formulas?.length) problems.push({ row: header.row, column: null, code: 'formula_not_allowed' });
  if (header.errors?.length) problems.push({ row: header.row, column: null, code: 'cell_error' });
  return { mapped, missing };
}

function toRow(raw: RawRow, { mapped, missing }: Header, limits: TabularLimits, problems: TabularProblem[]): TabularRow {
  const cells = new Map<string, CellValue>();
  const reported = new Set<string>(missing);
  const report = (index: number, code: TabularProblem['code']): void => {
    const column = mapped[index];
    if (column === null) return;
    problems.push({ row: raw.row, column: column ?? null, code: column === undefined ? 'column_unknown' : code });
    if (column) reported.add(column);
  };
  raw.cells.forEach((cell, index) => {
    if (cell === null || cell === undefined) return;
    const column = mapped[index];
    if (!column) return report(index, 'column_unknown');
    if (cellLength(cell) > limits.maxCellLength) return report(index, 'cell_too_long');
    cells.set(column, cell);
  });
  raw.formulas?.forEach((index) => report(index, 'formula_not_allowed'));
  raw.errors?.forEach((index) => report(index, 'cell_error'));
  return { row: raw.row, cells, reported };
}

function rowsOf(bytes: Uint8Array, limits: TabularLimits): { format: 'xlsx' | 'csv'; rows: AsyncGenerator<RawRow> } {
  return startsWith(bytes, ZIP_MAGIC)
    ? { format: 'xlsx', rows: readXlsxRows(bytes) }
    : { format: 'csv', rows: readCsvRows(bytes, limits.maxCellLength) };
}

/**
 * Reads an XLSX or CSV file (told apart by its first bytes, not its name) against the columns of
 * a format (FORMATS.md). Never throws: every problem of the file's form is in `problems`, with the
 * row and column where the spreadsheet shows it. The header is the first non-empty row; empty rows
 * are skipped; the values' own rules are for the caller (see `RowReader`).
 */
export async function readTable(
  bytes: Uint8Array,
  columns: readonly TabularColumn[],
  limits: Partial<TabularLimits> = {},
): Promise<TabularTable> {
  const limit = { ...DEFAULT_TABULAR_LIMITS, ...limits };
  const problems: TabularProblem[] = [];
  const fail = (code: TabularProblem['code'], format: 'xlsx' | 'csv' = 'csv'): TabularTable => ({
    format,
    columns: [],
    rows: [],
    problems: [{ row: null, column: null, code }],
  });
  if (bytes.byteLength === 0) return fail('file_empty');
  if (bytes.byteLength > limit.maxBytes) return fail('file_too_large');
  if (startsWith(bytes, OLE_MAGIC)) return fail('file_type_unsupported');

  const source = rowsOf(bytes, limit);
  const rows: TabularRow[] = [];
  let header: Header | null = null;
  try {
    for await (const raw of source.rows) {
      if (isEmpty(raw)) continue;
      if (header === null) {
        header = matchHeader(raw, columns, problems);
        continue;
      }
      if (rows.length === limit.maxRows) {
        problems.push({ row: raw.row, column: null, code: 'too_many_rows' });
        break;
      }
      rows.push(toRow(raw, header, limit, problems));
    }
  } catch (error) {
    if (!(error instanceof UnreadableFileError)) {
      return fail('file_unreadable', source.format);
    }
    problems.push(error.problem);
    return { format: source.format, columns: [], rows: [], problems };
  }
  if (header === null) return fail('file_empty', source.format);
  return { format: source.format, columns: header.mapped.filter((name): name is string => !!name), rows, problems };
}

import type { TabularProblem } from '@kl/shared/contracts';
import { headerKey } from './header-name';
import { readCsvRows } from './read-csv';
import { readXlsxRows } from './read-xlsx';
import {
  type CellValue,
  type ColumnSlots,
  DEFAULT_TABULAR_LIMITS,
  type RawRow,
  type TabularColumn,
  type TabularLimits,
  TabularRow,
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
 * Each column index of the file: its slot in a row's values (the format's column), null under a
 * header already reported (unknown or twice), undefined under no header. A required column missing
 * is reported once here; its cells count as reported in every row.
 */
interface Header {
  mapped: (number | null | undefined)[];
  slots: ColumnSlots;
  names: string[];
  /** Required columns missing from the file. */
  missing: ReadonlySet<string>;
}

function matchHeader(header: RawRow, columns: readonly TabularColumn[], problems: TabularProblem[]): Header {
  const byKey = new Map(columns.map((column, slot) => [headerKey(column.name), slot]));
  const slots = new Map<string, number>();
  const names: string[] = [];
  const mapped: (number | null | undefined)[] = [];
  header.cells.forEach((cell, index) => {
    if (cell === null || cell === undefined) return;
    const written = cell instanceof Date ? cell.toISOString() : String(cell);
    const slot = byKey.get(headerKey(written));
    if (slot === undefined) {
      problems.push({ row: header.row, column: written.trim().slice(0, 100), code: 'column_unknown' });
      mapped[index] = null;
    } else if (slots.has(columns[slot].name)) {
      problems.push({ row: header.row, column: columns[slot].name, code: 'column_duplicate' });
      mapped[index] = null;
    } else {
      slots.set(columns[slot].name, slot);
      names.push(columns[slot].name);
      mapped[index] = slot;
    }
  });
  const missing = new Set(columns.filter((column) => column.required && !slots.has(column.name)).map((column) => column.name));
  for (const column of missing) problems.push({ row: header.row, column, code: 'column_missing' });
  if (header.formulas?.length) problems.push({ row: header.row, column: null, code: 'formula_not_allowed' });
  if (header.errors?.length) problems.push({ row: header.row, column: null, code: 'cell_error' });
  return { mapped, slots, names, missing };
}

function toRow(raw: RawRow, header: Header, columns: readonly TabularColumn[], limits: TabularLimits, problems: TabularProblem[]): TabularRow {
  const { mapped, missing } = header;
  const values: CellValue[] = new Array(columns.length).fill(null);
  // Shared by the rows until one of them reports a column of its own.
  let reported: ReadonlySet<string> = missing;
  const report = (index: number, code: TabularProblem['code']): void => {
    const slot = mapped[index];
    if (slot === null) return;
    const column = slot === undefined ? null : columns[slot].name;
    problems.push({ row: raw.row, column, code: slot === undefined ? 'column_unknown' : code });
    if (column) reported = new Set([...reported, column]);
  };
  raw.cells.forEach((cell, index) => {
    if (cell === null || cell === undefined) return;
    const slot = mapped[index];
    if (slot === null || slot === undefined) return report(index, 'column_unknown');
    if (cellLength(cell) > limits.maxCellLength) return report(index, 'cell_too_long');
    values[slot] = cell;
  });
  raw.formulas?.forEach((index) => report(index, 'formula_not_allowed'));
  raw.errors?.forEach((index) => report(index, 'cell_error'));
  return new TabularRow(raw.row, values, header.slots, reported);
}

function rowsOf(bytes: Uint8Array, limits: TabularLimits): { format: 'xlsx' | 'csv'; rows: AsyncGenerator<RawRow> } {
  return startsWith(bytes, ZIP_MAGIC)
    ? { format: 'xlsx', rows: readXlsxRows(bytes) }
    : { format: 'csv', rows: readCsvRows(bytes, limits.maxCellLength) };
}

/** How many rows `readTableInBatches` hands on at a time. */
export const TABLE_BATCH_ROWS = 1_000;

/**
 * Reads an XLSX or CSV file (told apart by its first bytes, not its name) against the columns of
 * a format (FORMATS.md) and hands its rows on in batches as they are read (`onRows` is awaited
 * before reading on), so that a large file's rows are never all held by the reader. Never throws:
 * every problem of the file's form is added to `problems`, with the row and column where the
 * spreadsheet shows it (a row's own problems before its batch is handed on). The header is the
 * first non-empty row; empty rows are skipped; the values' own rules are for the caller (see
 * `RowReader`). When the file turns out unreadable part way, the batches already handed on stay
 * handed on; the answer's `readable` is false.
 */
export async function readTableInBatches(
  bytes: Uint8Array,
  columns: readonly TabularColumn[],
  limits: Partial<TabularLimits>,
  problems: TabularProblem[],
  onRows: (rows: TabularRow[], columns: readonly string[]) => void | Promise<void>,
): Promise<{ format: 'xlsx' | 'csv'; columns: string[]; readable: boolean }> {
  const limit = { ...DEFAULT_TABULAR_LIMITS, ...limits };
  const fail = (code: TabularProblem['code'], format: 'xlsx' | 'csv' = 'csv') => {
    problems.push({ row: null, column: null, code });
    return { format, columns: [], readable: false };
  };
  if (bytes.byteLength === 0) return fail('file_empty');
  if (bytes.byteLength > limit.maxBytes) return fail('file_too_large');
  if (startsWith(bytes, OLE_MAGIC)) return fail('file_type_unsupported');

  const source = rowsOf(bytes, limit);
  let batch: TabularRow[] = [];
  let count = 0;
  let header: Header | null = null;
  try {
    for await (const raw of source.rows) {
      if (isEmpty(raw)) continue;
      if (header === null) {
        header = matchHeader(raw, columns, problems);
        continue;
      }
      if (count === limit.maxRows) {
        problems.push({ row: raw.row, column: null, code: 'too_many_rows' });
        break;
      }
      batch.push(toRow(raw, header, columns, limit, problems));
      count++;
      if (batch.length === TABLE_BATCH_ROWS) {
        await onRows(batch, header.names);
        batch = [];
      }
    }
  } catch (error) {
    if (!(error instanceof UnreadableFileError)) return fail('file_unreadable', source.format);
    problems.push(error.problem);
    return { format: source.format, columns: [], readable: false };
  }
  if (header === null) return fail('file_empty', source.format);
  if (batch.length > 0) await onRows(batch, header.names);
  return { format: source.format, columns: header.names, readable: true };
}

/**
 * The whole table at once (see `readTableInBatches`): for files of a few hundred rows. Rows of a
 * file that turns out unreadable part way are left out, as are its row problems.
 */
export async function readTable(
  bytes: Uint8Array,
  columns: readonly TabularColumn[],
  limits: Partial<TabularLimits> = {},
): Promise<TabularTable> {
  const problems: TabularProblem[] = [];
  const rows: TabularRow[] = [];
  const read = await readTableInBatches(bytes, columns, limits, problems, (batch) => void rows.push(...batch));
  if (read.readable) return { format: read.format, columns: read.columns, rows, problems };
  return { format: read.format, columns: [], rows: [], problems };
}

import type { TabularProblem } from '@kl/shared/contracts';

/** A cell as read: CSV gives text, XLSX also numbers, booleans and dates; empty is null. */
export type CellValue = string | number | boolean | Date | null;

/** A column a format takes, named as the format writes it (e.g. `anstallningsnummer`). */
export interface TabularColumn {
  name: string;
  required?: boolean;
}

export interface TabularLimits {
  /** The file's size in bytes. */
  maxBytes: number;
  /** Data rows (the header and empty rows do not count). */
  maxRows: number;
  /** Characters in one cell. */
  maxCellLength: number;
}

export const DEFAULT_TABULAR_LIMITS: TabularLimits = {
  maxBytes: 20 * 1024 * 1024,
  maxRows: 100_000,
  maxCellLength: 1_000,
};

/** Each column's index in the values of a table's rows (one map, shared by every row). */
export type ColumnSlots = ReadonlyMap<string, number>;

const NOTHING_REPORTED: ReadonlySet<string> = new Set();

/**
 * A data row: its cells as an array by column (a file of 50 000 rows is 50 000 small arrays, not
 * 50 000 maps). Empty cells and columns absent from the file read as null.
 */
export class TabularRow {
  constructor(
    /** The spreadsheet's row number (the header is row 1). */
    readonly row: number,
    private readonly values: readonly CellValue[],
    private readonly slots: ColumnSlots,
    /** Columns whose cell already has a problem reported (a formula, an error value, too long). */
    readonly reported: ReadonlySet<string> = NOTHING_REPORTED,
  ) {}

  /** The cell under a column as the format names it; null when empty or the column is not in the file. */
  cell(column: string): CellValue {
    const slot = this.slots.get(column);
    return slot === undefined ? null : (this.values[slot] ?? null);
  }

  has(column: string): boolean {
    return this.cell(column) !== null;
  }

  /** The non-empty cells by column name. */
  entries(): [string, CellValue][] {
    return [...this.slots.keys()].filter((column) => this.has(column)).map((column) => [column, this.cell(column)]);
  }
}

export interface TabularTable {
  format: 'xlsx' | 'csv';
  /** Column names found, in the file's order. */
  columns: string[];
  rows: TabularRow[];
  /** Every problem of the file's form; empty when the rows can be read. */
  problems: TabularProblem[];
}

/** A row as a source yields it: cells by 0-based column index. */
export interface RawRow {
  row: number;
  cells: CellValue[];
  /** Indexes of cells that held a formula or an error value. */
  formulas?: number[];
  errors?: number[];
}

/** The file cannot be read at all (the message is for logs; the problem is for the user). */
export class UnreadableFileError extends Error {
  constructor(
    readonly problem: TabularProblem,
    message: string,
  ) {
    super(message);
    this.name = new.target.name;
  }
}

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

export interface TabularRow {
  /** The spreadsheet's row number (the header is row 1). */
  row: number;
  /** By column name as the format writes it; columns absent from the file are absent here. */
  cells: ReadonlyMap<string, CellValue>;
  /** Columns whose cell already has a problem reported (a formula, an error value, too long). */
  reported: ReadonlySet<string>;
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

import { roundDecimalText } from './decimal-text';

/**
 * What a column holds, so that each format writes it as what it is: numbers stay numbers (XLSX
 * keeps them computable), shares are fractions (0.25 is 25 %), dates are ISO dates.
 */
export type ExportColumnKind = 'text' | 'integer' | 'decimal' | 'share' | 'date';

export interface ExportColumn {
  /** The heading in Swedish. */
  heading: string;
  kind: ExportColumnKind;
  /** Decimals shown for `decimal` (FTE: 1 or 2) and `share` (percent); the value itself is kept whole. */
  decimals?: number;
  /**
   * For `decimal`: decimals shown always, when `decimals` are shown only as far as the value
   * needs them (FTE: `decimals` 3, `minDecimals` 2 writes 1,50 and 0,875).
   */
  minDecimals?: number;
  /** Written for a null value, e.g. `–` for a share of nobody assessed; default empty. */
  emptyText?: string;
}

/**
 * A cell: text for `text`; a number for `integer`, `decimal` and `share` (a fraction of 1);
 * an ISO date `YYYY-MM-DD` for `date`; null when there is no value.
 */
export type ExportValue = string | number | null;

/**
 * A value left out by disclosure control (docs/national.md §6), written `..` in every format and
 * in every column kind, as Swedish official statistics write it.
 */
export const SUPPRESSED_CELL = '..';

/** One table as it is exported, whatever the format. */
export interface ExportTable {
  /** The sheet's name in Swedish (XLSX); shortened and cleaned when written. */
  sheetName: string;
  columns: ExportColumn[];
  rows: ExportValue[][];
}

const DEFAULT_DECIMALS: Record<ExportColumnKind, number> = {
  text: 0,
  integer: 0,
  decimal: 1,
  share: 1,
  date: 0,
};

export function columnDecimals(column: ExportColumn): number {
  return column.decimals ?? DEFAULT_DECIMALS[column.kind];
}

/**
 * A number rounded once, half away from zero, as decimal text. `toFixed(10)` first takes off the
 * binary noise of a value computed in floating point (0.15 is stored as 0.1499…), so a value that
 * is exactly half way in decimals rounds as the API rounds it.
 */
function roundNumber(value: number, digits: number): string {
  return roundDecimalText(value.toFixed(10), digits);
}

function expectNumber(column: ExportColumn, value: ExportValue): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    throw new Error(`Column "${column.heading}" (${column.kind}) needs a number, got ${String(value)}`);
  }
  return value;
}

/** A cell as a Swedish reader of the table sees it: decimal comma, percent sign, ISO dates. */
export function exportCellText(column: ExportColumn, value: ExportValue): string {
  if (value === null) return column.emptyText ?? '';
  if (value === SUPPRESSED_CELL) return SUPPRESSED_CELL;
  const digits = columnDecimals(column);
  switch (column.kind) {
    case 'text':
    case 'date':
      return String(value);
    case 'integer':
      return roundNumber(expectNumber(column, value), 0);
    case 'decimal':
      return trimDecimals(roundNumber(expectNumber(column, value), digits), column.minDecimals ?? digits).replace('.', ',');
    case 'share':
      return `${roundNumber(expectNumber(column, value) * 100, digits).replace('.', ',')} %`;
  }
}

/** Drops trailing zero decimals beyond `keep`: ("1.500", 2) → "1.50", ("0.875", 2) → "0.875". */
function trimDecimals(text: string, keep: number): string {
  const point = text.indexOf('.');
  if (point < 0) return text;
  let end = text.length;
  while (end - point - 1 > keep && text[end - 1] === '0') end -= 1;
  return text.slice(0, keep === 0 && end === point + 1 ? point : end);
}

/** The table as rows of Swedish text under a heading row (for CSV). */
export function exportTextRows(table: ExportTable): string[][] {
  return [
    table.columns.map((column) => column.heading),
    ...table.rows.map((row) => table.columns.map((column, i) => exportCellText(column, row[i] ?? null))),
  ];
}

const MIN_WIDTH = 6;
const MAX_WIDTH = 50;
/** A heading longer than this wraps rather than widening a column of short numbers. */
const HEADING_WRAP = 18;

/**
 * Column widths in characters (as XLSX measures them): wide enough for the longest value, and for
 * the heading up to a limit (a longer heading wraps), within sensible bounds.
 */
export function exportColumnWidths(table: ExportTable): number[] {
  return table.columns.map((column, i) => {
    const longestValue = Math.max(
      0,
      ...table.rows.map((row) => exportCellText(column, row[i] ?? null).length),
    );
    const heading = Math.min(column.heading.length, HEADING_WRAP);
    return Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, longestValue, heading) + 2);
  });
}

/** A file name of lower-case letters (å, ä and ö kept), digits and dashes, with the extension. */
export function exportFileName(extension: 'csv' | 'xlsx' | 'px' | 'json', ...parts: string[]): string {
  const base = parts
    .join('-')
    .toLocaleLowerCase('sv-SE')
    .replace(/[^a-z0-9åäö]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return `${base || 'export'}.${extension}`;
}

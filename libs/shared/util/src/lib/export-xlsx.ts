import type { CellObject, SheetData } from 'write-excel-file/universal';
import {
  columnDecimals,
  type ExportColumn,
  exportColumnWidths,
  type ExportTable,
  type ExportValue,
  SUPPRESSED_CELL,
} from './export-table';

/**
 * The number format of a column. Excel stores the whole value and only shows it rounded; format
 * codes always use a point and Excel shows the reader's decimal sign (a comma in Swedish).
 */
export function xlsxNumberFormat(column: ExportColumn): string | undefined {
  const digits = columnDecimals(column);
  const always = column.kind === 'decimal' ? Math.min(column.minDecimals ?? digits, digits) : digits;
  const decimals = digits > 0 ? `.${'0'.repeat(always)}${'#'.repeat(digits - always)}` : '';
  switch (column.kind) {
    case 'integer':
      return '0';
    case 'decimal':
      return `0${decimals}`;
    case 'share':
      return `0${decimals}%`;
    case 'date':
      return 'yyyy-mm-dd';
    case 'text':
      return undefined;
  }
}

/** An ISO date as a Date at midnight UTC, which the writer turns into a whole Excel day number. */
function isoDate(value: string): Date {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) throw new Error(`Not an ISO date: ${value}`);
  return new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
}

/** One cell for write-excel-file: numbers as numbers with the column's format, dates as dates. */
export function xlsxCell(column: ExportColumn, value: ExportValue): CellObject | null {
  if (value === null) {
    return column.emptyText ? { value: column.emptyText, type: String, align: 'right' } : null;
  }
  if (value === SUPPRESSED_CELL) return { value: SUPPRESSED_CELL, type: String, align: 'right' };
  const format = xlsxNumberFormat(column);
  switch (column.kind) {
    case 'text':
      return { value: String(value), type: String };
    case 'date':
      return { value: isoDate(String(value)), type: Date, format };
    default:
      if (typeof value !== 'number' || !Number.isFinite(value)) {
        throw new Error(`Column "${column.heading}" (${column.kind}) needs a number, got ${value}`);
      }
      return { value, type: Number, format };
  }
}

const SHEET_NAME_MAX = 31;

/** The sheet options this writes, valid for write-excel-file in the browser and in Node. */
export interface XlsxSheetOptions {
  sheet: string;
  columns: { width: number }[];
  stickyRowsCount: number;
}

/** A sheet name Excel accepts: at most 31 characters, none of []:*?/\, never empty. */
export function xlsxSheetName(name: string): string {
  const cleaned = name
    .replace(/[[\]:*?/\\]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, SHEET_NAME_MAX)
    .trim();
  return cleaned || 'Export';
}

/** The sheet's rows (a bold heading row first) and options: name, column widths, frozen heading. */
export function xlsxSheet(table: ExportTable): { data: SheetData; options: XlsxSheetOptions } {
  const heading = table.columns.map(
    (column): CellObject => ({
      value: column.heading,
      type: String,
      fontWeight: 'bold',
      wrap: true,
      alignVertical: 'top',
    }),
  );
  const rows = table.rows.map((row) => table.columns.map((column, i) => xlsxCell(column, row[i] ?? null)));
  return {
    data: [heading, ...rows],
    options: {
      sheet: xlsxSheetName(table.sheetName),
      columns: exportColumnWidths(table).map((width) => ({ width })),
      stickyRowsCount: 1,
    },
  };
}

import { type ExportTable, exportTextRows } from './export-table';

/** Byte order mark: Excel in Swedish settings reads a CSV as UTF-8 only when it starts with one. */
export const UTF8_BOM = '\uFEFF';

function csvField(value: string): string {
  return /[";\r\n]/.test(value) || value !== value.trim()
    ? `"${value.replace(/"/g, '""')}"`
    : value;
}

/**
 * A CSV text as Swedish spreadsheets expect it: `;` between fields (the comma is the decimal sign),
 * CRLF between rows, fields quoted only when they must be, led by the UTF-8 BOM. Numbers must
 * already be written with a decimal comma.
 */
export function toCsv(rows: readonly (readonly string[])[]): string {
  return UTF8_BOM + rows.map((row) => row.map(csvField).join(';')).join('\r\n') + '\r\n';
}

/** An export table as CSV: its heading row, then every value in Swedish form. */
export function tableToCsv(table: ExportTable): string {
  return toCsv(exportTextRows(table));
}

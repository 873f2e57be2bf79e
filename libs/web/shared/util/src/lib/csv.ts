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

/** A file name of lower-case letters (å, ä and ö kept), digits and dashes. */
export function csvFileName(...parts: string[]): string {
  const base = parts
    .join('-')
    .toLocaleLowerCase('sv-SE')
    .replace(/[^a-z0-9åäö]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return `${base || 'export'}.csv`;
}

/** Offers `csv` as a file download in the browser. */
export function downloadCsv(document: Document, fileName: string, csv: string): void {
  const url = URL.createObjectURL(new Blob([csv], { type: 'text/csv;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  URL.revokeObjectURL(url);
}

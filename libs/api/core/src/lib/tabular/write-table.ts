import { exportFileName, type ExportTable, tableToCsv, xlsxSheet } from '@kl/shared/util';

export type TableFileFormat = 'csv' | 'xlsx';

/** A table written as a file, ready to send as an attachment. */
export interface TableFile {
  fileName: string;
  contentType: string;
  body: Buffer;
}

const CONTENT_TYPES: Record<TableFileFormat, string> = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

/**
 * An export table (the same model and helpers the browser's downloads use) as an XLSX or a
 * Swedish CSV file (`;`, decimal comma, UTF-8 with BOM). The XLSX writer is loaded on first use.
 */
export async function writeTableFile(
  table: ExportTable,
  format: TableFileFormat,
  ...nameParts: string[]
): Promise<TableFile> {
  const fileName = exportFileName(format, ...nameParts);
  if (format === 'csv') {
    return { fileName, contentType: CONTENT_TYPES.csv, body: Buffer.from(tableToCsv(table), 'utf8') };
  }
  const { default: writeXlsxFile } = await import('write-excel-file/node');
  const { data, options } = xlsxSheet(table);
  const body = await writeXlsxFile(data, options).toBuffer();
  return { fileName, contentType: CONTENT_TYPES.xlsx, body };
}

/** `Content-Disposition` for a file name that may hold å, ä and ö (RFC 6266 with an ASCII fallback). */
export function attachmentDisposition(fileName: string): string {
  const ascii = fileName.normalize('NFD').replace(/[^\x20-\x7e]/g, '').replace(/"/g, '');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}

import { exportFileName, type ExportTable, xlsxSheet } from '@kl/shared/util';
import { downloadBlob } from './export-table';

export { xlsxCell, xlsxNumberFormat, xlsxSheet, xlsxSheetName } from '@kl/shared/util';

/**
 * The table as an XLSX file. The writer is loaded on first use only, so that it stays out of the
 * initial bundle.
 */
export async function xlsxBlob(table: ExportTable): Promise<Blob> {
  const { default: writeXlsxFile } = await import('write-excel-file/browser');
  const { data, options } = xlsxSheet(table);
  return writeXlsxFile(data, options).toBlob();
}

/** A file name of lower-case letters (å, ä and ö kept), digits and dashes, ending in `.xlsx`. */
export function xlsxFileName(...parts: string[]): string {
  return exportFileName('xlsx', ...parts);
}

/** Offers the table as an XLSX download in the browser. */
export async function downloadXlsx(document: Document, fileName: string, table: ExportTable): Promise<void> {
  downloadBlob(document, fileName, await xlsxBlob(table));
}

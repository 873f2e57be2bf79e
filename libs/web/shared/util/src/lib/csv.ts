import { exportFileName, tableToCsv, toCsv, UTF8_BOM } from '@kl/shared/util';
import { downloadBlob } from './export-table';

export { tableToCsv, toCsv, UTF8_BOM };

/** A file name of lower-case letters (å, ä and ö kept), digits and dashes. */
export function csvFileName(...parts: string[]): string {
  return exportFileName('csv', ...parts);
}

/** Offers `csv` as a file download in the browser. */
export function downloadCsv(document: Document, fileName: string, csv: string): void {
  downloadBlob(document, fileName, new Blob([csv], { type: 'text/csv;charset=utf-8' }));
}

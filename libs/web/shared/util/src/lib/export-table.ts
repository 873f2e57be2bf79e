export {
  columnDecimals,
  type ExportColumn,
  type ExportColumnKind,
  exportCellText,
  exportColumnWidths,
  exportFileName,
  type ExportTable,
  exportTextRows,
  type ExportValue,
} from '@kl/shared/util';

/** Offers `blob` as a file download in the browser. */
export function downloadBlob(document: Document, fileName: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  URL.revokeObjectURL(url);
}

import type ExcelJS from 'exceljs';
import type { ExportFormat } from '@kl/shared/contracts';

export type FileValue = string | number | Date | null;

/** A dropdown of allowed values for a column (Excel data validation). */
export interface ColumnChoices {
  header: string;
  values: readonly string[];
}

export interface TableFile {
  sheetName: string;
  headers: readonly string[];
  rows: readonly (readonly FileValue[])[];
  /** XLSX only: the dropdowns; the lists go on a hidden sheet, so that long lists (units) fit. */
  choices?: readonly ColumnChoices[];
}

/** How many rows below the header carry the dropdowns (an empty template is filled in there). */
const VALIDATED_ROWS = 5_000;
const LIST_SHEET = 'Listor';

const isoDate = (date: Date): string => date.toISOString().slice(0, 10);

/** A CSV field as Excel sv-SE writes it: decimal comma, quoted only when it must be. */
function csvField(value: FileValue): string {
  if (value === null) return '';
  const text = value instanceof Date ? isoDate(value) : typeof value === 'number' ? String(value).replace('.', ',') : value;
  return /[";\r\n]/.test(text) || text !== text.trim() ? `"${text.replace(/"/g, '""')}"` : text;
}

function csv(table: TableFile): Buffer {
  const lines = [table.headers, ...table.rows].map((row) => row.map(csvField).join(';'));
  // The byte order mark makes Excel read the file as UTF-8 (å, ä and ö).
  return Buffer.from('\uFEFF' + lines.join('\r\n') + '\r\n', 'utf8');
}

function columnLetter(index: number): string {
  let letter = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) letter = String.fromCharCode(65 + ((n - 1) % 26)) + letter;
  return letter;
}

interface RangeValidations {
  dataValidations: { add(range: string, validation: ExcelJS.DataValidation): void };
}

async function xlsx(table: TableFile): Promise<Buffer> {
  // Loaded on first use, as the reader does: most processes never write a workbook.
  const excel = await import('exceljs');
  const workbook: ExcelJS.Workbook = new (excel.default ?? excel).Workbook();
  const sheet = workbook.addWorksheet(table.sheetName);
  sheet.addRow([...table.headers]).font = { bold: true };
  for (const row of table.rows) sheet.addRow([...row]);
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
  table.headers.forEach((header, i) => {
    const column = sheet.getColumn(i + 1);
    column.width = Math.max(12, header.length + 2);
    if (table.rows.some((row) => row[i] instanceof Date)) column.numFmt = 'yyyy-mm-dd';
  });
  const choices = table.choices ?? [];
  if (choices.length > 0) {
    const lists = workbook.addWorksheet(LIST_SHEET, { state: 'hidden' });
    choices.forEach((choice, listIndex) => {
      const listColumn = columnLetter(listIndex);
      lists.getCell(`${listColumn}1`).value = choice.header;
      choice.values.forEach((value, i) => (lists.getCell(`${listColumn}${i + 2}`).value = value));
      const target = table.headers.indexOf(choice.header);
      if (target < 0 || choice.values.length === 0) return;
      const letter = columnLetter(target);
      const last = Math.max(VALIDATED_ROWS, table.rows.length + 1);
      // A range of cells shares one rule (exceljs has it at run time, its typings only per cell).
      (sheet as unknown as RangeValidations).dataValidations.add(`${letter}2:${letter}${last}`, {
        type: 'list',
        allowBlank: true,
        formulae: [`${LIST_SHEET}!$${listColumn}$2:$${listColumn}$${choice.values.length + 1}`],
        showErrorMessage: true,
        errorTitle: 'Ogiltigt värde',
        error: 'Välj ett av värdena i listan.',
      });
    });
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

export const FILE_MEDIA_TYPE: Record<ExportFormat, string> = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  csv: 'text/csv; charset=utf-8',
};

/** The file of a table, in the format FORMATS.md reads back. */
export function writeTableFile(table: TableFile, format: ExportFormat): Promise<Buffer> {
  return format === 'csv' ? Promise.resolve(csv(table)) : xlsx(table);
}

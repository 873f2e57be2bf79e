import type { CsvTable } from '@kl/shared/util';
import { parseCsv } from '@kl/shared/util';
import { Workbook } from 'exceljs';
import * as iconv from 'iconv-lite';

/**
 * Reads an uploaded table (FORMATS.md: XLSX, or CSV with `;` or `,` in UTF-8 with or without BOM
 * or Windows-1252) into text cells. A stopgap until the shared tabular reader of the imports
 * lib lands: it uses the same CSV parser (`parseCsv`) and exceljs.
 */
export async function readTabularFile(buffer: Buffer, fileName: string): Promise<CsvTable> {
  if (isXlsx(buffer, fileName)) return readXlsx(buffer);
  return parseCsv(decodeText(buffer));
}

function isXlsx(buffer: Buffer, fileName: string): boolean {
  // An XLSX file is a zip archive: "PK\x03\x04".
  return /\.xlsx$/i.test(fileName) || (buffer.length > 3 && buffer.readUInt32BE(0) === 0x504b0304);
}

/** UTF-8 when the bytes are valid UTF-8, else Windows-1252 (what Excel sv-SE writes as "CSV"). */
function decodeText(buffer: Buffer): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(buffer);
  } catch {
    return iconv.decode(buffer, 'win1252');
  }
}

async function readXlsx(buffer: Buffer): Promise<CsvTable> {
  const workbook = new Workbook();
  await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
  const sheet = workbook.worksheets[0];
  const table: CsvTable = { header: [], rows: [] };
  if (!sheet) return table;
  sheet.eachRow({ includeEmpty: false }, (row, line) => {
    const cells: string[] = [];
    for (let c = 1; c <= row.cellCount; c++) cells.push(cellText(row.getCell(c).value));
    if (line === 1) table.header = cells;
    else if (cells.some((cell) => cell.trim() !== '')) table.rows.push({ line, cells });
  });
  return table;
}

function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'object') {
    const v = value as { text?: string; result?: unknown; richText?: { text: string }[] };
    if (v.richText) return v.richText.map((r) => r.text).join('');
    if (v.text !== undefined) return String(v.text);
    if (v.result !== undefined) return cellText(v.result);
    if (value instanceof Date) return value.toISOString().slice(0, 10);
  }
  // A numeric cell is a double in the file itself; its shortest text is the value the user typed.
  return String(value);
}

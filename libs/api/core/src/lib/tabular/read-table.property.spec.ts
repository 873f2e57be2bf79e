import ExcelJS from 'exceljs';
import fc from 'fast-check';
import * as iconv from 'iconv-lite';
import { TABULAR_PROBLEM_CODES, FIELD_ERROR_CODES } from '@kl/shared/contracts';
import { readTable } from './read-table';
import { RowReader } from './row-reader';
import type { TabularColumn, TabularTable } from './tabular-types';

const COLUMNS: TabularColumn[] = [
  { name: 'anstallningsnummer', required: true },
  { name: 'kon', required: true },
  { name: 'anstalld_fran' },
];
const KNOWN_CODES = new Set<string>([...TABULAR_PROBLEM_CODES, ...FIELD_ERROR_CODES]);
const LIMITS = { maxBytes: 200_000, maxRows: 50, maxCellLength: 100 };

function wellFormed(table: TabularTable): void {
  for (const problem of table.problems) {
    expect(KNOWN_CODES.has(problem.code)).toBe(true);
    expect(problem.row === null || (Number.isInteger(problem.row) && problem.row >= 1)).toBe(true);
  }
  expect(table.rows.length).toBeLessThanOrEqual(LIMITS.maxRows);
  // Every value the reader reads either parses or is one more problem with its row and column.
  for (const row of table.rows) {
    const problems: { row: number | null; column: string | null }[] = [];
    const reader = new RowReader(row, problems as never);
    reader.text('anstallningsnummer', { maxLength: 40, required: true });
    reader.date('anstalld_fran');
    reader.yesNo('kon');
    for (const problem of problems) {
      expect(problem.row).toBe(row.row);
      expect(problem.column).not.toBeNull();
    }
  }
}

const cellText = fc.oneof(
  fc.string({ maxLength: 20 }),
  fc.string({ unit: 'grapheme', maxLength: 20 }),
  fc.constantFrom('ja', 'nej', '37,5', '2020-01-05', '45000', '"', ';', ',', '\r\n', 'å', '=SUM(A1)', 'x'.repeat(150)),
);
const header = fc.shuffledSubarray(['anstallningsnummer', 'Kön', 'anstalld_fran', 'kon', 'okänd', ' ANSTÄLLD_FRÅN '], { minLength: 0 });

describe('readTable never throws', () => {
  it('on arbitrary bytes', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 2_000 }), async (bytes) => wellFormed(await readTable(bytes, COLUMNS, LIMITS))),
      { numRuns: 300 },
    );
  });

  it('on arbitrary bytes behind a zip signature (broken XLSX)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 2_000 }), async (tail) => {
        const bytes = new Uint8Array([0x50, 0x4b, 0x03, 0x04, ...tail]);
        wellFormed(await readTable(bytes, COLUMNS, LIMITS));
      }),
      { numRuns: 100 },
    );
  });

  it('on CSV text of any shape, in any of the encodings and with either delimiter', async () => {
    await fc.assert(
      fc.asyncProperty(
        header,
        fc.array(fc.array(cellText, { maxLength: 5 }), { maxLength: 60 }),
        fc.constantFrom(';', ','),
        fc.constantFrom('utf-8', 'windows-1252', 'utf-16le', 'latin1'),
        async (columns, rows, delimiter, encoding) => {
          const text = [columns, ...rows].map((row) => row.join(delimiter)).join('\r\n');
          const bytes = new Uint8Array(iconv.encode(text, encoding, { addBOM: encoding === 'utf-16le' }));
          wellFormed(await readTable(bytes, COLUMNS, LIMITS));
        },
      ),
      { numRuns: 200 },
    );
  });

  it('on workbooks with duplicate, missing and extra columns, formulas, error values and huge cells', async () => {
    const xlsxCell = fc.oneof(
      cellText,
      fc.double(),
      fc.boolean(),
      fc.date({ noInvalidDate: true }),
      fc.constant({ formula: '1+1', result: 2 }),
      fc.constant({ error: '#REF!' }),
      fc.constant('y'.repeat(5_000)),
    );
    await fc.assert(
      fc.asyncProperty(header, fc.array(fc.array(xlsxCell, { maxLength: 5 }), { maxLength: 20 }), async (columns, rows) => {
        const workbook = new ExcelJS.Workbook();
        const sheet = workbook.addWorksheet('x');
        [columns, ...rows].forEach((row) => sheet.addRow(row as ExcelJS.CellValue[]));
        const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
        const table = await readTable(bytes, COLUMNS, LIMITS);
        expect(table.format).toBe('xlsx');
        wellFormed(table);
      }),
      { numRuns: 40 },
    );
  });
});

describe('readTable reads what was written', () => {
  it('for any text values in CSV, UTF-8 or Windows-1252, either delimiter', async () => {
    const value = fc.stringMatching(/^[A-Za-z0-9åäöÅÄÖé ,;."-]{1,15}$/).filter((text) => text.trim() !== '');
    await fc.assert(
      fc.asyncProperty(fc.array(fc.tuple(value, value), { minLength: 1, maxLength: 20 }), fc.constantFrom(';', ','), fc.constantFrom('utf-8', 'windows-1252'), async (rows, delimiter, encoding) => {
        const quote = (text: string): string => `"${text.replace(/"/g, '""')}"`;
        const text = ['anstallningsnummer', 'kon'].join(delimiter) + '\n' + rows.map((row) => row.map(quote).join(delimiter)).join('\n');
        const table = await readTable(new Uint8Array(iconv.encode(text, encoding)), COLUMNS, LIMITS);
        expect(table.problems).toEqual([]);
        expect(table.rows.map((row) => [row.cell('anstallningsnummer'), row.cell('kon')])).toEqual(rows);
      }),
      { numRuns: 100 },
    );
  });
});

import ExcelJS from 'exceljs';
import * as iconv from 'iconv-lite';
import { readTable, readTableInBatches, TABLE_BATCH_ROWS } from './read-table';
import { RowReader } from './row-reader';
import type { TabularColumn } from './tabular-types';

const COLUMNS: TabularColumn[] = [
  { name: 'anstallningsnummer', required: true },
  { name: 'kon', required: true },
  { name: 'sysselsattningsgrad', required: true },
  { name: 'anstalld_fran' },
  { name: 'fornamn' },
];

async function xlsx(rows: ExcelJS.CellValue[][], style?: (sheet: ExcelJS.Worksheet) => void): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('personal');
  rows.forEach((row) => sheet.addRow(row));
  style?.(sheet);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

const utf8 = (text: string): Uint8Array => new Uint8Array(Buffer.from(text, 'utf8'));

describe('readTable from CSV', () => {
  const text = 'Anställningsnummer;KÖN;Sysselsättningsgrad;anstalld_fran;Förnamn\r\n101;kvinna;37,5;2020-01-05;Åsa\r\n;;;;\r\n102;man;100;45000;Örjan\r\n';

  it.each([
    ['UTF-8 with a BOM', new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(text)])],
    ['UTF-8 without a BOM', utf8(text)],
    ['Windows-1252', new Uint8Array(iconv.encode(text, 'windows-1252'))],
    ['UTF-16 with a BOM', new Uint8Array(iconv.encode(text, 'utf-16le', { addBOM: true }))],
    ['commas', utf8(text.replace(/;/g, ',').replace('37,5', '"37,5"'))],
  ])('reads %s, skipping empty rows and numbering rows as the spreadsheet does', async (_name, bytes) => {
    const table = await readTable(bytes, COLUMNS);
    expect(table.problems).toEqual([]);
    expect(table.format).toBe('csv');
    expect(table.columns).toEqual(['anstallningsnummer', 'kon', 'sysselsattningsgrad', 'anstalld_fran', 'fornamn']);
    expect(table.rows.map((row) => [row.row, Object.fromEntries(row.entries())])).toEqual([
      [2, { anstallningsnummer: '101', kon: 'kvinna', sysselsattningsgrad: '37,5', anstalld_fran: '2020-01-05', fornamn: 'Åsa' }],
      [4, { anstallningsnummer: '102', kon: 'man', sysselsattningsgrad: '100', anstalld_fran: '45000', fornamn: 'Örjan' }],
    ]);
  });

  it('counts a quoted value with a line break as one row', async () => {
    const table = await readTable(utf8('anstallningsnummer;kon;sysselsattningsgrad;fornamn\n1;man;50;"Anna\nMaria"\n2;man;50;Bo\n'), COLUMNS);
    expect(table.rows.map((row) => [row.row, row.cell('fornamn')])).toEqual([
      [2, 'Anna\nMaria'],
      [3, 'Bo'],
    ]);
  });

  it('names missing, unknown and duplicate columns in the header row', async () => {
    const table = await readTable(utf8('anstallningsnummer;kon;kon;skonummer\n1;man;man;44\n'), COLUMNS);
    expect(table.problems).toEqual([
      { row: 1, column: 'kon', code: 'column_duplicate' },
      { row: 1, column: 'skonummer', code: 'column_unknown' },
      { row: 1, column: 'sysselsattningsgrad', code: 'column_missing' },
    ]);
    // The values under those headers, and the missing column's, are not reported again per row.
    const problems: unknown[] = [];
    const reader = new RowReader(table.rows[0], problems as never);
    expect(reader.decimal('sysselsattningsgrad', { required: true })).toBeNull();
    expect(problems).toEqual([]);
    expect(reader.valid).toBe(false);
  });

  it('reports values past the last header, an unclosed quote, and an overlong cell', async () => {
    expect((await readTable(utf8('anstallningsnummer;kon;sysselsattningsgrad\n1;man;50;x\n'), COLUMNS)).problems).toEqual([
      { row: 2, column: null, code: 'column_unknown' },
    ]);
    expect((await readTable(utf8('anstallningsnummer;kon;sysselsattningsgrad\n1;man;50\n2;"man;50\n'), COLUMNS)).problems).toEqual([
      { row: 3, column: null, code: 'file_unreadable' },
    ]);
    const long = await readTable(utf8(`anstallningsnummer;kon;sysselsattningsgrad\n1;${'x'.repeat(2_000)};50\n`), COLUMNS);
    expect(long.problems).toEqual([{ row: 2, column: 'kon', code: 'cell_too_long' }]);
    const huge = await readTable(utf8(`anstallningsnummer;kon;sysselsattningsgrad\n1;${'x'.repeat(300_000)};50\n`), COLUMNS);
    expect(huge.problems).toEqual([{ row: 2, column: null, code: 'cell_too_long' }]);
  });

  it('enforces the size and row limits', async () => {
    const rows = 'anstallningsnummer;kon;sysselsattningsgrad\n' + '1;man;50\n'.repeat(11);
    expect((await readTable(utf8(rows), COLUMNS, { maxRows: 10 })).problems).toEqual([{ row: 12, column: null, code: 'too_many_rows' }]);
    expect((await readTable(utf8(rows), COLUMNS, { maxRows: 11 })).problems).toEqual([]);
    expect((await readTable(utf8(rows), COLUMNS, { maxBytes: 20 })).problems).toEqual([{ row: null, column: null, code: 'file_too_large' }]);
  });

  it('hands the rows on in batches as they are read, each row by column, a row\'s problems before its batch', async () => {
    const count = TABLE_BATCH_ROWS * 2 + 3;
    const lines = Array.from({ length: count }, (_v, i) => (i === 5 ? `${i};man;50;;;x` : `${i};man;50`));
    const text = 'anstallningsnummer;kon;sysselsattningsgrad\n' + lines.join('\n');
    const problems: unknown[] = [];
    const batches: { size: number; first: unknown; problemsBefore: number }[] = [];
    const read = await readTableInBatches(utf8(text), COLUMNS, {}, problems as never, (rows, columns) => {
      expect(columns).toEqual(['anstallningsnummer', 'kon', 'sysselsattningsgrad']);
      batches.push({ size: rows.length, first: rows[0].entries(), problemsBefore: problems.length });
    });
    expect(read).toEqual({ format: 'csv', columns: ['anstallningsnummer', 'kon', 'sysselsattningsgrad'], readable: true });
    expect(batches).toEqual([
      { size: TABLE_BATCH_ROWS, first: [['anstallningsnummer', '0'], ['kon', 'man'], ['sysselsattningsgrad', '50']], problemsBefore: 1 },
      { size: TABLE_BATCH_ROWS, first: [['anstallningsnummer', String(TABLE_BATCH_ROWS)], ['kon', 'man'], ['sysselsattningsgrad', '50']], problemsBefore: 1 },
      { size: 3, first: [['anstallningsnummer', String(TABLE_BATCH_ROWS * 2)], ['kon', 'man'], ['sysselsattningsgrad', '50']], problemsBefore: 1 },
    ]);
    expect(problems).toEqual([{ row: 7, column: null, code: 'column_unknown' }]);
  });

  it('refuses empty, binary and old Excel files', async () => {
    expect((await readTable(new Uint8Array(), COLUMNS)).problems).toEqual([{ row: null, column: null, code: 'file_empty' }]);
    expect((await readTable(utf8('\r\n\r\n;;\r\n'), COLUMNS)).problems).toEqual([{ row: null, column: null, code: 'file_empty' }]);
    expect((await readTable(new Uint8Array([0, 1, 2, 3, 0, 0]), COLUMNS)).problems).toEqual([{ row: null, column: null, code: 'file_unreadable' }]);
    expect((await readTable(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1]), COLUMNS)).problems).toEqual([
      { row: null, column: null, code: 'file_type_unsupported' },
    ]);
    expect((await readTable(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 9, 9, 9]), COLUMNS)).problems).toEqual([
      { row: null, column: null, code: 'file_unreadable' },
    ]);
  });
});

describe('readTable from XLSX', () => {
  it('reads numbers, dates, rich text and percentages from the first sheet, with their row numbers', async () => {
    const bytes = await xlsx(
      [
        ['Anställningsnummer ', 'kön', 'sysselsättningsgrad', 'anstalld_fran', 'fornamn'],
        [101, 'kvinna', 0.375, new Date(Date.UTC(2020, 0, 5)), { richText: [{ text: 'Å' }, { text: 'sa' }] }],
        [],
        ['102', 'man', 100, 45000, '  '],
      ],
      (sheet) => (sheet.getCell('C2').numFmt = '0.0%'),
    );
    const table = await readTable(bytes, COLUMNS);
    expect(table.format).toBe('xlsx');
    expect(table.problems).toEqual([]);
    const problems: never[] = [];
    const read = table.rows.map((row) => {
      const reader = new RowReader(row, problems);
      return [row.row, reader.text('anstallningsnummer', { maxLength: 40 }), reader.decimal('sysselsattningsgrad'), reader.date('anstalld_fran'), reader.text('fornamn', { maxLength: 9 })];
    });
    expect(read).toEqual([
      [2, '101', 37.5, '2020-01-05', 'Åsa'],
      [4, '102', 100, '2023-03-15', null],
    ]);
    expect(problems).toEqual([]);
  });

  it('refuses formulas and error values where they are, and reads nothing more from those cells', async () => {
    const bytes = await xlsx([
      ['anstallningsnummer', 'kon', 'sysselsattningsgrad'],
      [1, { formula: 'A1&"x"', result: 'manx' } as ExcelJS.CellValue, { error: '#N/A' } as ExcelJS.CellValue],
    ]);
    const table = await readTable(bytes, COLUMNS);
    expect(table.problems).toEqual([
      { row: 2, column: 'kon', code: 'formula_not_allowed' },
      { row: 2, column: 'sysselsattningsgrad', code: 'cell_error' },
    ]);
    const problems: unknown[] = [];
    const reader = new RowReader(table.rows[0], problems as never);
    expect(reader.text('kon', { maxLength: 9, required: true })).toBeNull();
    expect(problems).toEqual([]);
    expect(reader.valid).toBe(false);
  });

  it('reads the first sheet in the workbook’s order, which need not be the first in the archive', async () => {
    const workbook = new ExcelJS.Workbook();
    const lists = workbook.addWorksheet('Listor');
    lists.addRow(['kon']);
    const staff = workbook.addWorksheet('personal');
    staff.addRows([['anstallningsnummer', 'kon', 'sysselsattningsgrad'], [7, 'man', 50]]);
    // exceljs orders the workbook's sheets by orderNo (at run time; its typings lack it).
    (lists as unknown as { orderNo: number }).orderNo = 2;
    (staff as unknown as { orderNo: number }).orderNo = 1;
    const table = await readTable(new Uint8Array(await workbook.xlsx.writeBuffer()), COLUMNS);
    expect(table.problems).toEqual([]);
    expect(table.rows.map((row) => row.cell('anstallningsnummer'))).toEqual([7]);
  });

  it('reads a workbook with its workbook part stored last the same way every time (exceljs#3064 lost it about 1 read in 400)', async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('personal').addRows([['anstallningsnummer', 'kon', 'sysselsattningsgrad'], ['Ö-1', 'kvinna', 37.5]]);
    workbook.addWorksheet('Listor', { state: 'hidden' }).addRow(['kvinna']);
    const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
    const reads = await Promise.all(
      Array.from({ length: 8 }, async () => {
        const outcomes: string[] = [];
        for (let i = 0; i < 100; i++) {
          const table = await readTable(bytes, COLUMNS);
          outcomes.push(JSON.stringify([table.problems, table.rows.map((row) => row.entries())]));
        }
        return outcomes;
      }),
    );
    expect(new Set(reads.flat())).toEqual(new Set([JSON.stringify([[], [[['anstallningsnummer', 'Ö-1'], ['kon', 'kvinna'], ['sysselsattningsgrad', 37.5]]]])]));
    // 800 reads, not a timing: the default 5 s is too tight on a machine running other suites.
  }, 60_000);

  it('ignores a column that has neither header nor values, and names a value under no header', async () => {
    const bytes = await xlsx([
      ['anstallningsnummer', 'kon', 'sysselsattningsgrad'],
      [1, 'man', 50, null, 'stray'],
    ]);
    expect((await readTable(bytes, COLUMNS)).problems).toEqual([{ row: 2, column: null, code: 'column_unknown' }]);
  });
});

describe('RowReader', () => {
  it('reports each value that does not parse, or is missing, with its row and column', async () => {
    const table = await readTable(utf8('anstallningsnummer;kon;sysselsattningsgrad;anstalld_fran\n;x;150;2023-02-30\n'), COLUMNS);
    const problems: unknown[] = [];
    const reader = new RowReader(table.rows[0], problems as never);
    reader.text('anstallningsnummer', { maxLength: 40, required: true });
    reader.yesNo('kon');
    reader.decimal('sysselsattningsgrad', { min: 1, max: 100 });
    reader.date('anstalld_fran');
    expect(problems).toEqual([
      { row: 2, column: 'anstallningsnummer', code: 'required' },
      { row: 2, column: 'kon', code: 'invalid_yes_no' },
      { row: 2, column: 'sysselsattningsgrad', code: 'max' },
      { row: 2, column: 'anstalld_fran', code: 'invalid_date' },
    ]);
    expect(reader.valid).toBe(false);
  });
});

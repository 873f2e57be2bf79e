import { strFromU8, unzipSync } from 'fflate';
import type { ExportTable } from './export-table';
import { xlsxBlob, xlsxCell, xlsxNumberFormat, xlsxSheet, xlsxSheetName } from './xlsx';

const table: ExportTable = {
  sheetName: 'Nivåfördelning: Höst/Vår 2026 med ett mycket långt namn',
  columns: [
    { heading: 'Namn', kind: 'text' },
    { heading: 'Årsarbetare', kind: 'decimal' },
    { heading: 'Andel', kind: 'share', emptyText: '–' },
    { heading: 'Personer', kind: 'integer' },
    { heading: 'Anställd från', kind: 'date' },
  ],
  rows: [
    ['Förvaltningsrätt & <barn>', 0.75, 1 / 3, 3, '2026-08-01'],
    ['Familjerätt', 0, null, 0, null],
  ],
};

async function bytes(blob: Blob): Promise<Uint8Array> {
  return new Uint8Array(
    await new Promise<ArrayBuffer>((resolve, reject) => {
      const reader = new FileReader();
      reader.onload = () => resolve(reader.result as ArrayBuffer);
      reader.onerror = () => reject(reader.error);
      reader.readAsArrayBuffer(blob);
    }),
  );
}

describe('xlsxCell', () => {
  const [name, fte, share, count, date] = table.columns;

  it('keeps FTE a number, shown with one decimal', () => {
    expect(xlsxCell(fte, 0.75)).toEqual({ value: 0.75, type: Number, format: '0.0' });
    expect(xlsxCell({ ...fte, decimals: 2 }, 0.75)).toEqual({ value: 0.75, type: Number, format: '0.00' });
  });

  it('keeps a share the unrounded fraction, shown as a percentage', () => {
    const cell = xlsxCell(share, 1 / 3);
    expect(cell?.value).toBeCloseTo(0.333333333, 9);
    expect(cell?.format).toBe('0.0%');
  });

  it('writes dates as dates at midnight UTC, whole Excel days', () => {
    const cell = xlsxCell(date, '2026-08-01');
    expect(cell?.value).toEqual(new Date(Date.UTC(2026, 7, 1)));
    expect(cell).toMatchObject({ type: Date, format: 'yyyy-mm-dd' });
    expect(() => xlsxCell(date, '1/8 2026')).toThrow(/ISO date/);
  });

  it('writes text as text, integers whole, and an empty value as the column’s empty text or nothing', () => {
    expect(xlsxCell(name, '0012')).toEqual({ value: '0012', type: String });
    expect(xlsxCell(count, 3)).toEqual({ value: 3, type: Number, format: '0' });
    expect(xlsxCell(share, null)).toEqual({ value: '–', type: String, align: 'right' });
    expect(xlsxCell(fte, null)).toBeNull();
    expect(() => xlsxCell(fte, '0,75')).toThrow(/needs a number/);
  });

  it('has a number format for every kind but text', () => {
    expect(table.columns.map(xlsxNumberFormat)).toEqual([undefined, '0.0', '0.0%', '0', 'yyyy-mm-dd']);
    expect(xlsxNumberFormat({ heading: 'Andel', kind: 'share', decimals: 0 })).toBe('0%');
    expect(xlsxNumberFormat({ heading: 'Årsarbetare', kind: 'decimal', decimals: 3, minDecimals: 2 })).toBe('0.00#');
  });
});

describe('xlsxSheetName', () => {
  it('takes out the characters Excel refuses and keeps at most 31', () => {
    expect(xlsxSheetName(table.sheetName)).toBe('Nivåfördelning Höst Vår 2026 me');
    expect(xlsxSheetName('Ej bedömda')).toBe('Ej bedömda');
    expect(xlsxSheetName(' ?* ')).toBe('Export');
  });
});

describe('xlsxSheet', () => {
  it('has a bold heading row, frozen, then a row per table row, and a width per column', () => {
    const { data, options } = xlsxSheet(table);
    expect(data).toHaveLength(3);
    expect(data[0][0]).toMatchObject({ value: 'Namn', fontWeight: 'bold' });
    expect(options.stickyRowsCount).toBe(1);
    expect(options.columns?.map((column) => column.width)).toEqual([27, 13, 8, 10, 15]);
  });
});

describe('xlsxBlob', () => {
  it('writes a workbook whose sheet holds the numbers as numbers and the text as shared strings', async () => {
    const files = unzipSync(await bytes(await xlsxBlob(table)));
    const sheet = strFromU8(files['xl/worksheets/sheet1.xml']);
    const strings = strFromU8(files['xl/sharedStrings.xml']);
    const workbook = strFromU8(files['xl/workbook.xml']);
    const styles = strFromU8(files['xl/styles.xml']);

    expect(workbook).toContain('name="Nivåfördelning Höst Vår 2026 me"');
    expect(strings).toContain('Förvaltningsrätt &amp; &lt;barn&gt;');
    expect(strings).toContain('Anställd från');
    // Row 2: FTE, the share as a fraction, the count and the date as Excel's day number.
    expect(sheet).toMatch(/<c r="B2"[^>]*><v>0\.75<\/v><\/c>/);
    expect(sheet).toMatch(/<c r="C2"[^>]*><v>0\.3333333333333333<\/v><\/c>/);
    expect(sheet).toMatch(/<c r="D2"[^>]*><v>3<\/v><\/c>/);
    expect(sheet).toMatch(/<c r="E2"[^>]*><v>46235<\/v><\/c>/);
    // Numbers carry no string type; the empty FTE is no cell at all.
    expect(sheet).not.toMatch(/<c r="B2"[^>]*t="s"/);
    expect(sheet).not.toContain('r="E3"');
    expect(sheet).toMatch(/<pane [^>]*ySplit="1"[^>]*state="frozen"/);
    expect(styles).toContain('formatCode="0.0%"');
    expect(styles).toContain('formatCode="yyyy-mm-dd"');
  });
});

import {
  type ExportColumn,
  exportCellText,
  exportColumnWidths,
  exportFileName,
  type ExportTable,
  exportTextRows,
} from './export-table';

const fte: ExportColumn = { heading: 'Årsarbetare', kind: 'decimal' };
const share: ExportColumn = { heading: 'Andel', kind: 'share', emptyText: '–' };

describe('exportCellText', () => {
  it('writes FTE with a decimal comma, rounded once half away from zero', () => {
    expect(exportCellText(fte, 0.75)).toBe('0,8');
    expect(exportCellText(fte, 2.25)).toBe('2,3');
    expect(exportCellText({ ...fte, decimals: 2 }, 0.75)).toBe('0,75');
    expect(exportCellText(fte, 0)).toBe('0,0');
  });

  it('writes FTE in thousandths with two decimals, three when the value has a third', () => {
    const thousandths: ExportColumn = { ...fte, decimals: 3, minDecimals: 2 };
    expect(exportCellText(thousandths, 1.5)).toBe('1,50');
    expect(exportCellText(thousandths, 0.875)).toBe('0,875');
    expect(exportCellText(thousandths, 12)).toBe('12,00');
  });

  it('rounds a value half way in decimals up even when binary floating point stores it just below', () => {
    // 0.15 is stored as 0.14999999999999999; 0.0015 × 100 as 0.15000000000000002.
    expect(exportCellText(fte, 0.15)).toBe('0,2');
    expect(exportCellText(share, 0.03 / 20)).toBe('0,2 %');
    expect(exportCellText(share, 0.0014999)).toBe('0,1 %');
  });

  it('writes a share, a fraction of one, as a percentage with one decimal', () => {
    expect(exportCellText(share, 1 / 3)).toBe('33,3 %');
    expect(exportCellText(share, 0.5)).toBe('50,0 %');
    expect(exportCellText(share, 1)).toBe('100,0 %');
  });

  it('writes the column’s empty text for a missing value', () => {
    expect(exportCellText(share, null)).toBe('–');
    expect(exportCellText(fte, null)).toBe('');
  });

  it('keeps text and ISO dates as they are and writes integers whole', () => {
    expect(exportCellText({ heading: 'Namn', kind: 'text' }, 'Berg; Anna')).toBe('Berg; Anna');
    expect(exportCellText({ heading: 'Från', kind: 'date' }, '2026-08-01')).toBe('2026-08-01');
    expect(exportCellText({ heading: 'Personer', kind: 'integer' }, 12)).toBe('12');
  });

  it('refuses a number column without a number, rather than writing something wrong', () => {
    expect(() => exportCellText(fte, '0.75')).toThrow(/needs a number/);
    expect(() => exportCellText(share, Number.NaN)).toThrow(/needs a number/);
  });
});

describe('exportTextRows and exportColumnWidths', () => {
  const table: ExportTable = {
    sheetName: 'Test',
    columns: [{ heading: 'Enhet', kind: 'text' }, fte, { heading: 'Saknar tillräcklig (S), andel', kind: 'share' }],
    rows: [
      ['Mottagning barn och unga', 12.5, 0.25],
      ['Ek', 0.5, null],
    ],
  };

  it('puts the headings first and writes every value in Swedish form', () => {
    expect(exportTextRows(table)).toEqual([
      ['Enhet', 'Årsarbetare', 'Saknar tillräcklig (S), andel'],
      ['Mottagning barn och unga', '12,5', '25,0 %'],
      ['Ek', '0,5', ''],
    ]);
  });

  it('fits each column to its longest value, a long heading wrapping rather than widening it', () => {
    expect(exportColumnWidths(table)).toEqual([24 + 2, 11 + 2, 18 + 2]);
  });

  it('keeps a column of a single short value readable and a very long text within bounds', () => {
    const widths = exportColumnWidths({
      sheetName: 'T',
      columns: [{ heading: 'A', kind: 'integer' }, { heading: 'B', kind: 'text' }],
      rows: [[1, 'x'.repeat(200)]],
    });
    expect(widths).toEqual([8, 50]);
  });
});

describe('exportFileName', () => {
  it('joins the parts in lower case with dashes, keeping å, ä and ö, with the extension', () => {
    expect(exportFileName('xlsx', 'Nivåfördelning', 'Höst 2026')).toBe('nivåfördelning-höst-2026.xlsx');
    expect(exportFileName('csv', '***')).toBe('export.csv');
  });
});

import type { ExportTable } from '@kl/shared/util';
import { attachmentDisposition, writeTableFile } from './write-table';

const table: ExportTable = {
  sheetName: 'Kompetensglapp',
  columns: [
    { heading: 'Inriktning', kind: 'text' },
    { heading: 'Glapp (årsarbetare)', kind: 'decimal', decimals: 3, minDecimals: 2 },
    { heading: 'Andel under målnivå', kind: 'share', emptyText: '–' },
  ],
  rows: [
    ['SA01 Socialrätt', 0.375, 0.667],
    ['SA02 Familjerätt', 0, null],
  ],
};

describe('writeTableFile', () => {
  it('writes a Swedish CSV: BOM, ; between fields, decimal comma, CRLF', async () => {
    const file = await writeTableFile(table, 'csv', 'kompetensglapp', 'Höst 2026');
    expect(file.fileName).toBe('kompetensglapp-höst-2026.csv');
    expect(file.contentType).toBe('text/csv; charset=utf-8');
    expect(file.body.toString('utf8')).toBe(
      '\uFEFFInriktning;Glapp (årsarbetare);Andel under målnivå\r\n' +
        'SA01 Socialrätt;0,375;66,7 %\r\nSA02 Familjerätt;0,00;–\r\n',
    );
  });

  it('writes an XLSX archive', async () => {
    const file = await writeTableFile(table, 'xlsx', 'kompetensglapp');
    expect(file.fileName).toBe('kompetensglapp.xlsx');
    expect(file.contentType).toContain('spreadsheetml');
    // A ZIP archive starts with "PK".
    expect(file.body.subarray(0, 2).toString('latin1')).toBe('PK');
  });
});

describe('attachmentDisposition', () => {
  it('gives an ASCII fallback and the exact name encoded', () => {
    expect(attachmentDisposition('kompetensglapp-höst-2026.csv')).toBe(
      `attachment; filename="kompetensglapp-host-2026.csv"; filename*=UTF-8''kompetensglapp-h%C3%B6st-2026.csv`,
    );
  });
});

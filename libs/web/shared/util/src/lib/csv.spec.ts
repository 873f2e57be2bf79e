import { csvFileName, tableToCsv, toCsv, UTF8_BOM } from './csv';

describe('toCsv', () => {
  it('separates fields with semicolons and rows with CRLF, after the BOM', () => {
    expect(
      toCsv([
        ['Område', 'Årsarbetare'],
        ['Juridik', '12,5'],
      ]),
    ).toBe(`${UTF8_BOM}Område;Årsarbetare\r\nJuridik;12,5\r\n`);
  });

  it('quotes fields holding a separator, a quote or a line break', () => {
    expect(toCsv([['a;b', 'sa "ja"', 'rad\nny', 'vanlig']])).toBe(
      `${UTF8_BOM}"a;b";"sa ""ja""";"rad\nny";vanlig\r\n`,
    );
  });

  it('keeps decimal commas unquoted', () => {
    expect(toCsv([['33,3 %']])).toBe(`${UTF8_BOM}33,3 %\r\n`);
  });
});

describe('csvFileName', () => {
  it('joins the parts in lower case with dashes, keeping å, ä and ö', () => {
    expect(csvFileName('Fördelning', 'Höst 2026')).toBe('fördelning-höst-2026.csv');
  });

  it('falls back to a generic name', () => {
    expect(csvFileName('***')).toBe('export.csv');
  });
});

describe('tableToCsv', () => {
  it('writes a typed table the way the CSV exports always have: decimal comma, percent, dash when empty', () => {
    expect(
      tableToCsv({
        sheetName: 'Fördelning',
        columns: [
          { heading: 'Namn', kind: 'text' },
          { heading: 'Årsarbetare', kind: 'decimal' },
          { heading: 'Andel', kind: 'share', emptyText: '–' },
          { heading: 'Personer', kind: 'integer' },
          { heading: 'Anställd från', kind: 'date' },
        ],
        rows: [
          ['Förvaltningsrätt', 2.25, 1 / 3, 3, '2026-08-01'],
          ['Familjerätt; barn', 0, null, 0, null],
        ],
      }),
    ).toBe(
      `${UTF8_BOM}Namn;Årsarbetare;Andel;Personer;Anställd från\r\n` +
        `Förvaltningsrätt;2,3;33,3 %;3;2026-08-01\r\n` +
        `"Familjerätt; barn";0,0;–;0;\r\n`,
    );
  });
});

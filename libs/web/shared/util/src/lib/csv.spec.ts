import { csvFileName, toCsv, UTF8_BOM } from './csv';

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

import { csvRecords, parseCsv } from './csv';

describe('parseCsv', () => {
  it('detects ; as Excel sv-SE writes it, and keeps decimal commas', () => {
    const table = parseCsv('anstallningsnummer;sysselsattningsgrad\r\nA1;37,5\r\n');
    expect(table.header).toEqual(['anstallningsnummer', 'sysselsattningsgrad']);
    expect(table.rows).toEqual([{ line: 2, cells: ['A1', '37,5'] }]);
  });

  it('reads comma-separated text with quotes, escaped quotes and line breaks in cells', () => {
    const table = parseCsv('a,b\n"x, y","say ""hej"""\n"two\nlines",z\n');
    expect(table.rows).toEqual([
      { line: 2, cells: ['x, y', 'say "hej"'] },
      { line: 3, cells: ['two\nlines', 'z'] },
    ]);
  });

  it('drops a BOM, skips blank lines and counts lines for messages', () => {
    const table = parseCsv('\uFEFFkod,namn\n\n01,Stockholms län\n');
    expect(table.header).toEqual(['kod', 'namn']);
    expect(table.rows).toEqual([{ line: 3, cells: ['01', 'Stockholms län'] }]);
  });

  it('reads a last line without a line break', () => {
    expect(parseCsv('a;b\n1;2').rows).toEqual([{ line: 2, cells: ['1', '2'] }]);
  });

  it('rejects an unclosed quote', () => {
    expect(() => parseCsv('a,b\n"x,1\n')).toThrow(/Unclosed quote starting on line 2/);
  });
});

describe('csvRecords', () => {
  it('keys cells by header', () => {
    expect(csvRecords(parseCsv('kod,namn\n01,Stockholms län\n'))).toEqual([
      { line: 2, values: { kod: '01', namn: 'Stockholms län' } },
    ]);
  });

  it('names the line with a wrong number of cells', () => {
    expect(() => csvRecords(parseCsv('a,b\n1,2,3\n'))).toThrow(/Line 2 has 3 cells/);
  });
});

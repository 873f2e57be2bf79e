import { tabularProblemPlace } from './tabular-problem-text';

describe('tabularProblemPlace', () => {
  it('places a problem as the spreadsheet shows it', () => {
    expect(tabularProblemPlace({ row: 4, column: 'kon', code: 'invalid_choice' })).toBe('Rad 4, kolumn kon');
    expect(tabularProblemPlace({ row: 1, column: null, code: 'column_unknown' })).toBe('Rad 1');
    expect(tabularProblemPlace({ row: null, column: null, code: 'file_empty' })).toBe('Filen');
  });
});

import { FIELD_ERROR_CODES, TABULAR_PROBLEM_CODES } from '@kl/shared/contracts';
import { tabularProblemPlace, tabularProblemText } from './tabular-problem-text';

describe('tabularProblemText', () => {
  it('has its own Swedish text for every code a file import can name', () => {
    const texts = [...TABULAR_PROBLEM_CODES, ...FIELD_ERROR_CODES].map(tabularProblemText);
    expect(texts.filter((text) => !text || text === 'Värdet är inte giltigt.')).toEqual([]);
    expect(tabularProblemText('formula_not_allowed')).toContain('formel');
    expect(tabularProblemText('required')).toBe('Fältet måste fyllas i.');
  });

  it('places a problem as the spreadsheet shows it', () => {
    expect(tabularProblemPlace({ row: 4, column: 'kon', code: 'invalid_choice' })).toBe('Rad 4, kolumn kon');
    expect(tabularProblemPlace({ row: 1, column: null, code: 'column_unknown' })).toBe('Rad 1');
    expect(tabularProblemPlace({ row: null, column: null, code: 'file_empty' })).toBe('Filen');
  });
});

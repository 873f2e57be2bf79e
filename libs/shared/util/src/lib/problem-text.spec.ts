import { FIELD_ERROR_CODES, TABULAR_PROBLEM_CODES } from '@kl/shared/contracts';
import { fileProblem, tabularProblemText } from './problem-text';

describe('tabularProblemText', () => {
  it('has its own Swedish text for every code a file can be answered with', () => {
    const texts = [...TABULAR_PROBLEM_CODES, ...FIELD_ERROR_CODES].map(tabularProblemText);
    expect(texts.filter((text) => !text || text === 'Värdet är inte giltigt.')).toEqual([]);
    expect(tabularProblemText('formula_not_allowed')).toContain('formel');
    expect(tabularProblemText('required')).toBe('Fältet måste fyllas i.');
  });

  it('gives a problem its text and keeps where it is', () => {
    expect(fileProblem({ row: 4, column: 'kon', code: 'invalid_choice' })).toEqual({
      row: 4,
      column: 'kon',
      code: 'invalid_choice',
      message: 'Värdet är inte ett av de tillåtna.',
    });
  });
});

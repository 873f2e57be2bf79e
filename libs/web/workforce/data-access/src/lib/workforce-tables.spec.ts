import type { WorkforceFigures } from '@kl/shared/contracts';
import { turnoverTable } from './workforce-tables';
import { percentText, rangeText } from './workforce-text';

describe('workforce text and tables', () => {
  it('writes shares as Swedish percentages and a suppressed figure as ..', () => {
    expect(percentText('0.5211')).toBe('52,1 %');
    expect(percentText(null, true)).toBe('..');
    expect(percentText(null)).toBe('–');
    expect(rangeText({ low: '2.0', expected: '3.5', high: '4.0' })).toBe('3,5 (2,0–4,0)');
    expect(rangeText({ low: '3.0', expected: '3.0', high: '3.0' })).toBe('3,0');
  });

  it('exports turnover per year with its reasons, a suppressed year as empty cells', () => {
    const byReason = { other_kommun_social_services: 1, other_employer: 1, left_profession: 0, retirement: 0, other: 0, unknown: 0 };
    const table = turnoverTable({
      turnoverByYear: [
        { from: '2024-01-01', to: '2024-12-31', leavers: 2, averageHeadcount: '10.00', rate: '0.2000', byReason },
        { from: '2025-01-01', to: '2025-12-31', leavers: null, averageHeadcount: '3.50', rate: null, byReason: null },
      ],
    } as WorkforceFigures);
    expect(table.rows).toEqual([
      ['2024', 2, 10, 0.2, 1, 1, 0, 0, 0, 0],
      ['2025', null, 3.5, null, null, null, null, null, null, null],
    ]);
    expect(table.columns[1].emptyText).toBe('..');
  });
});

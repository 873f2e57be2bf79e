import { defaultRoundDates, roundActions } from './round-labels';

describe('round labels and actions', () => {
  it('offers opening a planned round, closing an open one and reopening a closed one', () => {
    expect(roundActions('planned')).toEqual(['open']);
    expect(roundActions('open')).toEqual(['close']);
    expect(roundActions('closed')).toEqual(['reopen']);
  });

  it('suggests this month as reference date and a window of three months', () => {
    expect(defaultRoundDates('2026-11-23')).toEqual({ referenceDate: '2026-11-01', opensOn: '2026-11-01', closesOn: '2027-01-31' });
    expect(defaultRoundDates('2026-01-31')).toEqual({ referenceDate: '2026-01-01', opensOn: '2026-01-01', closesOn: '2026-03-31' });
  });
});

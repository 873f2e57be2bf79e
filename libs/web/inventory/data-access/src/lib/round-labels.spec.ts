import { defaultRoundDates, populationRule, populationText, readOnlyReason, roundActions } from './round-labels';

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

describe('the population and state of a round in words', () => {
  it('names both groups and the rule', () => {
    expect(populationText({ caseworkers: 21, teamLeaders: 3, frozenAt: null })).toBe('21 handläggare och 3 arbetsledare');
    expect(populationRule({ referenceDate: '2025-10-01', unitIds: [] }, 'Barn och unga')).toBe(
      'Medarbetare i enheter inom Barn och unga som var anställda 2025-10-01',
    );
    expect(populationRule({ referenceDate: '2025-10-01', unitIds: ['u'] }, 'Barn och unga')).toContain('omgångens enheter');
  });

  it('says why a round cannot be edited, and nothing while it can', () => {
    expect(readOnlyReason({ status: 'open', acceptsAssessments: true })).toBeNull();
    expect(readOnlyReason({ status: 'open', acceptsAssessments: false })).toContain('sista dag har passerat');
    expect(readOnlyReason({ status: 'closed', acceptsAssessments: false })).toContain('stängd');
    expect(readOnlyReason({ status: 'planned', acceptsAssessments: false })).toContain('inte öppnad');
  });
});

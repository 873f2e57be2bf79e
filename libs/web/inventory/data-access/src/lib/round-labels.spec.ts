import type { InventoryRound } from '@kl/shared/contracts';
import { defaultRound, defaultRoundDates, roundOptionLabel, populationRule, populationText, readOnlyReason, roundActions } from './round-labels';

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
    expect(populationText({ caseworkers: 21, teamLeaders: 3, inReach: 24, frozenAt: null })).toBe('21 handläggare och 3 arbetsledare');
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

describe('the round a page opens with', () => {
  const round = (id: string, status: InventoryRound['status'], inReach: number) =>
    ({ id, status, population: { caseworkers: inReach, teamLeaders: 0, inReach, frozenAt: null } }) as InventoryRound;
  const rounds = [round('eb', 'open', 0), round('bou', 'open', 12), round('old', 'closed', 12)];

  it('takes the one asked for, else an open round with people in reach (one per service area), else any open, else the newest', () => {
    expect(defaultRound(rounds, 'old')?.id).toBe('old');
    expect(defaultRound(rounds)?.id).toBe('bou');
    expect(defaultRound(rounds, 'unknown')?.id).toBe('bou');
    expect(defaultRound([round('eb', 'open', 0), round('old', 'closed', 3)])?.id).toBe('eb');
    expect(defaultRound([round('old', 'closed', 3)])?.id).toBe('old');
    expect(defaultRound([])).toBeUndefined();
  });
});

describe('a round in a list', () => {
  const round = (name: string, serviceAreaCode: InventoryRound['serviceAreaCode']) => ({ name, serviceAreaCode }) as InventoryRound;

  it('names the service area only when the rounds span more than one', () => {
    const bou = round('Höst 2026', 'barn-och-unga');
    expect(roundOptionLabel(bou, [bou, round('Vår 2026', 'barn-och-unga')])).toBe('Höst 2026');
    expect(roundOptionLabel(bou, [bou, round('EB 2026', 'ekonomiskt-bistand')])).toBe('Höst 2026 – Barn och unga');
  });
});

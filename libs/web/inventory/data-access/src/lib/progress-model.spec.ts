import type { UnitProgress } from '@kl/shared/contracts';
import { progressExportTable, progressSummary, remindersText, signOffText } from './progress-model';

const unit = (overrides: Partial<UnitProgress>): UnitProgress => ({
  unitId: 'u1',
  unitName: 'Mottagning',
  staff: 4,
  assessedStaff: 2,
  signOff: null,
  teamLeaders: [{ userId: 'a', displayName: 'Nora Norr' }],
  ...overrides,
});
const time = (iso: string) => iso.slice(0, 10);
const signOff = {
  unitId: 'u1',
  unitName: 'Mottagning',
  signedByUserId: 'a',
  signedByName: 'Nora Norr',
  signedAt: '2026-12-03T09:00:00Z',
};

describe('the follow-up of a round in words', () => {
  it('says who signed a unit off, and for which unit when a unit above it was', () => {
    expect(signOffText(unit({}), time)).toBe('Ej klar');
    expect(signOffText(unit({ signOff }), time)).toBe('Klar – Nora Norr 2026-12-03');
    expect(signOffText(unit({ unitId: 'u2', signOff }), time)).toBe(
      'Klar – Nora Norr 2026-12-03 (för Mottagning)',
    );
  });

  it('sums the units', () => {
    expect(
      progressSummary([unit({ signOff }), unit({ unitId: 'u2', staff: 3, assessedStaff: 3 })]),
    ).toBe('1 av 2 enheter klara; 5 av 7 medarbetare har minst en bedömning.');
  });

  it('says what a reminder did, with and without e-mail', () => {
    expect(remindersText({ recipients: 2, emailed: 2 })).toBe(
      'Påminnelse skickad till 2 arbetsledare. 2 av dem fick den också med e-post.',
    );
    expect(remindersText({ recipients: 1, emailed: 0 })).toContain('e-post är inte inställd');
    expect(remindersText({ recipients: 0, emailed: 0 })).toContain('Ingen påminnelse');
  });

  it('exports a row per unit', () => {
    expect(progressExportTable([unit({ signOff })], time).rows).toEqual([
      ['Mottagning', 4, 2, 'Klar – Nora Norr 2026-12-03', 'Nora Norr'],
    ]);
  });
});

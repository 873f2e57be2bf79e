import type { DevelopmentPlan, Participation } from '@kl/shared/contracts';
import { participationFundingText, planGroup, planSubject, sessionDaysText } from './plan-text';

const plan = (over: Partial<DevelopmentPlan>) =>
  ({ kind: 'overall', unitId: null, unitName: null, staffName: null, ...over }) as DevelopmentPlan;

describe('plan text', () => {
  it("names the kommun's, a unit's and a person's plan and groups them", () => {
    expect([planSubject(plan({})), planGroup(plan({}))]).toEqual(['Hela kommunen', 'kommun']);
    const unit = plan({ unitId: 'u1', unitName: 'Barn och unga' });
    expect([planSubject(unit), planGroup(unit)]).toEqual(['Barn och unga', 'unit']);
    const person = plan({ kind: 'individual', staffMemberId: 's1', staffName: 'Hanna Handläggare' });
    expect([planSubject(person), planGroup(person)]).toEqual(['Hanna Handläggare', 'individual']);
  });

  it('writes one day or a range of days', () => {
    expect(sessionDaysText('2027-03-10', '2027-03-10')).toBe('2027-03-10');
    expect(sessionDaysText('2027-03-10', '2027-03-11')).toBe('2027-03-10 – 2027-03-11');
  });

  it('names the statsbidrag a participation is paid from', () => {
    const p = (over: Partial<Participation>) => ({ grantName: null, ...over }) as Participation;
    expect(participationFundingText(p({ fundingSource: 'ordinary_budget' }))).toBe('Ordinarie budget');
    expect(participationFundingText(p({ fundingSource: 'grant', grantName: 'Stärkt kompetens' }))).toBe(
      'Statsbidrag: Stärkt kompetens',
    );
    expect(participationFundingText(p({ fundingSource: 'other' }))).toBe('Annan finansiering');
  });
});

import type { DevelopmentPlan, Participation } from '@kl/shared/contracts';
import type { PlanGoal } from '@kl/shared/contracts';
import {
  participationFundingText,
  planGoalProgressText,
  planGoalText,
  planGoalWarning,
  planGroup,
  planSubject,
  sessionDaysText,
} from './plan-text';

const plan = (over: Partial<DevelopmentPlan>) =>
  ({ kind: 'overall', unitId: null, unitName: null, staffName: null, ...over }) as DevelopmentPlan;

describe('plan text', () => {
  it("names the kommun's, a unit's and a person's plan and groups them", () => {
    expect([planSubject(plan({})), planGroup(plan({}))]).toEqual(['Hela kommunen', 'kommun']);
    const unit = plan({ unitId: 'u1', unitName: 'Barn och unga' });
    expect([planSubject(unit), planGroup(unit)]).toEqual(['Barn och unga', 'unit']);
    const person = plan({
      kind: 'individual',
      staffMemberId: 's1',
      staffName: 'Hanna Handläggare',
    });
    expect([planSubject(person), planGroup(person)]).toEqual(['Hanna Handläggare', 'individual']);
  });

  it("names the group of the kommun's plan when it is not for everyone", () => {
    expect(planSubject(plan({ staffGroup: 'team_leader' }))).toBe('Hela kommunen, arbetsledare');
    expect(planSubject(plan({ staffGroup: 'all' }))).toBe('Hela kommunen');
  });

  it('writes a goal with its share, group and due date, and its progress', () => {
    const goal = {
      topicCode: 'SA05',
      level: 'advanced',
      targetShare: 80,
      staffGroup: 'caseworker',
      dueOn: '2031-06-30',
      gapFte: null,
      progress: { assessedFte: '4.0', reachedShare: '62.5', gapFte: '0.7', met: false },
    } satisfies PlanGoal;
    expect(planGoalText(goal, false)).toBe(
      'SA05 fördjupad, minst 80 % av handläggarna, senast 2031-06-30',
    );
    expect(planGoalText({ ...goal, targetShare: 100, dueOn: null }, false)).toBe(
      'SA05 fördjupad, alla handläggare',
    );
    expect(planGoalText(goal, true)).toBe('SA05 fördjupad, senast 2031-06-30');
    expect(planGoalProgressText(goal)).toBe('Nu 62,5 % (målet 80 %), inte nått');
    expect(
      planGoalProgressText({
        ...goal,
        progress: { ...goal.progress, reachedShare: '80.0', gapFte: '0.0', met: true },
      }),
    ).toBe('Nu 80,0 % (målet 80 %), nått');
    expect(planGoalProgressText({ ...goal, progress: null })).toBe(
      'Ingen inventering att mäta mot ännu',
    );
    expect(planGoalWarning(goal)).toBeNull();
  });

  it("holds a person's goal to their målnivå and warns when it asks less", () => {
    const progress = {
      assessedFte: '1.0',
      reachedShare: '100.0',
      gapFte: '0.0',
      met: true,
      personTarget: 'advanced',
      personStanding: 'below',
      belowPersonTarget: true,
    } as const;
    expect(planGoalProgressText({ targetShare: 100, progress })).toBe(
      'Nu under målnivå (målnivå fördjupad)',
    );
    expect(planGoalWarning({ progress })).toBe('Målet ligger under personens målnivå (fördjupad)');
    expect(
      planGoalProgressText({
        targetShare: 100,
        progress: { ...progress, personStanding: 'meets', belowPersonTarget: false },
      }),
    ).toBe('Nu når målnivån (målnivå fördjupad)');
  });

  it('writes one day or a range of days', () => {
    expect(sessionDaysText('2027-03-10', '2027-03-10')).toBe('2027-03-10');
    expect(sessionDaysText('2027-03-10', '2027-03-11')).toBe('2027-03-10 – 2027-03-11');
  });

  it('names the statsbidrag a participation is paid from', () => {
    const p = (over: Partial<Participation>) => ({ grantName: null, ...over }) as Participation;
    expect(participationFundingText(p({ fundingSource: 'ordinary_budget' }))).toBe(
      'Ordinarie budget',
    );
    expect(
      participationFundingText(p({ fundingSource: 'grant', grantName: 'Stärkt kompetens' })),
    ).toBe('Statsbidrag: Stärkt kompetens');
    expect(participationFundingText(p({ fundingSource: 'other' }))).toBe('Annan finansiering');
  });
});

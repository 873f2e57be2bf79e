import type { DevelopmentPlan } from '@kl/shared/contracts';
import {
  createPlanRequestOf,
  emptyGoalDraft,
  emptyPlanDraft,
  planConflictRows,
  planDraftErrors,
  planDraftOf,
  planFieldErrors,
  updatePlanRequestOf,
} from './plan-form';

const stored = {
  id: 'p1',
  kind: 'overall',
  year: 2031,
  unitId: null,
  unitName: null,
  staffMemberId: null,
  staffName: null,
  staffGroup: 'caseworker',
  progressRound: null,
  status: 'active',
  goals: [
    {
      topicCode: 'EB01',
      level: 'basic',
      targetShare: 80,
      staffGroup: 'caseworker',
      dueOn: '2031-06-30',
      gapFte: '1.40',
      progress: null,
    },
  ],
  budget: { ordinaryBudget: '12000.00', grant: '5000.50', other: '0.00' },
  spent: { ordinaryBudget: '0.00', grant: '0.00', other: '0.00' },
  activities: [],
  followUp: null,
  version: 3,
} as DevelopmentPlan;

describe('plan form', () => {
  it('sends a new kommun plan with the goals tidied and the Swedish money as the API takes it', () => {
    const draft = {
      ...emptyPlanDraft(2031),
      unitId: 'ignored-for-individual',
      goals: [
        {
          topicCode: ' eb01 ',
          level: 'advanced' as const,
          targetShare: ' 80 ',
          staffGroup: 'caseworker' as const,
          dueOn: '2031-06-30',
        },
        {
          topicCode: 'ju02',
          level: 'basic' as const,
          targetShare: '',
          staffGroup: 'caseworker' as const,
          dueOn: '',
        },
      ],
      budget: { ordinaryBudget: '12 000,50', grant: '', other: '300' },
    };
    expect(createPlanRequestOf({ ...draft, unitId: '' })).toEqual({
      kind: 'overall',
      year: 2031,
      unitId: null,
      staffMemberId: null,
      staffGroup: 'caseworker',
      goals: [
        {
          topicCode: 'EB01',
          level: 'advanced',
          targetShare: 80,
          staffGroup: 'caseworker',
          dueOn: '2031-06-30',
        },
        {
          topicCode: 'JU02',
          level: 'basic',
          targetShare: 100,
          staffGroup: 'caseworker',
          dueOn: null,
        },
      ],
      budget: { ordinaryBudget: '12000,50', grant: '0', other: '300' },
    });
    // An individual plan names the person and never a unit.
    const individual = createPlanRequestOf({ ...draft, kind: 'individual', staffMemberId: 's1' });
    expect(individual).toMatchObject({ unitId: null, staffMemberId: 's1', staffGroup: 'all' });
    expect(individual.goals?.map((g) => g.staffGroup)).toEqual(['all', 'all']);
  });

  it("checks the share before sending and gives a new goal the plan's group", () => {
    const draft = emptyPlanDraft(2031);
    expect(emptyGoalDraft(draft)).toEqual({
      topicCode: '',
      level: 'basic',
      targetShare: '100',
      staffGroup: 'caseworker',
      dueOn: '',
    });
    expect(emptyGoalDraft({ ...draft, kind: 'individual' }).staffGroup).toBe('all');
    const goal = emptyGoalDraft(draft);
    const goals = ['0', '101', '7,5', 'abc', '', '1', '100'].map((targetShare) => ({
      ...goal,
      targetShare,
    }));
    expect(Object.keys(planDraftErrors({ ...draft, goals }))).toEqual([
      'goals.0.targetShare',
      'goals.1.targetShare',
      'goals.2.targetShare',
      'goals.3.targetShare',
    ]);
  });

  it('edits a stored plan in Swedish and sends it back on the version read', () => {
    const draft = planDraftOf(stored);
    expect(draft.budget).toEqual({ ordinaryBudget: '12000', grant: '5000,50', other: '0' });
    expect(updatePlanRequestOf(draft, stored.version)).toEqual({
      version: 3,
      status: 'active',
      goals: [
        {
          topicCode: 'EB01',
          level: 'basic',
          targetShare: 80,
          staffGroup: 'caseworker',
          dueOn: '2031-06-30',
        },
      ],
      budget: { ordinaryBudget: '12000', grant: '5000,50', other: '0' },
    });
  });

  it('puts the API field codes in Swedish at their fields', () => {
    expect(
      planFieldErrors(
        {
          year: 'not_unique',
          'goals.1': 'not_unique',
          'goals.0.targetShare': 'max',
          'goals.0.dueOn': 'invalid_format',
          'budget.grant': 'invalid_format',
        },
        (code) => `text:${code}`,
      ),
    ).toEqual({
      year: 'Det finns redan en sådan plan för det här året.',
      'goals.1': 'Inriktningen finns redan bland målen.',
      'goals.0.targetShare': 'Ange andelen som ett heltal från 1 till 100.',
      'goals.0.dueOn': 'Ange ett datum (ÅÅÅÅ-MM-DD).',
      'budget.grant': 'text:invalid_format',
    });
  });

  it('lists only what differs from the version someone else saved', () => {
    const mine = { ...planDraftOf(stored), status: 'completed' as const };
    expect(planConflictRows(stored, mine)).toEqual([
      { label: 'Status', theirs: 'Gäller', mine: 'Avslutad' },
    ]);
    mine.goals = [];
    mine.budget = { ...mine.budget, ordinaryBudget: '15 000' };
    expect(planConflictRows(stored, mine).map((r) => [r.label, r.theirs, r.mine])).toEqual([
      ['Status', 'Gäller', 'Avslutad'],
      ['Mål', 'EB01 grundläggande, minst 80 % av handläggarna, senast 2031-06-30', 'Inga mål'],
      [
        'Budget',
        'ordinarie 12\u00a0000 kr, statsbidrag 5\u00a0000,50 kr, annan 0 kr',
        'ordinarie 15\u00a0000 kr, statsbidrag 5\u00a0000,50 kr, annan 0 kr',
      ],
    ]);
  });
});

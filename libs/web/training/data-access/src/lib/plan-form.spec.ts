import type { DevelopmentPlan } from '@kl/shared/contracts';
import {
  createPlanRequestOf,
  emptyPlanDraft,
  planConflictRows,
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
  status: 'active',
  goals: [{ topicCode: 'EB01', level: 'basic', gapFte: '1.40' }],
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
      goals: [{ topicCode: ' eb01 ', level: 'advanced' as const }],
      budget: { ordinaryBudget: '12 000,50', grant: '', other: '300' },
    };
    expect(createPlanRequestOf({ ...draft, unitId: '' })).toEqual({
      kind: 'overall',
      year: 2031,
      unitId: null,
      staffMemberId: null,
      goals: [{ topicCode: 'EB01', level: 'advanced' }],
      budget: { ordinaryBudget: '12000,50', grant: '0', other: '300' },
    });
    // An individual plan names the person and never a unit.
    expect(createPlanRequestOf({ ...draft, kind: 'individual', staffMemberId: 's1' })).toMatchObject({
      unitId: null,
      staffMemberId: 's1',
    });
  });

  it('edits a stored plan in Swedish and sends it back on the version read', () => {
    const draft = planDraftOf(stored);
    expect(draft.budget).toEqual({ ordinaryBudget: '12000', grant: '5000,50', other: '0' });
    expect(updatePlanRequestOf(draft, stored.version)).toEqual({
      version: 3,
      status: 'active',
      goals: [{ topicCode: 'EB01', level: 'basic' }],
      budget: { ordinaryBudget: '12000', grant: '5000,50', other: '0' },
    });
  });

  it('puts the API field codes in Swedish at their fields', () => {
    expect(
      planFieldErrors(
        { year: 'not_unique', 'goals.1': 'not_unique', 'budget.grant': 'invalid_format' },
        (code) => `text:${code}`,
      ),
    ).toEqual({
      year: 'Det finns redan en plan för det här året.',
      'goals.1': 'Inriktningen finns redan bland målen.',
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
      ['Mål', 'EB01 grundläggande', 'Inga mål'],
      [
        'Budget',
        'ordinarie 12\u00a0000 kr, statsbidrag 5\u00a0000,50 kr, annan 0 kr',
        'ordinarie 15\u00a0000 kr, statsbidrag 5\u00a0000,50 kr, annan 0 kr',
      ],
    ]);
  });
});

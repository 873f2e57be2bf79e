import type {
  CreatePlanRequest,
  DevelopmentPlan,
  FieldErrorCode,
  PlanBudget,
  PlanStatus,
  TargetLevel,
  UpdatePlanRequest,
} from '@kl/shared/contracts';
import { LEVEL_LABELS, moneyText } from './training-text';
import { PLAN_STATUS_LABELS } from './plan-text';

/** What the plan form holds: the plan's owner (fixed once written), status, goals and budget. */
export interface PlanDraft {
  kind: 'overall' | 'individual';
  year: number;
  /** Overall plans: '' for the whole kommun, else the unit. */
  unitId: string;
  /** Individual plans: the person. */
  staffMemberId: string;
  status: PlanStatus;
  goals: { topicCode: string; level: TargetLevel }[];
  /** As typed, in Swedish ("12 000,50"). */
  budget: PlanBudget;
}

export function emptyPlanDraft(year: number): PlanDraft {
  return {
    kind: 'overall',
    year,
    unitId: '',
    staffMemberId: '',
    status: 'draft',
    goals: [],
    budget: { ordinaryBudget: '0', grant: '0', other: '0' },
  };
}

/** A plan as the form shows it (money with a decimal comma, without the öre when there are none). */
export function planDraftOf(plan: DevelopmentPlan): PlanDraft {
  const money = (value: string) => value.replace(/\.00$/, '').replace('.', ',');
  return {
    kind: plan.kind,
    year: plan.year,
    unitId: plan.unitId ?? '',
    staffMemberId: plan.staffMemberId ?? '',
    status: plan.status,
    goals: plan.goals.map((g) => ({ topicCode: g.topicCode, level: g.level })),
    budget: {
      ordinaryBudget: money(plan.budget.ordinaryBudget),
      grant: money(plan.budget.grant),
      other: money(plan.budget.other),
    },
  };
}

/** "12 000,50" → "12000,50": spaces are how Swedes group thousands; the API takes the comma. */
function budgetOf(draft: PlanDraft): PlanBudget {
  const clean = (value: string) => value.replace(/[\s\u00a0]/g, '') || '0';
  return {
    ordinaryBudget: clean(draft.budget.ordinaryBudget),
    grant: clean(draft.budget.grant),
    other: clean(draft.budget.other),
  };
}

function goalsOf(draft: PlanDraft): PlanDraft['goals'] {
  return draft.goals.map((g) => ({ topicCode: g.topicCode.trim().toUpperCase(), level: g.level }));
}

export function createPlanRequestOf(draft: PlanDraft): CreatePlanRequest {
  const individual = draft.kind === 'individual';
  return {
    kind: draft.kind,
    year: draft.year,
    unitId: individual ? null : draft.unitId || null,
    staffMemberId: individual ? draft.staffMemberId || null : null,
    goals: goalsOf(draft),
    budget: budgetOf(draft),
  };
}

export function updatePlanRequestOf(draft: PlanDraft, version: number): UpdatePlanRequest {
  return { version, status: draft.status, goals: goalsOf(draft), budget: budgetOf(draft) };
}

/** The API's field codes in Swedish, keyed by the field's path (`goals.0.topicCode`). */
export function planFieldErrors(
  errors: Record<string, FieldErrorCode> | undefined,
  text: (code: FieldErrorCode) => string,
): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [field, code] of Object.entries(errors ?? {})) {
    // "not_unique" on the year means the plan of that year already exists.
    out[field] =
      field === 'year' && code === 'not_unique'
        ? 'Det finns redan en plan för det här året.'
        : field.startsWith('goals.') && code === 'not_unique'
          ? 'Inriktningen finns redan bland målen.'
          : text(code);
  }
  return out;
}

export function goalsText(goals: readonly { topicCode: string; level: TargetLevel }[]): string {
  return goals.length === 0
    ? 'Inga mål'
    : goals.map((g) => `${g.topicCode} ${LEVEL_LABELS[g.level]}`).join(', ');
}

function budgetText(budget: PlanBudget): string {
  const money = (v: string) => moneyText(v.replace(',', '.'));
  return `ordinarie ${money(budget.ordinaryBudget)}, statsbidrag ${money(budget.grant)}, annan ${money(budget.other)}`;
}

/** What differs between the plan someone else saved and this user's changes (409 STALE_VERSION). */
export function planConflictRows(
  theirs: DevelopmentPlan,
  mine: PlanDraft,
): { label: string; theirs: string; mine: string }[] {
  const ours = budgetOf(mine);
  const rows = [
    { label: 'Status', theirs: PLAN_STATUS_LABELS[theirs.status], mine: PLAN_STATUS_LABELS[mine.status] },
    { label: 'Mål', theirs: goalsText(theirs.goals), mine: goalsText(goalsOf(mine)) },
    { label: 'Budget', theirs: budgetText(theirs.budget), mine: budgetText(ours) },
  ];
  return rows.filter((r) => r.theirs !== r.mine);
}

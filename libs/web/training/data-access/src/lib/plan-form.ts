import type {
  CreatePlanRequest,
  DevelopmentPlan,
  FieldErrorCode,
  PlanBudget,
  PlanGoalInput,
  PlanStaffGroup,
  PlanStatus,
  TargetLevel,
  UpdatePlanRequest,
} from '@kl/shared/contracts';
import { moneyText } from './training-text';
import { PLAN_STATUS_LABELS, planGoalText } from './plan-text';

/** A goal as the form holds it: the share and the date as typed. */
export interface GoalDraft {
  topicCode: string;
  level: TargetLevel;
  /** Whole percent as typed; empty = everyone (100). */
  targetShare: string;
  staffGroup: PlanStaffGroup;
  /** `YYYY-MM-DD` from the date field; empty = no due date. */
  dueOn: string;
}

/** What the plan form holds: the plan's owner (fixed once written), status, goals and budget. */
export interface PlanDraft {
  kind: 'overall' | 'individual';
  year: number;
  /** Overall plans: '' for the whole kommun, else the unit. */
  unitId: string;
  /** Individual plans: the person. */
  staffMemberId: string;
  /** Overall plans: the staff the plan is for. */
  staffGroup: PlanStaffGroup;
  status: PlanStatus;
  goals: GoalDraft[];
  /** As typed, in Swedish ("12 000,50"). */
  budget: PlanBudget;
}

export function emptyPlanDraft(year: number): PlanDraft {
  return {
    kind: 'overall',
    year,
    unitId: '',
    staffMemberId: '',
    staffGroup: 'caseworker',
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
    staffGroup: plan.staffGroup,
    status: plan.status,
    goals: plan.goals.map((g) => ({
      topicCode: g.topicCode,
      level: g.level,
      targetShare: String(g.targetShare),
      staffGroup: g.staffGroup,
      dueOn: g.dueOn ?? '',
    })),
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

/** A new goal: the plan's group (or the caseworkers, in a plan for everyone), everyone at the level. */
export function emptyGoalDraft(draft: PlanDraft): GoalDraft {
  const staffGroup =
    draft.kind === 'overall' && draft.staffGroup !== 'all' ? draft.staffGroup : 'all';
  return { topicCode: '', level: 'basic', targetShare: '100', staffGroup, dueOn: '' };
}

/** Checked before sending: the share a whole percent 1–100 (the API says the same). */
export function planDraftErrors(draft: PlanDraft): Record<string, string> {
  const errors: Record<string, string> = {};
  draft.goals.forEach((g, i) => {
    const share = g.targetShare.trim();
    if (share !== '' && !(/^\d{1,3}$/.test(share) && Number(share) >= 1 && Number(share) <= 100))
      errors[`goals.${i}.targetShare`] = SHARE_TEXT;
  });
  return errors;
}

function goalsOf(draft: PlanDraft): PlanGoalInput[] {
  const individual = draft.kind === 'individual';
  return draft.goals.map((g) => ({
    topicCode: g.topicCode.trim().toUpperCase(),
    level: g.level,
    targetShare: g.targetShare.trim() === '' ? 100 : Number(g.targetShare.trim()),
    staffGroup: individual ? 'all' : g.staffGroup,
    dueOn: g.dueOn || null,
  }));
}

export function createPlanRequestOf(draft: PlanDraft): CreatePlanRequest {
  const individual = draft.kind === 'individual';
  return {
    kind: draft.kind,
    year: draft.year,
    unitId: individual ? null : draft.unitId || null,
    staffMemberId: individual ? draft.staffMemberId || null : null,
    staffGroup: individual ? 'all' : draft.staffGroup,
    goals: goalsOf(draft),
    budget: budgetOf(draft),
  };
}

export function updatePlanRequestOf(draft: PlanDraft, version: number): UpdatePlanRequest {
  return { version, status: draft.status, goals: goalsOf(draft), budget: budgetOf(draft) };
}

const SHARE_TEXT = 'Ange andelen som ett heltal från 1 till 100.';

/** The form's own words where the general text of a code would not say what is wrong. */
function planFieldText(field: string, code: FieldErrorCode): string | null {
  // "not_unique" on the year: the plan of that year (and group) already exists.
  if (field === 'year' && code === 'not_unique')
    return 'Det finns redan en sådan plan för det här året.';
  if (field.startsWith('goals.') && code === 'not_unique')
    return 'Inriktningen finns redan bland målen.';
  if (field.endsWith('.targetShare')) return SHARE_TEXT;
  if (field.endsWith('.staffGroup') && code === 'not_allowed')
    return 'Planen gäller en annan personalgrupp.';
  if (field.endsWith('.dueOn')) return 'Ange ett datum (ÅÅÅÅ-MM-DD).';
  return null;
}

/** The API's field codes in Swedish, keyed by the field's path (`goals.0.topicCode`). */
export function planFieldErrors(
  errors: Record<string, FieldErrorCode> | undefined,
  text: (code: FieldErrorCode) => string,
): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [field, code] of Object.entries(errors ?? {}))
    out[field] = planFieldText(field, code) ?? text(code);
  return out;
}

export function goalsText(goals: readonly PlanGoalInput[], individual = false): string {
  return goals.length === 0
    ? 'Inga mål'
    : goals
        .map((g) =>
          planGoalText(
            {
              ...g,
              targetShare: g.targetShare ?? 100,
              staffGroup: g.staffGroup ?? 'all',
              dueOn: g.dueOn ?? null,
            },
            individual,
          ),
        )
        .join('; ');
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
    {
      label: 'Status',
      theirs: PLAN_STATUS_LABELS[theirs.status],
      mine: PLAN_STATUS_LABELS[mine.status],
    },
    {
      label: 'Mål',
      theirs: goalsText(theirs.goals, theirs.kind === 'individual'),
      mine: goalsText(goalsOf(mine), mine.kind === 'individual'),
    },
    { label: 'Budget', theirs: budgetText(theirs.budget), mine: budgetText(ours) },
  ];
  return rows.filter((r) => r.theirs !== r.mine);
}

import type {
  DevelopmentPlan,
  Participation,
  ParticipationStatus,
  PlanGoal,
  PlanGoalProgress,
  PlanStaffGroup,
  PlanStatus,
} from '@kl/shared/contracts';
import { decimalText, FUNDING_LABELS, LEVEL_LABELS } from './training-text';

export const PLAN_STATUS_LABELS: Record<PlanStatus, string> = {
  draft: 'Utkast',
  active: 'Gäller',
  completed: 'Avslutad',
};

export const PARTICIPATION_STATUS_LABELS: Record<ParticipationStatus, string> = {
  planned: 'Önskad, inte bokad',
  booked: 'Bokad',
  completed: 'Genomförd',
  cancelled: 'Inställd',
  no_show: 'Deltog inte',
};

/** The three kinds of plan the national survey asks about, in the order the page lists them. */
export type PlanGroup = 'kommun' | 'unit' | 'individual';

export const PLAN_GROUP_LABELS: Record<PlanGroup, string> = {
  kommun: 'Kommunens övergripande plan',
  unit: 'Enheternas planer',
  individual: 'Individuella planer',
};

export function planGroup(plan: DevelopmentPlan): PlanGroup {
  if (plan.kind === 'individual') return 'individual';
  return plan.unitId === null ? 'kommun' : 'unit';
}

export const PLAN_STAFF_GROUP_LABELS: Record<PlanStaffGroup, string> = {
  caseworker: 'Handläggare',
  team_leader: 'Arbetsledare',
  all: 'All personal',
};

/** The group as the end of "minst 80 % av …". */
const GROUP_OF: Record<PlanStaffGroup, string> = {
  caseworker: 'handläggarna',
  team_leader: 'arbetsledarna',
  all: 'personalen',
};

/** A goal for everyone in the group. */
const ALL_OF: Record<PlanStaffGroup, string> = {
  caseworker: 'alla handläggare',
  team_leader: 'alla arbetsledare',
  all: 'all personal',
};

const STANDING_LABELS: Record<NonNullable<PlanGoalProgress['personStanding']>, string> = {
  below: 'under målnivå',
  meets: 'når målnivån',
  not_assessed: 'inte bedömd ännu',
  not_applicable: 'inte tillämplig',
  no_target: 'ingen målnivå',
};

/** Whose plan it is, in words: a person, or the kommun or a unit with the group when not everyone. */
export function planSubject(
  plan: Pick<DevelopmentPlan, 'kind' | 'staffName' | 'unitName' | 'staffGroup'>,
): string {
  if (plan.kind === 'individual') return plan.staffName ?? 'Medarbetare';
  const whose = plan.unitName ?? 'Hela kommunen';
  return plan.staffGroup && plan.staffGroup !== 'all'
    ? `${whose}, ${PLAN_STAFF_GROUP_LABELS[plan.staffGroup].toLowerCase()}`
    : whose;
}

/**
 * A goal in words: "SA05 fördjupad, minst 80 % av handläggarna, senast 2031-06-30" (an overall
 * plan's) or "SA05 fördjupad, senast 2031-06-30" (a person's).
 */
export function planGoalText(
  goal: Pick<PlanGoal, 'topicCode' | 'level' | 'targetShare' | 'staffGroup' | 'dueOn'>,
  individual: boolean,
): string {
  const who = individual
    ? ''
    : `, ${goal.targetShare === 100 ? ALL_OF[goal.staffGroup] : `minst ${goal.targetShare} % av ${GROUP_OF[goal.staffGroup]}`}`;
  return `${goal.topicCode} ${LEVEL_LABELS[goal.level]}${who}${goal.dueOn ? `, senast ${goal.dueOn}` : ''}`;
}

/**
 * How far the goal has come in the round the API measured: "Nu 62,5 % (målet 80 %), inte nått"
 * for an overall plan; the person against their own målnivå for an individual one.
 */
export function planGoalProgressText(goal: Pick<PlanGoal, 'progress' | 'targetShare'>): string {
  const p = goal.progress;
  if (!p) return 'Ingen inventering att mäta mot ännu';
  if (p.personStanding) {
    const target = p.personTarget ? ` (målnivå ${LEVEL_LABELS[p.personTarget]})` : '';
    return `Nu ${STANDING_LABELS[p.personStanding]}${target}`;
  }
  if (p.reachedShare === null) return 'Ingen i gruppen är bedömd ännu';
  return `Nu ${decimalText(p.reachedShare, ' %')} (målet ${goal.targetShare} %), ${p.met ? 'nått' : 'inte nått'}`;
}

/** An individual goal that asks less than the person's målnivå; null when it does not. */
export function planGoalWarning(goal: Pick<PlanGoal, 'progress'>): string | null {
  const target = goal.progress?.belowPersonTarget ? goal.progress.personTarget : null;
  return target ? `Målet ligger under personens målnivå (${LEVEL_LABELS[target]})` : null;
}

/** A session's days: "2027-03-10" or "2027-03-10 – 2027-03-11". */
export function sessionDaysText(startsOn: string, endsOn: string): string {
  return startsOn === endsOn ? startsOn : `${startsOn} – ${endsOn}`;
}

/** How a participation is paid: the source, and the statsbidrag by name. */
export function participationFundingText(p: Participation): string {
  return p.fundingSource === 'grant' && p.grantName
    ? `${FUNDING_LABELS.grant}: ${p.grantName}`
    : FUNDING_LABELS[p.fundingSource];
}

import type {
  DevelopmentPlan,
  Participation,
  ParticipationStatus,
  PlanStatus,
} from '@kl/shared/contracts';
import { FUNDING_LABELS } from './training-text';

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

/** Whose plan it is, in words. */
export function planSubject(plan: DevelopmentPlan): string {
  if (plan.kind === 'individual') return plan.staffName ?? 'Medarbetare';
  return plan.unitName ?? 'Hela kommunen';
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

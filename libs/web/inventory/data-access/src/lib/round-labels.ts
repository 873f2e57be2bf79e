import type { InventoryRound, RoundPopulationCount, RoundStatus, StaffRole } from '@kl/shared/contracts';
import { SERVICE_AREA_LABELS } from '@kl/web/organisation/data-access';

export const ROUND_STATUS_LABELS: Record<RoundStatus, string> = {
  planned: 'Planerad',
  open: 'Öppen',
  closed: 'Stängd',
};

/** What an administrator can do with a round in each status. */
export function roundActions(status: RoundStatus): ('open' | 'close' | 'reopen')[] {
  switch (status) {
    case 'planned':
      return ['open'];
    case 'open':
      return ['close'];
    case 'closed':
      return ['reopen'];
  }
}

/** A round's fields for a new round today: this month's first day, open three months. */
export function defaultRoundDates(today: string): { referenceDate: string; opensOn: string; closesOn: string } {
  const [year, month] = today.split('-').map(Number);
  const first = `${year}-${String(month).padStart(2, '0')}-01`;
  const end = new Date(Date.UTC(year, month - 1 + 3, 0));
  return { referenceDate: first, opensOn: first, closesOn: end.toISOString().slice(0, 10) };
}

/** The two groups of a round's population, which are never pooled. */
export const STAFF_GROUP_LABELS: Record<StaffRole, { singular: string; plural: string }> = {
  caseworker: { singular: 'handläggare', plural: 'handläggare' },
  team_leader: { singular: 'arbetsledare', plural: 'arbetsledare' },
};

/** "21 handläggare och 3 arbetsledare". */
export function populationText(population: RoundPopulationCount): string {
  return `${population.caseworkers} handläggare och ${population.teamLeaders} arbetsledare`;
}

/**
 * The population rule of a round in words (DESIGN.md §3), e.g. "Medarbetare i enheter inom Barn
 * och unga som var anställda 2025-10-01".
 */
export function populationRule(round: Pick<InventoryRound, 'referenceDate' | 'unitIds'>, serviceArea: string): string {
  const units = round.unitIds.length > 0 ? 'i omgångens enheter (med underenheter) inom' : 'i enheter inom';
  return `Medarbetare ${units} ${serviceArea} som var anställda ${round.referenceDate}`;
}

/** Why a round's levels can be read but not changed; null while it takes assessments. */
export function readOnlyReason(round: Pick<InventoryRound, 'status' | 'acceptsAssessments'>): string | null {
  if (round.acceptsAssessments) return null;
  switch (round.status) {
    case 'planned':
      return 'Omgången är inte öppnad ännu: värdena kan läsas men inte ändras.';
    case 'closed':
      return 'Omgången är stängd: värdena kan läsas men inte ändras. Siffrorna är frysta som de var vid referensdatumet.';
    case 'open':
      return 'Inventeringsperioden har gått ut: omgångens sista dag har passerat och den stängs strax av sig själv.';
  }
}

/**
 * The round a page opens with: the one asked for, else an open round with people in the caller's
 * reach (with one round per service area, a team leader's is the one of their units' area), else
 * any open round, else the newest.
 */
export function defaultRound(rounds: readonly InventoryRound[], wanted?: string | null): InventoryRound | undefined {
  return (
    rounds.find((round) => round.id === wanted) ??
    rounds.find((round) => round.status === 'open' && round.population.inReach > 0) ??
    rounds.find((round) => round.status === 'open') ??
    rounds[0]
  );
}

/** A round's name in a list, with its service area when the kommun's rounds span more than one. */
export function roundOptionLabel(round: InventoryRound, rounds: readonly InventoryRound[]): string {
  const several = rounds.some((other) => other.serviceAreaCode !== round.serviceAreaCode);
  return several ? `${round.name} – ${SERVICE_AREA_LABELS[round.serviceAreaCode]}` : round.name;
}

import type { RoundStatus } from '@kl/shared/contracts';

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

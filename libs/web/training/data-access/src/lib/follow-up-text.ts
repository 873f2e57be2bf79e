import type { FollowUpApplied, FollowUpDueItem } from '@kl/shared/contracts';

/** helt / delvis / nej, as the survey asks it. */
export const FOLLOW_UP_APPLIED_LABELS: Record<FollowUpApplied, string> = {
  fully: 'Helt',
  partly: 'Delvis',
  not: 'Nej',
};

/** What an item of the due list asks for, in words. */
export function dueItemTask(item: FollowUpDueItem): string {
  return item.kind === 'follow_up'
    ? 'Följ upp kursen'
    : `Bedöm ${item.topicCodes.join(', ')} på nytt`;
}

/** The due day and whether it has passed, for a cell (the word, not a colour, carries it). */
export function dueItemWhen(item: FollowUpDueItem): string {
  return item.overdue ? `${item.dueOn} (försenad)` : item.dueOn;
}

/** A default reassessment day: six months after `today` (YYYY-MM-DD), a common interval for a new level. */
export function defaultReassessOn(today: string): string {
  const [y, m, d] = today.split('-').map(Number);
  const date = new Date(Date.UTC(y, m - 1 + 6, d));
  // 31 August + 6 months is not 31 February: step back to the month's last day.
  if (date.getUTCDate() !== d) date.setUTCDate(0);
  return date.toISOString().slice(0, 10);
}

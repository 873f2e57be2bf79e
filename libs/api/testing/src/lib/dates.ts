import { todayInSweden } from '@kl/shared/util';

/**
 * The Swedish calendar day `days` from today, ISO `YYYY-MM-DD`: for rounds whose window must be
 * open (or over) when the spec runs, whatever day that is.
 */
export function daysFromToday(days: number): string {
  const today = new Date(`${todayInSweden()}T12:00:00Z`);
  today.setUTCDate(today.getUTCDate() + days);
  return today.toISOString().slice(0, 10);
}

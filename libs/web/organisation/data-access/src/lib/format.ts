/** sv-SE formats: dates as 2026-11-23, decimal comma, "75 %" with a non-breaking space. */

const NBSP = '\u00a0';

/** An ISO date or timestamp as a Swedish calendar date (2026-11-23), empty when missing. */
export function formatDate(value: string | null | undefined): string {
  if (!value) return '';
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return value;
  return new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm' }).format(new Date(value));
}

/** A timestamp as date and time in Swedish time (2026-11-23 14:05). */
export function formatDateTime(value: string): string {
  return new Intl.DateTimeFormat('sv-SE', {
    timeZone: 'Europe/Stockholm',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
  }).format(new Date(value));
}

/** FTE as a fraction with a decimal comma, two decimals or three when needed: 0.75 → "0,75", 0.875 → "0,875". */
export function formatFte(fte: number): string {
  const thousandths = Math.round(fte * 1000);
  return (thousandths % 10 === 0 ? fte.toFixed(2) : (thousandths / 1000).toFixed(3)).replace('.', ',');
}

/** FTE as a percentage with its decimal when it has one: 0.75 → "75 %", 0.875 → "87,5 %". */
export function formatFtePercent(fte: number): string {
  return `${String(Math.round(fte * 1000) / 10).replace('.', ',')}${NBSP}%`;
}

export function formatYesNo(value: boolean | null | undefined): string {
  if (value === null || value === undefined) return 'Ej angivet';
  return value ? 'Ja' : 'Nej';
}

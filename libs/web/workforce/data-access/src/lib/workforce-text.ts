import type { AgeBand, ForecastRange, LeavingReason, VacancyDifficulty } from '@kl/shared/contracts';

export const LEAVING_REASON_TEXT: Record<LeavingReason | 'unknown', string> = {
  other_kommun_social_services: 'Annan kommuns socialtjänst',
  other_employer: 'Annan arbetsgivare',
  left_profession: 'Lämnat yrket',
  retirement: 'Pension',
  other: 'Annat',
  unknown: 'Ej angivet',
};

export const DIFFICULTY_TEXT: Record<VacancyDifficulty, string> = { easy: 'Lätt', hard: 'Svårt', very_hard: 'Mycket svårt' };

export const AGE_BAND_TEXT: Record<AgeBand, string> = { '-29': '29 år eller yngre', '30-39': '30–39 år', '40-49': '40–49 år', '50-59': '50–59 år', '60-': '60 år eller äldre' };

/** Shown for a figure hidden because it rests on fewer than five people. */
export const SUPPRESSED = '..';

/** A decimal from the API in Swedish ("3.84" → "3,84"); `..` for a suppressed figure. */
export function numberText(value: string | number | null): string {
  return value === null ? SUPPRESSED : String(value).replace('.', ',');
}

/** A fraction from the API as a percent with one decimal ("0.5211" → "52,1 %"); `–` when there is no base. */
export function percentText(fraction: string | null, suppressed = false): string {
  if (fraction === null) return suppressed ? SUPPRESSED : '–';
  return `${(Math.round(Number(fraction) * 1000) / 10).toFixed(1).replace('.', ',')} %`;
}

/** "3,0 (2,0–4,0)": the expected value and its range. */
export function rangeText(range: ForecastRange): string {
  const t = (v: string) => v.replace('.', ',');
  return range.low === range.high ? t(range.expected) : `${t(range.expected)} (${t(range.low)}–${t(range.high)})`;
}

/** An ISO date in Swedish (sv-SE writes ISO dates: 2026-06-30). */
export const dateText = (iso: string | null) => iso ?? '–';

import type { NationalLevel, NullableLevels } from '@kl/shared/contracts';
import { SUPPRESSED_CELL, valueAtKey } from '@kl/shared/util';
import { type ChartSeriesLike, fteText, kronorText, levelBars, sharePercent } from './national-view';

/** A published row or table: its values and the keys disclosure control left out. */
interface Published {
  suppressed: readonly string[];
}

/** A published value as the page shows it: `..` when suppressed, else `format` of it (null: `–`). */
export function publishedText(
  row: Published,
  key: string,
  format: 'fte' | 'share' | 'count' | 'kronor',
): string {
  const value = valueAtKey(row, key);
  if (value === null && row.suppressed.includes(key)) return SUPPRESSED_CELL;
  if (format === 'share') return sharePercent(value === null ? null : String(value));
  if (value === null) return '–';
  if (format === 'kronor') return kronorText(String(value));
  return format === 'fte' ? fteText(String(value)) : String(value);
}

/** Whether a value shows as `..` (so the cell can say so to a screen reader). */
export function isSuppressed(row: Published, key: string): boolean {
  return valueAtKey(row, key) === null && row.suppressed.includes(key);
}

/**
 * Stacked level bars of published shares: an item with any level left out has no bar (a bar
 * short of a segment would read as zero); the table beside the chart shows it with `..`.
 */
export function publishedLevelBars(items: readonly { name: string; share: NullableLevels }[]): ChartSeriesLike[] {
  const levels: readonly NationalLevel[] = ['G', 'F', 'S'];
  return levelBars(items.filter((item) => levels.every((l) => item.share[l] !== null)));
}

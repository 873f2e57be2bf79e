import { COMPETENCE_LEVELS, type CompetenceLevel, type LevelShares } from '@kl/shared/contracts';

export interface ChartPoint {
  name: string;
  value: number;
}

/** One bar of a stacked bar chart: its label and one segment per level. */
export interface ChartSeries {
  name: string;
  series: ChartPoint[];
}

/** Legend names of the segments, with the letter used everywhere else, so colour is never the only cue. */
export const LEVEL_SERIES_NAMES: Record<CompetenceLevel, string> = {
  insufficient: 'Saknar tillräcklig (S)',
  basic: 'Grundläggande (G)',
  advanced: 'Fördjupad (F)',
};

/** Stack order: lacking first, as in the tables. */
const STACK_ORDER: readonly CompetenceLevel[] = ['insufficient', 'basic', 'advanced'];

/**
 * Bars of the FTE-weighted level distribution (shares in percent, as the API computed them) for
 * areas or topics. An item nobody was assessed in has no bar: it has no distribution, and the
 * table beside the chart says so.
 */
export function levelDistributionSeries(
  items: readonly { name: string; shares: LevelShares }[],
): ChartSeries[] {
  return items
    .filter((item) => COMPETENCE_LEVELS.some((level) => item.shares[level] !== null))
    .map((item) => ({
      name: item.name,
      series: STACK_ORDER.map((level) => ({
        name: LEVEL_SERIES_NAMES[level],
        value: Number(item.shares[level] ?? 0),
      })),
    }));
}

/** Segment colours in stack order; each has ≥ 3:1 contrast against white (WCAG 1.4.11). */
export const LEVEL_COLOURS = ['#b3261e', '#1d4e5f', '#6b4c9a'];

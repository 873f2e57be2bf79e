import type {
  InventoryRound,
  LevelDistribution,
  LevelShares,
  RoundTrend,
  TrendRound,
} from '@kl/shared/contracts';
import { type ExportTable, swedishFte, swedishPercent } from '@kl/web/shared/util';
import { LEVEL_COLUMNS, levelFraction } from './dashboard-model';

export type TrendRoundRef = TrendRound['round'];

/** One area in one round; `distribution` is null when the area is not in that round's framework. */
export interface TrendPoint {
  round: TrendRoundRef;
  distribution: LevelDistribution | null;
}

export interface TrendArea {
  code: string;
  /** The name in the newest round that has the area. */
  name: string;
  /** One point per round, oldest first. */
  points: TrendPoint[];
}

export interface TrendModel {
  /** Oldest first; the last is the round the dashboard shows. */
  rounds: TrendRoundRef[];
  areas: TrendArea[];
}

/**
 * The trend per area across rounds. Rounds may use different framework versions: the API gives
 * each round in its own framework, so areas are matched by their stable code and named as in the
 * newest round that has them; an area missing from a round's framework has no distribution there.
 */
export function trendModel(trend: RoundTrend): TrendModel {
  const newestFirst = [...trend.rounds].reverse();
  const names = new Map<string, string>();
  for (const { areas } of newestFirst) {
    for (const area of areas) if (!names.has(area.code)) names.set(area.code, area.name);
  }
  return {
    rounds: trend.rounds.map(({ round }) => round),
    areas: [...names].map(([code, name]) => ({
      code,
      name,
      points: trend.rounds.map(({ round, areas }) => ({
        round,
        distribution: areas.find((area) => area.code === code) ?? null,
      })),
    })),
  };
}

/** A trend needs two rounds to compare. */
export function hasTrend(model: TrendModel): boolean {
  return model.rounds.length >= 2;
}

/**
 * Says, in Swedish, when the rounds of the trend use different framework versions and how the
 * areas are then compared; null when they all use the same.
 */
export function trendFrameworkNote(model: TrendModel, rounds: readonly InventoryRound[]): string | null {
  const frameworks = new Map(
    rounds.map((round) => [round.id, `${round.frameworkCode} version ${round.frameworkVersion}`]),
  );
  const used = [...new Set(model.rounds.map((round) => frameworks.get(round.id) ?? '?'))];
  if (used.length < 2) return null;
  const newest = model.rounds[model.rounds.length - 1];
  return (
    `Omgångarna bygger på olika versioner av kompetensramverket (${used.join(', ')}). ` +
    `Områdena jämförs efter kod och har namnen från ${newest.name}; ` +
    'ett område som saknas i en omgångs ramverk visas med –.'
  );
}

/** One row of the trend table, every figure written in Swedish. */
export interface TrendRow {
  round: TrendRoundRef;
  /** False when the area is not in the round's framework. */
  inFramework: boolean;
  /** Share per level in LEVEL_COLUMNS order; `–` when nobody was assessed. */
  shares: string[];
  assessedFte: string;
}

export function trendRows(area: TrendArea): TrendRow[] {
  return area.points.map(({ round, distribution }) => ({
    round,
    inFramework: distribution !== null,
    shares: LEVEL_COLUMNS.map(({ level }) => swedishPercent(distribution?.shares[level] ?? null)),
    assessedFte: distribution ? swedishFte(distribution.assessedFte) : '–',
  }));
}

/**
 * Per area, one item per round for the stacked level chart (oldest first), leaving out the rounds
 * whose framework lacks the area; the chart leaves out rounds where nobody was assessed.
 */
export function trendChartItems(
  model: TrendModel,
): { code: string; name: string; items: { name: string; shares: LevelShares }[] }[] {
  return model.areas.map((area) => ({
    code: area.code,
    name: area.name,
    items: area.points.flatMap(({ round, distribution }) =>
      distribution ? [{ name: round.name, shares: distribution.shares }] : [],
    ),
  }));
}

/** The trend for export, one row per area and round; FTE and shares as numbers. */
export function trendExportTable(model: TrendModel): ExportTable {
  return {
    sheetName: 'Trend per område',
    columns: [
      { heading: 'Områdeskod', kind: 'text' },
      { heading: 'Område', kind: 'text' },
      { heading: 'Omgång', kind: 'text' },
      { heading: 'Referensdatum', kind: 'date' },
      ...LEVEL_COLUMNS.map(({ heading }) => ({
        heading: `${heading}, årsarbetare`,
        kind: 'decimal' as const,
        decimals: 3,
        minDecimals: 2,
      })),
      { heading: 'Bedömda årsarbetare', kind: 'decimal', decimals: 3, minDecimals: 2 },
      ...LEVEL_COLUMNS.map(({ heading }) => ({
        heading: `${heading}, andel`,
        kind: 'share' as const,
        emptyText: '–',
      })),
      { heading: 'Bedömda personer', kind: 'integer' },
      { heading: 'Anmärkning', kind: 'text' },
    ],
    rows: model.areas.flatMap((area) =>
      area.points.map(({ round, distribution: d }) => [
        area.code,
        area.name,
        round.name,
        round.referenceDate,
        ...LEVEL_COLUMNS.map(({ level }) => (d ? Number(d.fte[level]) : null)),
        d ? Number(d.assessedFte) : null,
        ...LEVEL_COLUMNS.map(({ level }) => (d ? levelFraction(d, level) : null)),
        d ? d.assessedStaff : null,
        d ? null : 'Ingår inte i omgångens ramverk',
      ]),
    ),
  };
}

import type {
  LevelDistribution,
  LevelShares,
  RoundTrend,
  TrendRound,
} from '@kl/shared/contracts';
import { type ExportTable, swedishFte, swedishPercent } from '@kl/web/shared/util';
import { LEVEL_COLUMNS, levelFraction } from './dashboard-model';

export type TrendRoundRef = TrendRound['round'];

/** One area in one round; `distribution` is null when the round measured none of the area's topics. */
export interface TrendPoint {
  round: TrendRoundRef;
  distribution: LevelDistribution | null;
}

export interface TrendArea {
  code: string;
  name: string;
  /** One point per round, oldest first. */
  points: TrendPoint[];
}

export interface TrendModel {
  /** Oldest first; the last is the round the dashboard shows. */
  rounds: TrendRoundRef[];
  /** The framework version of each round, in the same order. */
  versions: number[];
  areas: TrendArea[];
}

/**
 * The trend per area across rounds. The API gives every round in the topics and areas of the
 * newest one (an earlier framework version carried over through the crosswalk), so the areas are
 * the newest round's; an area none of whose topics a round measured has no distribution there.
 */
export function trendModel(trend: RoundTrend): TrendModel {
  const newest = trend.rounds[trend.rounds.length - 1];
  return {
    rounds: trend.rounds.map(({ round }) => round),
    versions: trend.rounds.map(({ frameworkVersion }) => frameworkVersion),
    areas: (newest?.areas ?? []).map((area) => ({
      code: area.code,
      name: area.name,
      points: trend.rounds.map(({ round, areas, unmeasuredTopicCodes }) => {
        const distribution = areas.find((a) => a.code === area.code) ?? null;
        const measured = distribution?.topics.some((topic) => !unmeasuredTopicCodes.includes(topic.code)) ?? false;
        return { round, distribution: measured ? distribution : null };
      }),
    })),
  };
}

/** A trend needs two rounds to compare. */
export function hasTrend(model: TrendModel): boolean {
  return model.rounds.length >= 2;
}

/**
 * Says, in Swedish, when the rounds of the trend use different framework versions and how they
 * are then compared; null when they all use the same.
 */
export function trendFrameworkNote(model: TrendModel): string | null {
  const versions = [...new Set(model.versions)];
  if (versions.length < 2) return null;
  const newest = model.rounds[model.rounds.length - 1];
  return (
    `Omgångarna bygger på olika versioner av kompetensramverket (version ${versions.join(', ')}). ` +
    `Äldre omgångar räknas om till inriktningarna i ${newest.name} genom ramverkets koppling mellan versionerna.`
  );
}

/**
 * One sentence per topic whose series crosses a framework change, in Swedish: where its figures
 * in an earlier round come from (renamed, split, merged, or new and not measured).
 */
export function trendTopicNotes(trend: RoundTrend): string[] {
  const names = new Map(
    (trend.rounds[trend.rounds.length - 1]?.areas ?? []).flatMap((area) => area.topics.map((t) => [t.code, t.name] as const)),
  );
  const roundNames = new Map(trend.rounds.map(({ round }) => [round.id, round.name]));
  return trend.notes.flatMap((note) =>
    note.rounds.map(({ roundId, kind, previousTopicCodes }) => {
      const topic = `${note.topicCode} ${names.get(note.topicCode) ?? ''}`.trim();
      const round = roundNames.get(roundId) ?? '';
      const previous = previousTopicCodes.join(' och ');
      switch (kind) {
        case 'renamed':
          return `${topic}: i ${round} räknad från ${previous}, som har bytt namn eller kod.`;
        case 'split':
          return `${topic}: i ${round} räknad från ${previous}, som har delats i flera inriktningar.`;
        case 'merged':
          return `${topic}: i ${round} sammanvägd av ${previous}, som har slagits ihop.`;
        case 'new':
          return `${topic}: ny inriktning, mättes inte i ${round}.`;
      }
    }),
  );
}

/** One row of the trend table, every figure written in Swedish. */
export interface TrendRow {
  round: TrendRoundRef;
  /** False when the round measured none of the area's topics. */
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
 * that did not measure the area; the chart leaves out rounds where nobody was assessed.
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
        d ? null : 'Mättes inte i omgången (nytt i en senare version av ramverket)',
      ]),
    ),
  };
}

import type {
  CompetenceLevel,
  DashboardStaffRef,
  LevelDistribution,
  RoundDashboard,
  RoundGaps,
  TargetLevel,
  UnitGaps,
} from '@kl/shared/contracts';
import {
  type ExportColumn,
  type ExportTable,
  swedishFte,
  swedishPercent,
} from '@kl/web/shared/util';

/** Column order of every level table: as on the national forms, lacking first. */
export const LEVEL_COLUMNS = [
  { level: 'insufficient', heading: 'Saknar tillräcklig (S)' },
  { level: 'basic', heading: 'Grundläggande (G)' },
  { level: 'advanced', heading: 'Fördjupad (F)' },
] as const;

/** One row of the distribution table, every figure already written in Swedish. */
export interface DistributionRow {
  kind: 'area' | 'topic';
  code: string;
  name: string;
  /** FTE per level in LEVEL_COLUMNS order, one decimal. */
  fte: string[];
  /** Share per level in LEVEL_COLUMNS order, percent with one decimal. */
  shares: string[];
  assessedFte: string;
  notApplicableFte: string;
  assessedStaff: number;
  notAssessedStaff: number;
}

function distributionRow(
  kind: DistributionRow['kind'],
  code: string,
  name: string,
  d: LevelDistribution,
): DistributionRow {
  return {
    kind,
    code,
    name,
    fte: LEVEL_COLUMNS.map(({ level }) => swedishFte(d.fte[level])),
    shares: LEVEL_COLUMNS.map(({ level }) => swedishPercent(d.shares[level])),
    assessedFte: swedishFte(d.assessedFte),
    notApplicableFte: swedishFte(d.notApplicableFte),
    assessedStaff: d.assessedStaff,
    notAssessedStaff: d.notAssessedStaff,
  };
}

/** Each area (FTE-pooled, as the API computes it) followed by its topics. */
export function distributionRows(dashboard: RoundDashboard): DistributionRow[] {
  return dashboard.areas.flatMap((area) => [
    distributionRow('area', area.code, area.name, area),
    ...area.topics.map((topic) => distributionRow('topic', topic.code, topic.name, topic)),
  ]);
}

/**
 * A level's share of the assessed FTE as an unrounded fraction (DESIGN.md §4: exports carry the
 * unrounded values), computed from the exact FTE sums; null when nobody was assessed.
 */
export function levelFraction(d: LevelDistribution, level: CompetenceLevel): number | null {
  const assessed = Number(d.assessedFte);
  return d.shares[level] === null || assessed === 0 ? null : Number(d.fte[level]) / assessed;
}

/** FTE is kept in thousandths: two decimals, three when a sum has a third. */
const fteColumn = (heading: string): ExportColumn => ({ heading, kind: 'decimal', decimals: 3, minDecimals: 2 });
const shareColumn = (heading: string): ExportColumn => ({ heading, kind: 'share', emptyText: '–' });

/** The distribution table for export: each area, then its topics; FTE and shares as numbers. */
export function distributionExportTable(dashboard: RoundDashboard): ExportTable {
  const row = (kind: string, code: string, name: string, d: LevelDistribution) => [
    kind,
    code,
    name,
    ...LEVEL_COLUMNS.map(({ level }) => Number(d.fte[level])),
    Number(d.assessedFte),
    ...LEVEL_COLUMNS.map(({ level }) => levelFraction(d, level)),
    Number(d.notApplicableFte),
    d.assessedStaff,
    d.notAssessedStaff,
  ];
  return {
    sheetName: 'Nivåfördelning',
    columns: [
      { heading: 'Nivå i tabellen', kind: 'text' },
      { heading: 'Kod', kind: 'text' },
      { heading: 'Namn', kind: 'text' },
      ...LEVEL_COLUMNS.map(({ heading }) => fteColumn(`${heading}, årsarbetare`)),
      fteColumn('Bedömda årsarbetare'),
      ...LEVEL_COLUMNS.map(({ heading }) => shareColumn(`${heading}, andel`)),
      fteColumn('Ej tillämplig, årsarbetare'),
      { heading: 'Bedömda personer', kind: 'integer' },
      { heading: 'Ej bedömda personer', kind: 'integer' },
    ],
    rows: dashboard.areas.flatMap((area) => [
      row('Område', area.code, area.name, area),
      ...area.topics.map((topic) => row('Inriktning', topic.code, topic.name, topic)),
    ]),
  };
}

export interface HeatmapCell {
  code: string;
  /** The share lacking competence in Swedish, `–` when nobody in the unit was assessed. */
  text: string;
  /** A band for the background, always alongside the text: 0 (none or not assessed) to 3 (≥ 50 %). */
  band: 0 | 1 | 2 | 3;
  /** The unit has a gap against its målnivåer in the topic (the API's gap FTE above zero). */
  belowTarget: boolean;
}

export interface HeatmapTable {
  topics: { code: string; name: string }[];
  rows: { unitId: string; unitName: string; cells: HeatmapCell[] }[];
}

function bandOf(share: string | null): HeatmapCell['band'] {
  if (share === null) return 0;
  const value = Number(share);
  if (value >= 50) return 3;
  if (value >= 25) return 2;
  return value > 0 ? 1 : 0;
}

function frameworkTopics(dashboard: RoundDashboard): { code: string; name: string }[] {
  return dashboard.areas.flatMap((area) =>
    area.topics.map((topic) => ({ code: topic.code, name: topic.name })),
  );
}

/**
 * Unit × topic, every topic of the framework as a column in area order; with the API's gaps per
 * unit (same round and scope) each cell also says whether the unit is below its målnivå there.
 */
export function heatmapTable(dashboard: RoundDashboard, gaps: UnitGaps | null = null): HeatmapTable {
  const topics = frameworkTopics(dashboard);
  const gapsOf = new Map(
    (gaps?.round.id === dashboard.round.id ? gaps.units : []).map((unit) => [
      unit.unitId,
      new Set(unit.topics.filter((t) => Number(t.gapFte) > 0).map((t) => t.topicCode)),
    ]),
  );
  return {
    topics,
    rows: dashboard.heatmap.map((unit) => {
      const byCode = new Map(unit.topics.map((topic) => [topic.code, topic.insufficientShare]));
      const below = gapsOf.get(unit.unitId);
      return {
        unitId: unit.unitId,
        unitName: unit.unitName,
        cells: topics.map(({ code }) => {
          const share = byCode.get(code) ?? null;
          return {
            code,
            text: swedishPercent(share),
            band: bandOf(share),
            belowTarget: below?.has(code) ?? false,
          };
        }),
      };
    }),
  };
}

const TARGET_LEVEL_TEXT: Record<TargetLevel, string> = {
  basic: 'grundläggande',
  advanced: 'fördjupad',
};

/** One topic with a gap against the målnivåer on the overview, every figure in Swedish. */
export interface OverviewGapRow {
  rank: number;
  topicCode: string;
  topicName: string;
  /** "grundläggande", "grundläggande, minst 80,0 %". */
  target: string;
  belowFte: string;
  belowShare: string;
  gapFte: string;
}

/** The API's gap list for the overview: the topics with a gap, largest first (the API's rank). */
export function overviewGapRows(gaps: RoundGaps): OverviewGapRow[] {
  return gaps.topics
    .filter((topic) => Number(topic.gapFte) > 0)
    .map((topic) => ({
      rank: topic.rank,
      topicCode: topic.topicCode,
      topicName: topic.topicName,
      target:
        topic.targetLevels.map((level) => TARGET_LEVEL_TEXT[level]).join(', ') +
        (topic.requiredShare === '100.0' ? '' : `, minst ${swedishPercent(topic.requiredShare)}`),
      belowFte: swedishFte(topic.belowFte),
      belowShare: swedishPercent(topic.belowShare),
      gapFte: swedishFte(topic.gapFte),
    }));
}

/**
 * Units as rows, topics as columns, the share lacking as a fraction. The API sends this share
 * rounded to one decimal of a percent (it has no FTE per level per unit), so that is what is exported.
 */
export function heatmapExportTable(dashboard: RoundDashboard): ExportTable {
  const topics = frameworkTopics(dashboard);
  return {
    sheetName: 'Saknar tillräcklig per enhet',
    columns: [
      { heading: 'Enhet', kind: 'text' },
      ...topics.map((topic) => shareColumn(`${topic.code} ${topic.name}`)),
    ],
    rows: dashboard.heatmap.map((unit) => {
      const shares = new Map(unit.topics.map((topic) => [topic.code, topic.insufficientShare]));
      return [
        unit.unitName,
        ...topics.map(({ code }) => {
          const share = shares.get(code) ?? null;
          return share === null ? null : Number(share) / 100;
        }),
      ];
    }),
  };
}

/** Coverage in words, e.g. "32 av 40 medarbetare bedömda (80,0 %)". */
export function coverageText(coverage: RoundDashboard['coverage']): string {
  const share = coverage.share === null ? '' : ` (${swedishPercent(coverage.share)})`;
  return `${coverage.assessedStaff} av ${coverage.staff} medarbetare bedömda${share}`;
}

/** A list of people (not assessed, or new) with their unit names and start of employment. */
export function staffExportTable(
  sheetName: string,
  staff: readonly DashboardStaffRef[],
  unitName: (unitId: string) => string,
): ExportTable {
  return {
    sheetName,
    columns: [
      { heading: 'Efternamn', kind: 'text' },
      { heading: 'Förnamn', kind: 'text' },
      { heading: 'Enhet', kind: 'text' },
      { heading: 'Anställd från', kind: 'date' },
    ],
    rows: staff.map((person) => [
      person.lastName,
      person.firstName,
      unitName(person.unitId),
      person.employmentStart,
    ]),
  };
}

import type { DashboardStaffRef, LevelDistribution, RoundDashboard } from '@kl/shared/contracts';
import { swedishDecimal, swedishPercent } from '@kl/web/shared/util';

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
    fte: LEVEL_COLUMNS.map(({ level }) => swedishDecimal(d.fte[level])),
    shares: LEVEL_COLUMNS.map(({ level }) => swedishPercent(d.shares[level])),
    assessedFte: swedishDecimal(d.assessedFte),
    notApplicableFte: swedishDecimal(d.notApplicableFte),
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

export const DISTRIBUTION_HEADINGS = [
  'Nivå i tabellen',
  'Kod',
  'Namn',
  ...LEVEL_COLUMNS.map(({ heading }) => `${heading}, årsarbetare`),
  'Bedömda årsarbetare',
  ...LEVEL_COLUMNS.map(({ heading }) => `${heading}, andel`),
  'Ej tillämplig, årsarbetare',
  'Bedömda personer',
  'Ej bedömda personer',
];

export function distributionCsvRows(rows: readonly DistributionRow[]): string[][] {
  return [
    DISTRIBUTION_HEADINGS,
    ...rows.map((row) => [
      row.kind === 'area' ? 'Område' : 'Inriktning',
      row.code,
      row.name,
      ...row.fte,
      row.assessedFte,
      ...row.shares,
      row.notApplicableFte,
      String(row.assessedStaff),
      String(row.notAssessedStaff),
    ]),
  ];
}

export interface HeatmapCell {
  code: string;
  /** The share lacking competence in Swedish, `–` when nobody in the unit was assessed. */
  text: string;
  /** A band for the background, always alongside the text: 0 (none or not assessed) to 3 (≥ 50 %). */
  band: 0 | 1 | 2 | 3;
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

/** Unit × topic, every topic of the framework as a column in area order. */
export function heatmapTable(dashboard: RoundDashboard): HeatmapTable {
  const topics = dashboard.areas.flatMap((area) =>
    area.topics.map((topic) => ({ code: topic.code, name: topic.name })),
  );
  return {
    topics,
    rows: dashboard.heatmap.map((unit) => {
      const byCode = new Map(unit.topics.map((topic) => [topic.code, topic.insufficientShare]));
      return {
        unitId: unit.unitId,
        unitName: unit.unitName,
        cells: topics.map(({ code }) => {
          const share = byCode.get(code) ?? null;
          return { code, text: swedishPercent(share), band: bandOf(share) };
        }),
      };
    }),
  };
}

export function heatmapCsvRows(table: HeatmapTable): string[][] {
  return [
    ['Enhet', ...table.topics.map((topic) => `${topic.code} ${topic.name}`)],
    ...table.rows.map((row) => [row.unitName, ...row.cells.map((cell) => cell.text)]),
  ];
}

/** Coverage in words, e.g. "32 av 40 medarbetare bedömda (80,0 %)". */
export function coverageText(coverage: RoundDashboard['coverage']): string {
  const share = coverage.share === null ? '' : ` (${swedishPercent(coverage.share)})`;
  return `${coverage.assessedStaff} av ${coverage.staff} medarbetare bedömda${share}`;
}

export function staffCsvRows(
  staff: readonly DashboardStaffRef[],
  unitName: (unitId: string) => string,
): string[][] {
  return [
    ['Efternamn', 'Förnamn', 'Enhet', 'Anställd från'],
    ...staff.map((person) => [
      person.lastName,
      person.firstName,
      unitName(person.unitId),
      person.employmentStart,
    ]),
  ];
}

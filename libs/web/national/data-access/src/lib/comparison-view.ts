import {
  INDICATOR_ANSWERS,
  type ComparisonTrend,
  type IndicatorMeasure,
  type NationalLevel,
  type NationalTable,
  type NationalTableName,
  type PublishedTable,
} from '@kl/shared/contracts';
import type { ExportTable } from '@kl/web/shared/util';
import { type ChartSeriesLike, fteText, INDICATOR_LABELS, percentValue, sharePercent } from './national-view';

/**
 * A kommun's comparison and the regional view as lines of figures: one line per topic, area or
 * measure, one value per column (the kommun's own, exact; the published national, län and
 * kommungrupp values, suppressed where the publication suppressed them).
 */

/** A table as the comparison reads it: the kommun's exact one or a published one. */
export type ComparableTable = NationalTable | PublishedTable;

export type FigureKind = 'share' | 'fte' | 'count' | 'answers';

/** One value of a line; `suppressed` when the publication left it out (shown as `..`). */
export interface ComparisonValue {
  value: string | number | null;
  suppressed: boolean;
}

export interface ComparisonLine {
  label: string;
  kind: FigureKind;
  values: ComparisonValue[];
}

export interface ComparisonColumn {
  heading: string;
  table: ComparableTable | null;
}

/** The tables a comparison offers, with their Swedish names. */
export const COMPARISON_TABLE_LABELS: Record<NationalTableName, string> = {
  areas: 'Kompetensområden',
  topics: 'Inriktningar',
  caseworkers: 'Handläggare',
  'team-leaders': 'Arbetsledare',
  indicators: 'Kommunernas arbete med kompetensutveckling',
  training: 'Genomförd utbildning',
  staffing: 'Bemanning',
};

type Row = Record<string, unknown> & { suppressed?: string[] };

const CASEWORKER_FIGURES: readonly [key: string, label: string, kind: FigureKind][] = [
  ['fte.K', 'Handläggare, kvinnor (årsarbetare)', 'fte'],
  ['fte.M', 'Handläggare, män (årsarbetare)', 'fte'],
  ['fte.A', 'Handläggare, annat/ej angivet (årsarbetare)', 'fte'],
  ['fte.total', 'Handläggare, totalt (årsarbetare)', 'fte'],
  ['socionomUnder1YearFte', 'Varav socionomexamen och < 1 års erfarenhet (årsarbetare)', 'fte'],
  ['withoutSocionomFte.total', 'Varav utan socionomexamen (årsarbetare)', 'fte'],
  ['fortbildning', 'Handläggare med fortbildning (antal)', 'count'],
  ['vidareutbildning', 'Handläggare med vidareutbildning på högskolenivå (antal)', 'count'],
  ['magister', 'Varav magisterutbildning (antal)', 'count'],
];

const TEAM_LEADER_FIGURES: readonly [key: string, label: string, kind: FigureKind][] = [
  ['count.K', 'Arbetsledare, kvinnor', 'count'],
  ['count.M', 'Arbetsledare, män', 'count'],
  ['count.A', 'Arbetsledare, annat/ej angivet', 'count'],
  ['count.total', 'Arbetsledare, totalt', 'count'],
  ['firstManagerialJob', 'Varav första chefsjobbet', 'count'],
  ['needOfDevelopment', 'Varav behov av kompetensutveckling', 'count'],
  ['under3Years', 'Varav mindre än 3 års erfarenhet', 'count'],
  ['fortbildning', 'Arbetsledare med fortbildning', 'count'],
  ['vidareutbildning', 'Arbetsledare med vidareutbildning', 'count'],
  ['magister', 'Varav magisterutbildning', 'count'],
];

function valueAt(row: Row | undefined, key: string): ComparisonValue {
  if (!row) return { value: null, suppressed: false };
  const value = key.split('.').reduce<unknown>((at, part) => (at as Record<string, unknown> | undefined)?.[part], row);
  const shown = typeof value === 'string' || typeof value === 'number' ? value : null;
  return { value: shown, suppressed: shown === null && (row.suppressed ?? []).includes(key) };
}

function rowsOf(table: ComparableTable | null): Row[] {
  if (!table) return [];
  return 'rows' in table ? (table.rows as unknown as Row[]) : [table as unknown as Row];
}

/**
 * The lines of one table over the columns: topics and areas at one level (a topic's share of its
 * total; an area's share of its FTE), the staff tables per figure, indicators per measure (the
 * kommun's own answer; the others' counts per answer).
 */
export function comparisonLines(
  table: NationalTableName,
  columns: readonly ComparisonColumn[],
  level: NationalLevel,
  names: ReadonlyMap<string, string>,
): ComparisonLine[] {
  const tables = columns.map((c) => c.table);
  const find = (t: ComparableTable | null, key: string, code: string) => rowsOf(t).find((r) => r[key] === code);
  switch (table) {
    case 'topics':
    case 'areas': {
      const key = table === 'topics' ? 'topic' : 'area';
      const path = table === 'topics' ? `share.${level}` : `pooledShare.${level}`;
      const codes = rowsOf(tables.find((t) => t !== null) ?? null).map((r) => String(r[key]));
      return codes.map((code) => ({
        label: table === 'topics' ? `${code} ${names.get(code) ?? ''}`.trim() : (names.get(code) ?? code),
        kind: 'share',
        values: tables.map((t) => valueAt(find(t, key, code), path)),
      }));
    }
    case 'caseworkers':
    case 'team-leaders':
      return (table === 'caseworkers' ? CASEWORKER_FIGURES : TEAM_LEADER_FIGURES).map(([path, label, kind]) => ({
        label,
        kind,
        values: tables.map((t) => valueAt(rowsOf(t)[0], path)),
      }));
    case 'indicators': {
      const measures = rowsOf(tables.find((t) => t !== null) ?? null).map((r) => r['measure'] as IndicatorMeasure);
      return measures.map((measure) => ({
        label: INDICATOR_LABELS[measure],
        kind: 'answers',
        values: columns.map((c) => answersText(find(c.table, 'measure', measure), c.table?.policy === null)),
      }));
    }
    case 'training':
    case 'staffing':
      // Not offered on the comparison and regional pages (lists of lines of their own, docs/national.md §7 and §10).
      return [];
  }
}

/** A kommun's own answer ("ja"), or the published counts ("ja 12, delvis 3, nej .."). */
function answersText(row: Row | undefined, own: boolean): ComparisonValue {
  if (!row) return { value: null, suppressed: false };
  if (own) return { value: INDICATOR_ANSWERS.find((a) => row[a] === 1) ?? null, suppressed: false };
  const counts = INDICATOR_ANSWERS.map((a) => `${a} ${row[a] === null ? '..' : String(row[a])}`);
  return { value: counts.join(', '), suppressed: false };
}

/** A value as the page shows it: `..` when suppressed, `–` when there is none. */
export function comparisonText(kind: FigureKind, v: ComparisonValue): string {
  if (v.suppressed) return '..';
  if (v.value === null) return '–';
  switch (kind) {
    case 'share':
      return sharePercent(String(v.value));
    case 'fte':
      return fteText(String(v.value));
    default:
      return String(v.value);
  }
}

/**
 * The lines as an export: shares as fractions and FTE as numbers, so XLSX keeps them computable;
 * no value (suppressed, or nobody to count) is written `..`.
 */
export function comparisonExport(
  sheetName: string,
  columns: readonly ComparisonColumn[],
  lines: readonly ComparisonLine[],
): ExportTable {
  const kind = lines[0]?.kind ?? 'share';
  const column =
    kind === 'share'
      ? { kind: 'share' as const, decimals: 1 }
      : kind === 'answers'
        ? { kind: 'text' as const }
        : { kind: 'decimal' as const, decimals: 1, minDecimals: 0 };
  return {
    sheetName,
    columns: [{ heading: 'Mått', kind: 'text' }, ...columns.map((c) => ({ heading: c.heading, ...column, emptyText: '..' }))],
    rows: lines.map((line) => [
      line.label,
      ...line.values.map((v) => (v.value === null || v.suppressed ? null : kind === 'answers' ? String(v.value) : Number(v.value))),
    ]),
  };
}

/**
 * The trend of one area (FTE-pooled) or topic at one level: the kommun's own line and the
 * nation's, in percent rounded once; a round without a value leaves a gap.
 */
export function comparisonTrendLines(
  trend: ComparisonTrend,
  code: string,
  level: NationalLevel,
): ChartSeriesLike[] {
  const points = trend.areas.find((a) => a.area === code)?.points ?? trend.topics.find((t) => t.topic === code)?.points ?? [];
  const line = (name: string, pick: (p: (typeof points)[number]) => string | null | undefined) => ({
    name,
    series: points.flatMap((p) => {
      const share = pick(p);
      return share === null || share === undefined ? [] : [{ name: p.round, value: percentValue(share) }];
    }),
  });
  return [line('Egen kommun', (p) => p.own?.[level]), line('Riket', (p) => p.national?.[level])].filter((l) => l.series.length > 0);
}

import type {
  AreaTableRow,
  CaseworkersTable,
  CompletenessIssue,
  FileRowError,
  IndicatorMeasure,
  IndicatorTableRow,
  NationalLevel,
  NationalMeasure,
  NationalRoundStatus,
  NationalTrend,
  ResponseRate,
  SubmissionSource,
  TeamLeadersTable,
  TopicTableRow,
} from '@kl/shared/contracts';
import type { ExportTable } from '@kl/web/shared/util';
import { roundDecimalText, swedishDecimal } from '@kl/web/shared/util';
import { STAFFING_MEASURE_LABELS } from './staffing-measure-labels';
import { TRAINING_MEASURE_LABELS } from './training-measure-labels';
import { INDICATOR_LABELS, LEVEL_LABELS } from '@kl/shared/util';

export const NATIONAL_ROUND_STATUS_LABELS: Record<NationalRoundStatus, string> = {
  planned: 'Planerad',
  open: 'Öppen för inlämning',
  closed: 'Stängd',
};

export const SUBMISSION_SOURCE_LABELS: Record<SubmissionSource, string> = {
  kommun_data: 'Från kommunens egna uppgifter',
  kommun_file: 'Fil från kommunen',
  national_file: 'Inläst av nationell analytiker',
};

/** What a person lacks for the national tables, as the administrator completes it on the staff record. */
export const COMPLETENESS_ISSUE_LABELS: Record<CompletenessIssue, string> = {
  not_assessed: 'inte bedömd i någon inriktning',
  experience_after_reference_date: 'yrkeserfarenheten börjar efter referensdatum',
  experience_implausible: 'yrkeserfarenhet från över 50 år tillbaka (troligen ett utfyllnadsdatum)',
  degree_contradicts_qualification: 'ingen examen angiven men behörig',
  first_managerial_job_missing: 'uppgift saknas om första chefsjobbet',
  needs_development_missing: 'uppgift saknas om behov av kompetensutveckling',
};

export { INDICATOR_LABELS, LEVEL_LABELS };

/** A measure's name for the preview table. */
export function measureLabel(measure: NationalMeasure): string {
  if (measure in INDICATOR_LABELS) return INDICATOR_LABELS[measure as IndicatorMeasure];
  return MEASURE_LABELS[measure as Exclude<NationalMeasure, IndicatorMeasure>];
}

const MEASURE_LABELS: Record<Exclude<NationalMeasure, IndicatorMeasure>, string> = {
  ...TRAINING_MEASURE_LABELS,
  ...STAFFING_MEASURE_LABELS,
  bedomning_fte: 'Handläggare per nivå (årsarbetare)',
  handlaggare_fte: 'Handläggare (årsarbetare)',
  handlaggare_socionom_under1ar_fte: 'Varav socionomexamen och < 1 års erfarenhet (årsarbetare)',
  handlaggare_utan_socionom_fte: 'Varav utan socionomexamen (årsarbetare)',
  handlaggare_fortbildning_antal: 'Handläggare med fortbildning (antal)',
  handlaggare_vidareutbildning_antal: 'Handläggare med vidareutbildning (antal)',
  handlaggare_magister_antal: 'Varav magister (antal)',
  arbetsledare_antal: 'Arbetsledare (antal)',
  arbetsledare_forsta_chefsjobb_antal: 'Varav första chefsjobbet',
  arbetsledare_behov_antal: 'Varav behov av kompetensutveckling',
  arbetsledare_under3ar_antal: 'Varav < 3 års erfarenhet',
  arbetsledare_fortbildning_antal: 'Arbetsledare med fortbildning',
  arbetsledare_vidareutbildning_antal: 'Arbetsledare med vidareutbildning',
  arbetsledare_magister_antal: 'Varav magister',
};

const LEVELS: readonly NationalLevel[] = ['G', 'F', 'S'];

/** An exact share (a fraction, `"0.4571…"`) as Swedish percent rounded once (`"45,7 %"`); `–` without one. */
export function sharePercent(share: string | null): string {
  if (share === null) return '–';
  return `${swedishDecimal(shiftTwo(share), 1)} %`;
}

/** An exact share as a percent number rounded once to one decimal, for charts (`"0.4571…"` → 45.7). */
export function percentValue(share: string): number {
  return Number(roundDecimalText(shiftTwo(share), 1));
}

/** The fraction × 100 as decimal text, exactly (moves the point two places). */
function shiftTwo(fraction: string): string {
  const [whole, decimals = ''] = fraction.split('.');
  const padded = decimals.padEnd(2, '0');
  const integer = `${whole}${padded.slice(0, 2)}`.replace(/^(-?)0+(?=\d)/, '$1');
  const rest = padded.slice(2);
  return rest ? `${integer}.${rest}` : integer;
}

/** Årsarbetare with one decimal, Swedish (`"5390.5"` → `"5 390,5"`). */
export function fteText(value: string): string {
  const [whole, decimals] = swedishDecimal(value, 1).split(',');
  return `${whole.replace(/\B(?=(\d{3})+(?!\d))/g, '\u00a0')},${decimals}`;
}

/** Exact kronor as whole kronor, Swedish (`"987654.50"` → `"987 655 kr"`, rounded half away from zero). */
export function kronorText(value: string): string {
  return `${swedishDecimal(value, 0).replace(/\B(?=(\d{3})+(?!\d))/g, '\u00a0')} kr`;
}

/** A response rate as Swedish text: "12 av 21 (57,1 %)". */
export function responseRateText(rate: ResponseRate): string {
  return `${rate.submitted} av ${rate.kommuner}${rate.rate === null ? '' : ` (${sharePercent(rate.rate)})`}`;
}

export interface ChartSeriesLike {
  name: string;
  series: { name: string; value: number }[];
}

/**
 * Stacked bars (percent, S first as in the tables) per topic or area from exact shares; the
 * percentages are rounded once for the chart, and items without a total have no bar.
 */
export function levelBars(items: readonly { name: string; share: Record<NationalLevel, string | null> }[]): ChartSeriesLike[] {
  return items
    .filter((item) => LEVELS.some((l) => item.share[l] !== null))
    .map((item) => ({
      name: item.name,
      series: (['S', 'G', 'F'] as const).map((l) => ({
        name: LEVEL_LABELS[l],
        value: Number(roundDecimalText(shiftTwo(item.share[l] ?? '0'), 1)),
      })),
    }));
}

/**
 * Trend lines for the topics of one area: per topic, its share at `level` in percent (rounded once)
 * in each round where it had a total; a round without one leaves a gap rather than a zero.
 */
export function trendLines(
  trend: NationalTrend,
  area: string,
  level: NationalLevel,
  topicNames: ReadonlyMap<string, string>,
): ChartSeriesLike[] {
  return trend.topics
    .filter((t) => t.area === area)
    .map((t) => ({
      name: `${t.topic} ${topicNames.get(t.topic) ?? ''}`.trim(),
      series: t.points.flatMap((p) => {
        const share = p.share[level];
        return share === null ? [] : [{ name: p.round, value: Number(roundDecimalText(shiftTwo(share), 1)) }];
      }),
    }))
    .filter((line) => line.series.length > 0);
}

/**
 * Stacked bars per kommungrupp or län of one area's FTE-pooled shares (each group's own areas
 * table); a group without assessed FTE in the area has no bar.
 */
export function breakdownBars(
  groups: readonly { name: string; areas: readonly AreaTableRow[] }[],
  area: string,
): ChartSeriesLike[] {
  return levelBars(
    groups.map((g) => ({ name: g.name, share: g.areas.find((a) => a.area === area)?.pooledShare ?? { G: null, F: null, S: null } })),
  );
}

/** Exports carry the FTE, the unrounded share (a fraction, shown as percent) and N. */
export function topicsExport(rows: readonly TopicTableRow[], topicNames: ReadonlyMap<string, string>): ExportTable {
  return {
    sheetName: 'Inriktningar',
    columns: [
      { heading: 'Inriktning', kind: 'text' },
      { heading: 'Område', kind: 'text' },
      ...LEVELS.flatMap((l) => [
        { heading: `${LEVEL_LABELS[l]}, årsarbetare`, kind: 'decimal' as const, decimals: 1 },
        { heading: `${LEVEL_LABELS[l]}, andel`, kind: 'share' as const, decimals: 1, emptyText: '–' },
        { heading: `${LEVEL_LABELS[l]}, andel (exakt)`, kind: 'text' as const },
      ]),
      { heading: 'Totalt, årsarbetare', kind: 'decimal', decimals: 1 },
      { heading: 'N (kommuner)', kind: 'integer' },
    ],
    rows: rows.map((r) => [
      `${r.topic} ${topicNames.get(r.topic) ?? ''}`.trim(),
      r.area,
      ...LEVELS.flatMap((l) => [Number(r.fte[l]), r.share[l] === null ? null : Number(r.share[l]), r.share[l] ?? '']),
      Number(r.total),
      r.n,
    ]),
  };
}

export function areasExport(rows: readonly AreaTableRow[], areaNames: ReadonlyMap<string, string>): ExportTable {
  return {
    sheetName: 'Områden',
    columns: [
      { heading: 'Område', kind: 'text' },
      ...LEVELS.map((l) => ({ heading: `${LEVEL_LABELS[l]}, medel av inriktningarnas andelar`, kind: 'share' as const, decimals: 1, emptyText: '–' })),
      ...LEVELS.map((l) => ({ heading: `${LEVEL_LABELS[l]}, andel av årsarbetarna`, kind: 'share' as const, decimals: 1, emptyText: '–' })),
      ...LEVELS.map((l) => ({ heading: `${LEVEL_LABELS[l]}, årsarbetare`, kind: 'decimal' as const, decimals: 1 })),
      { heading: 'N (kommuner)', kind: 'integer' },
    ],
    rows: rows.map((r) => [
      `${r.area} ${areaNames.get(r.area) ?? ''}`.trim(),
      ...LEVELS.map((l) => (r.meanOfTopicShares[l] === null ? null : Number(r.meanOfTopicShares[l]))),
      ...LEVELS.map((l) => (r.pooledShare[l] === null ? null : Number(r.pooledShare[l]))),
      ...LEVELS.map((l) => Number(r.fte[l])),
      r.n,
    ]),
  };
}

/** The caseworker and team leader tables as label–value rows, for the page and the export. */
export function staffFigureRows(cw: CaseworkersTable, tl: TeamLeadersTable): { label: string; value: string; n: number }[] {
  return [
    { label: 'Handläggare, kvinnor (årsarbetare)', value: fteText(cw.fte.K), n: cw.n },
    { label: 'Handläggare, män (årsarbetare)', value: fteText(cw.fte.M), n: cw.n },
    { label: 'Handläggare, annat/ej angivet (årsarbetare)', value: fteText(cw.fte.A), n: cw.n },
    { label: 'Handläggare, totalt (årsarbetare)', value: fteText(cw.fte.total), n: cw.n },
    { label: 'Varav socionomexamen och < 1 års erfarenhet', value: fteText(cw.socionomUnder1YearFte), n: cw.n },
    { label: 'Varav utan socionomexamen', value: fteText(cw.withoutSocionomFte.total), n: cw.n },
    { label: 'Handläggare med fortbildning (antal)', value: String(cw.fortbildning), n: cw.nEducation },
    { label: 'Handläggare med vidareutbildning på högskolenivå (antal)', value: String(cw.vidareutbildning), n: cw.nEducation },
    { label: 'Varav magisterutbildning (antal)', value: String(cw.magister), n: cw.nEducation },
    { label: 'Arbetsledare, kvinnor', value: String(tl.count.K), n: tl.n },
    { label: 'Arbetsledare, män', value: String(tl.count.M), n: tl.n },
    { label: 'Arbetsledare, annat/ej angivet', value: String(tl.count.A), n: tl.n },
    { label: 'Arbetsledare, totalt', value: String(tl.count.total), n: tl.n },
    { label: 'Varav första chefsjobbet', value: String(tl.firstManagerialJob), n: tl.n },
    { label: 'Varav behov av kompetensutveckling', value: String(tl.needOfDevelopment), n: tl.n },
    { label: 'Varav mindre än 3 års erfarenhet', value: String(tl.under3Years), n: tl.n },
    { label: 'Arbetsledare med fortbildning', value: String(tl.fortbildning), n: tl.n },
    { label: 'Arbetsledare med vidareutbildning', value: String(tl.vidareutbildning), n: tl.n },
    { label: 'Varav magisterutbildning', value: String(tl.magister), n: tl.n },
  ];
}

export function staffFiguresExport(rows: readonly { label: string; value: string; n: number }[]): ExportTable {
  return {
    sheetName: 'Handläggare och arbetsledare',
    columns: [
      { heading: 'Mått', kind: 'text' },
      { heading: 'Värde', kind: 'text' },
      { heading: 'N (kommuner)', kind: 'integer' },
    ],
    rows: rows.map((r) => [r.label, r.value.replace(/\u00a0/g, ''), r.n]),
  };
}

export function indicatorsExport(rows: readonly IndicatorTableRow[]): ExportTable {
  return {
    sheetName: 'Indikatorer',
    columns: [
      { heading: 'Indikator', kind: 'text' },
      { heading: 'Ja', kind: 'integer' },
      { heading: 'Delvis', kind: 'integer' },
      { heading: 'Nej', kind: 'integer' },
      { heading: 'N (kommuner)', kind: 'integer' },
    ],
    rows: rows.map((r) => [INDICATOR_LABELS[r.measure], r.ja, r.delvis, r.nej, r.n]),
  };
}

/** A wrong row of a file, as the page lists it: "Rad 12, kolumn varde: …". */
export function fileErrorText(error: FileRowError): string {
  const place = error.row === 0 ? 'Filen' : `Rad ${error.row}`;
  return `${place}${error.column ? `, kolumn ${error.column}` : ''}: ${error.message}`;
}

import type {
  NationalLevel,
  NationalTableName,
  PublishedAreaRow,
  PublishedCaseworkers,
  PublishedIndicatorRow,
  PublishedRoundDetail,
  PublishedTables,
  PublishedTeamLeaders,
  PublishedTopicRow,
} from '@kl/shared/contracts';
import { type ExportColumn, type ExportTable, type ExportValue, SUPPRESSED_CELL } from '../export-table';
import { INDICATOR_LABELS, LEVEL_LABELS } from '../national-labels';
import { publishedStaffingExport } from './published-staffing';
import { publishedTrainingExport } from './published-training';

const LEVELS: readonly NationalLevel[] = ['G', 'F', 'S'];

/** Shown for a share of nobody (no one assessed in the topic): there is nothing to hide. */
export const NO_SHARE_TEXT = '–';

/** The tables' Swedish names, as headings, sheet names and file names use them. */
export const PUBLISHED_TABLE_TITLES: Record<NationalTableName, string> = {
  topics: 'Handläggare per inriktning',
  areas: 'Handläggare per kompetensområde',
  caseworkers: 'Handläggare',
  'team-leaders': 'Arbetsledare',
  indicators: 'Kommunernas arbete med kompetensutveckling',
  training: 'Genomförd utbildning',
  staffing: 'Bemanning: personalomsättning, konsulter och vakanser',
};

/** Names of the areas and topics of a published round's framework. */
export interface PublishedNames {
  areas: ReadonlyMap<string, string>;
  topics: ReadonlyMap<string, string>;
}

export function publishedNames(detail: Pick<PublishedRoundDetail, 'areas'>): PublishedNames {
  return {
    areas: new Map(detail.areas.map((a) => [a.code, a.name])),
    topics: new Map(detail.areas.flatMap((a) => a.topics.map((t) => [t.code, t.name] as const))),
  };
}

/**
 * A published value as an export cell: the number, `..` when disclosure control left it out (its
 * key is in `suppressed`), or null (no value: a share of nobody).
 */
export function publishedCell(value: string | number | null, key: string, suppressed: readonly string[]): ExportValue {
  if (value !== null) return Number(value);
  return suppressed.includes(key) ? SUPPRESSED_CELL : null;
}

/** The exact published fraction as text (`..` when left out), beside the share rounded for reading. */
function exactShare(value: string | null, key: string, suppressed: readonly string[]): ExportValue {
  if (value !== null) return value;
  return suppressed.includes(key) ? SUPPRESSED_CELL : '';
}

const fteColumn = (heading: string): ExportColumn => ({ heading, kind: 'decimal', decimals: 1 });
const shareColumn = (heading: string): ExportColumn => ({ heading, kind: 'share', decimals: 1, emptyText: NO_SHARE_TEXT });
const countColumn = (heading: string): ExportColumn => ({ heading, kind: 'integer' });
const N_COLUMN = countColumn('N (kommuner)');

export function publishedTopicsExport(rows: readonly PublishedTopicRow[], names: PublishedNames): ExportTable {
  return {
    sheetName: 'Inriktningar',
    columns: [
      { heading: 'Inriktning', kind: 'text' },
      { heading: 'Område', kind: 'text' },
      ...LEVELS.flatMap((l) => [
        fteColumn(`${LEVEL_LABELS[l]}, årsarbetare`),
        shareColumn(`${LEVEL_LABELS[l]}, andel`),
        { heading: `${LEVEL_LABELS[l]}, andel (exakt)`, kind: 'text' as const },
      ]),
      fteColumn('Totalt, årsarbetare'),
      N_COLUMN,
    ],
    rows: rows.map((r) => [
      `${r.topic} ${names.topics.get(r.topic) ?? ''}`.trim(),
      `${r.area} ${names.areas.get(r.area) ?? ''}`.trim(),
      ...LEVELS.flatMap((l) => [
        publishedCell(r.fte[l], `fte.${l}`, r.suppressed),
        publishedCell(r.share[l], `share.${l}`, r.suppressed),
        exactShare(r.share[l], `share.${l}`, r.suppressed),
      ]),
      publishedCell(r.total, 'total', r.suppressed),
      r.n,
    ]),
  };
}

export function publishedAreasExport(rows: readonly PublishedAreaRow[], names: PublishedNames): ExportTable {
  return {
    sheetName: 'Områden',
    columns: [
      { heading: 'Område', kind: 'text' },
      ...LEVELS.map((l) => shareColumn(`${LEVEL_LABELS[l]}, medel av inriktningarnas andelar`)),
      ...LEVELS.map((l) => shareColumn(`${LEVEL_LABELS[l]}, andel av årsarbetarna`)),
      ...LEVELS.map((l) => fteColumn(`${LEVEL_LABELS[l]}, årsarbetare`)),
      N_COLUMN,
    ],
    rows: rows.map((r) => [
      `${r.area} ${names.areas.get(r.area) ?? ''}`.trim(),
      ...LEVELS.map((l) => publishedCell(r.meanOfTopicShares[l], `meanOfTopicShares.${l}`, r.suppressed)),
      ...LEVELS.map((l) => publishedCell(r.pooledShare[l], `pooledShare.${l}`, r.suppressed)),
      ...LEVELS.map((l) => publishedCell(r.fte[l], `fte.${l}`, r.suppressed)),
      r.n,
    ]),
  };
}

/** One measure of the caseworker or team leader table: its key in the published table and its name. */
export interface StaffMeasure {
  key: string;
  label: string;
  unit: 'årsarbetare' | 'antal';
  /** Which N it rests on: kommuner reporting FTE, or education. */
  n: 'n' | 'nEducation';
}

const GENDERS = [
  ['K', 'kvinnor'],
  ['M', 'män'],
  ['A', 'annat/ej angivet'],
  ['total', 'totalt'],
] as const;

export const CASEWORKER_MEASURES: readonly StaffMeasure[] = [
  ...GENDERS.map(([g, name]): StaffMeasure => ({ key: `fte.${g}`, label: `Handläggare, ${name}`, unit: 'årsarbetare', n: 'n' })),
  { key: 'socionomUnder1YearFte', label: 'Varav socionomexamen och < 1 års erfarenhet', unit: 'årsarbetare', n: 'n' },
  ...GENDERS.map(
    ([g, name]): StaffMeasure => ({ key: `withoutSocionomFte.${g}`, label: `Varav utan socionomexamen, ${name}`, unit: 'årsarbetare', n: 'n' }),
  ),
  { key: 'fortbildning', label: 'Handläggare med fortbildning', unit: 'antal', n: 'nEducation' },
  { key: 'vidareutbildning', label: 'Handläggare med vidareutbildning på högskolenivå', unit: 'antal', n: 'nEducation' },
  { key: 'magister', label: 'Varav magisterutbildning', unit: 'antal', n: 'nEducation' },
];

export const TEAM_LEADER_MEASURES: readonly StaffMeasure[] = [
  ...GENDERS.map(([g, name]): StaffMeasure => ({ key: `count.${g}`, label: `Arbetsledare, ${name}`, unit: 'antal', n: 'n' })),
  { key: 'firstManagerialJob', label: 'Varav första chefsjobbet', unit: 'antal', n: 'n' },
  { key: 'needOfDevelopment', label: 'Varav behov av kompetensutveckling', unit: 'antal', n: 'n' },
  { key: 'under3Years', label: 'Varav mindre än 3 års erfarenhet', unit: 'antal', n: 'n' },
  { key: 'fortbildning', label: 'Arbetsledare med fortbildning', unit: 'antal', n: 'n' },
  { key: 'vidareutbildning', label: 'Arbetsledare med vidareutbildning', unit: 'antal', n: 'n' },
  { key: 'magister', label: 'Varav magisterutbildning', unit: 'antal', n: 'n' },
];

/** The value at a dotted key (`fte.K`) of a published table. */
export function valueAtKey(table: object, key: string): string | number | null {
  return key.split('.').reduce<unknown>((at, part) => (at as Record<string, unknown>)[part], table) as string | number | null;
}

/** One published staff figure, with what the page and the files show for it. */
export interface StaffFigure extends StaffMeasure {
  value: ExportValue;
  nValue: number;
}

export function staffFigures(table: PublishedCaseworkers | PublishedTeamLeaders, measures: readonly StaffMeasure[]): StaffFigure[] {
  return measures.map((m) => ({
    ...m,
    value: publishedCell(valueAtKey(table, m.key), m.key, table.suppressed),
    nValue: m.n === 'nEducation' ? (table as PublishedCaseworkers).nEducation : table.n,
  }));
}

export function publishedCaseworkersExport(table: PublishedCaseworkers): ExportTable {
  return {
    sheetName: 'Handläggare',
    columns: [{ heading: 'Mått', kind: 'text' }, fteColumn('Årsarbetare'), countColumn('Antal'), N_COLUMN],
    rows: staffFigures(table, CASEWORKER_MEASURES).map((f) => [
      f.label,
      f.unit === 'årsarbetare' ? f.value : null,
      f.unit === 'antal' ? f.value : null,
      f.nValue,
    ]),
  };
}

export function publishedTeamLeadersExport(table: PublishedTeamLeaders): ExportTable {
  return {
    sheetName: 'Arbetsledare',
    columns: [{ heading: 'Mått', kind: 'text' }, countColumn('Antal'), N_COLUMN],
    rows: staffFigures(table, TEAM_LEADER_MEASURES).map((f) => [f.label, f.value, f.nValue]),
  };
}

export function publishedIndicatorsExport(rows: readonly PublishedIndicatorRow[]): ExportTable {
  return {
    sheetName: 'Indikatorer',
    columns: [{ heading: 'Indikator', kind: 'text' }, countColumn('Ja'), countColumn('Delvis'), countColumn('Nej'), N_COLUMN],
    rows: rows.map((r) => [
      INDICATOR_LABELS[r.measure],
      publishedCell(r.ja, 'ja', r.suppressed),
      publishedCell(r.delvis, 'delvis', r.suppressed),
      publishedCell(r.nej, 'nej', r.suppressed),
      r.n,
    ]),
  };
}

/** Every table of one filter as it is exported, in the order of the page. */
export function publishedExports(tables: PublishedTables, names: PublishedNames): Record<NationalTableName, ExportTable> {
  return {
    areas: publishedAreasExport(tables.areas.rows, names),
    topics: publishedTopicsExport(tables.topics.rows, names),
    caseworkers: publishedCaseworkersExport(tables.caseworkers),
    'team-leaders': publishedTeamLeadersExport(tables['team-leaders']),
    indicators: publishedIndicatorsExport(tables.indicators.rows),
    training: publishedTrainingExport(tables.training, names),
    staffing: publishedStaffingExport(tables.staffing),
  };
}

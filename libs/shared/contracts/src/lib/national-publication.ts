import type { IndicatorMeasure, NationalGender, NationalLevel, NationalTableFilters, NationalTableName } from './national';
import type { PublishedStaffing } from './national-staffing';
import type { PublishedTraining } from './national-training';

/**
 * Published national tables (docs/national.md §6, FORMATS.md §4): the analysts' tables with
 * disclosure control applied. A suppressed value is `null` and its key (a dotted path such as
 * `fte.G`) is listed in the row's `suppressed` (for caseworkers and team leaders: the table's).
 */

/** The thresholds and method stored with every publication. */
export interface PublicationPolicy {
  version: string;
  minKommuner: number;
  minPersons: number;
}

/** Why a value is not published: too few kommuner or persons, to protect another value, or computed from one. */
export type PublicationReason = 'primary' | 'complementary' | 'derived';

export type NullableLevels = Record<NationalLevel, string | null>;
export type NullableGenderDecimals = Record<NationalGender | 'total', string | null>;
export type NullableGenderCounts = Record<NationalGender | 'total', number | null>;

export interface PublishedTopicRow {
  topic: string;
  area: string;
  fte: NullableLevels;
  total: string | null;
  share: NullableLevels;
  n: number;
  suppressed: string[];
}

export interface PublishedAreaRow {
  area: string;
  meanOfTopicShares: NullableLevels;
  pooledShare: NullableLevels;
  fte: NullableLevels;
  n: number;
  suppressed: string[];
}

export interface PublishedCaseworkers {
  fte: NullableGenderDecimals;
  socionomUnder1YearFte: string | null;
  withoutSocionomFte: NullableGenderDecimals;
  fortbildning: number | null;
  vidareutbildning: number | null;
  magister: number | null;
  n: number;
  nEducation: number;
  suppressed: string[];
}

export interface PublishedTeamLeaders {
  count: NullableGenderCounts;
  firstManagerialJob: number | null;
  needOfDevelopment: number | null;
  under3Years: number | null;
  fortbildning: number | null;
  vidareutbildning: number | null;
  magister: number | null;
  n: number;
  suppressed: string[];
}

export interface PublishedIndicatorRow {
  measure: IndicatorMeasure;
  ja: number | null;
  delvis: number | null;
  nej: number | null;
  n: number;
  suppressed: string[];
}

/** The five tables of one filter (`all`, `kommungrupp=…`, `lan=…`, `cohort=…`) as stored in a publication. */
export interface PublishedTables {
  topics: { rows: PublishedTopicRow[] };
  areas: { rows: PublishedAreaRow[] };
  caseworkers: PublishedCaseworkers;
  'team-leaders': PublishedTeamLeaders;
  indicators: { rows: PublishedIndicatorRow[] };
  training: PublishedTraining;
  staffing: PublishedStaffing;
}

/** GET /api/public/national/rounds/{code}/tables/{table}: FORMATS.md §4 with `policy` set. */
export interface PublishedTableBase {
  round: string;
  table: NationalTableName;
  filters: NationalTableFilters;
  policy: { version: string };
}

export type PublishedTable =
  | (PublishedTableBase & { table: 'topics'; rows: PublishedTopicRow[] })
  | (PublishedTableBase & { table: 'areas'; rows: PublishedAreaRow[] })
  | (PublishedTableBase & { table: 'caseworkers' } & PublishedCaseworkers)
  | (PublishedTableBase & { table: 'team-leaders' } & PublishedTeamLeaders)
  | (PublishedTableBase & { table: 'indicators'; rows: PublishedIndicatorRow[] })
  | (PublishedTableBase & { table: 'training' } & PublishedTraining)
  | (PublishedTableBase & { table: 'staffing' } & PublishedStaffing);

/** One value not published, and why. `row` is the topic, area or measure (empty for a single-object table). */
export interface SuppressedValue {
  filter: string;
  table: NationalTableName;
  row: string;
  key: string;
  reason: PublicationReason;
}

/** How many values of a table (over every filter) are not published, per reason. */
export interface SuppressionCount {
  table: NationalTableName;
  primary: number;
  complementary: number;
  derived: number;
}

/** GET /api/national/rounds/{code}/publication-preview: what publishing now would suppress, and why. */
export interface PublicationPreview {
  round: string;
  policy: PublicationPolicy;
  counts: SuppressionCount[];
  suppressed: SuppressedValue[];
  /** By filter key: `all`, `kommungrupp=…`, `lan=…`, `cohort=…`. */
  tables: Record<string, PublishedTables>;
}

/** POST /api/national/rounds/{code}/publications. A correction (every publication after the first) says what changed. */
export interface PublishRequest {
  note?: string;
}

/** One publication of a round (immutable). */
export interface NationalPublication {
  id: string;
  round: string;
  sequence: number;
  policy: PublicationPolicy;
  publishedAt: string;
  /** The national analyst's account; null for the application (the demo seed). */
  publishedBy: string | null;
  note: string | null;
  counts: SuppressionCount[];
}

/** GET /api/public/national/rounds: the published rounds, each by its latest publication. */
export interface PublishedRound {
  code: string;
  publishedAt: string;
  sequence: number;
  policy: { version: string };
}

export const PUBLICATION_NOTE_MAX_LENGTH = 2000;

/** A kommungrupp or län a published round has tables for. */
export interface PublishedFilterOption {
  code: string;
  name: string;
}

/**
 * GET /api/public/national/rounds/{code}: what a reader needs beside the tables of the round's
 * latest publication: its dates and policy, the names of the areas and topics, and the filters
 * it has tables for.
 */
export interface PublishedRoundDetail {
  code: string;
  referenceDate: string;
  publishedAt: string;
  sequence: number;
  /** What a correction changed; null for the first publication. */
  note: string | null;
  policy: PublicationPolicy;
  framework: { code: string; version: number; name: string };
  areas: { code: string; name: string; topics: { code: string; name: string }[] }[];
  filters: { kommungrupp: PublishedFilterOption[]; lan: PublishedFilterOption[]; cohort: string[] };
}

/** The download formats of the public route: one XLSX per filter (every table), CSV and PX per table. */
export const PUBLIC_TABLE_FILE_FORMATS = ['csv', 'px'] as const;
export type PublicTableFileFormat = (typeof PUBLIC_TABLE_FILE_FORMATS)[number];

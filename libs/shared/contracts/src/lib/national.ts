import type { TopicLineageKind } from './inventory';
import type { TabularProblemCode } from './tabular';
import { STAFFING_MEASURES, type StaffingTable } from './national-staffing';
import { TRAINING_MEASURES, type TrainingTable } from './national-training';

/**
 * The national tier (DESIGN.md §4, FORMATS.md §3 and §4): national rounds, kommuner's
 * submissions of aggregates, and the national tables. Sums and shares are exact decimal strings,
 * counts are integers: the agency's own systems call these shapes, keep them stable.
 */

/** A national round's status follows its window: before it, in it, after it. */
export const NATIONAL_ROUND_STATUSES = ['planned', 'open', 'closed'] as const;
export type NationalRoundStatus = (typeof NATIONAL_ROUND_STATUSES)[number];

export const NATIONAL_ROUND_CODE_PATTERN = /^[0-9A-Za-z][0-9A-Za-z_-]{0,19}$/;

export interface NationalRound {
  id: string;
  /** E.g. `2016`: the round's name in files and routes. */
  code: string;
  frameworkId: string;
  frameworkCode: string;
  frameworkVersion: number;
  /** The kommungrupp classification the round's tables are broken down by. */
  classificationCode: string;
  /** ISO dates `YYYY-MM-DD`. */
  referenceDate: string;
  opensOn: string;
  closesOn: string;
  status: NationalRoundStatus;
  /** Kommuner with a current submission. */
  submitted: number;
  createdAt: string;
}

export interface CreateNationalRoundRequest {
  code: string;
  frameworkId: string;
  referenceDate: string;
  opensOn: string;
  closesOn: string;
  /** A classification code (e.g. `SKR-2023`); the current classification when left out. */
  classificationCode?: string;
}

/** §3 measures. */
export const TOPIC_MEASURE = 'bedomning_fte';
export const CASEWORKER_MEASURES = [
  'handlaggare_fte',
  'handlaggare_socionom_under1ar_fte',
  'handlaggare_utan_socionom_fte',
  'handlaggare_fortbildning_antal',
  'handlaggare_vidareutbildning_antal',
  'handlaggare_magister_antal',
] as const;
export const TEAM_LEADER_MEASURES = [
  'arbetsledare_antal',
  'arbetsledare_forsta_chefsjobb_antal',
  'arbetsledare_behov_antal',
  'arbetsledare_under3ar_antal',
  'arbetsledare_fortbildning_antal',
  'arbetsledare_vidareutbildning_antal',
  'arbetsledare_magister_antal',
] as const;
export const INDICATOR_MEASURES = [
  'ind_samlad_plan_handlaggare',
  'ind_plan_arbetsledare',
  'ind_plan_foljs_upp_arligen',
  'ind_uppfoljning_medarbetarsamtal',
  'ind_genomfort_handlaggare',
  'ind_genomfort_arbetsledare',
  'ind_forvaltat',
] as const;
export const NATIONAL_MEASURES = [
  TOPIC_MEASURE,
  ...CASEWORKER_MEASURES,
  ...TEAM_LEADER_MEASURES,
  ...INDICATOR_MEASURES,
  ...TRAINING_MEASURES,
  ...STAFFING_MEASURES,
] as const;
export type NationalMeasure = (typeof NATIONAL_MEASURES)[number];
export type IndicatorMeasure = (typeof INDICATOR_MEASURES)[number];

/** Levels as the §3 file writes them: grundläggande, fördjupad, saknar tillräcklig. */
export const NATIONAL_LEVELS = ['G', 'F', 'S'] as const;
export type NationalLevel = (typeof NATIONAL_LEVELS)[number];
/** Kvinna, man, annat. */
export const NATIONAL_GENDERS = ['K', 'M', 'A'] as const;
export type NationalGender = (typeof NATIONAL_GENDERS)[number];
export const INDICATOR_ANSWERS = ['ja', 'delvis', 'nej'] as const;
export type IndicatorAnswer = (typeof INDICATOR_ANSWERS)[number];

/** One row of a submission in the §3 long form. */
export interface SubmissionRow {
  /** Four digits. */
  kommunkod: string;
  omgang: string;
  matt: NationalMeasure;
  inriktning: string;
  niva: NationalLevel | '';
  kon: NationalGender | '';
  /** A decimal string with point, or an indicator answer. */
  varde: string;
}

/** 201 of a written file (§4). */
export interface SubmissionFileResult {
  kommuner: number;
  rows: number;
  /** Kommuner whose earlier submission for the round this one replaced. */
  replaced: number;
}

/** The dry run's answer: what would be written. */
export interface SubmissionFilePreview extends SubmissionFileResult {
  dryRun: true;
  /** Codes of the kommuner in the file. */
  kommunkoder: string[];
}

/** What makes a row of a file wrong (the web says it in Swedish; `message` is Swedish too). */
export const FILE_ROW_ERROR_CODES = [
  'required',
  'unknown_kommun',
  'other_kommun',
  'unknown_round',
  'unknown_measure',
  'unknown_topic',
  'unknown_level',
  'unknown_gender',
  'not_allowed',
  'not_a_number',
  'negative',
  'too_many_decimals',
  'not_whole',
  'not_an_answer',
  'duplicate',
] as const;
export type FileRowErrorCode = (typeof FILE_ROW_ERROR_CODES)[number];

/** A row's problem, or a problem of the file's form (the shared reader's {@link TabularProblemCode}). */
export interface FileRowError {
  /** As the spreadsheet shows it: the header is row 1. 0 for the file as a whole. */
  row: number;
  /** The column as the format names it; '' for a whole row or file. */
  column: string;
  code: FileRowErrorCode | TabularProblemCode;
  message: string;
}

/** 422 `IMPORT_INVALID`: every wrong row; nothing was written. */
export interface ImportInvalidBody {
  statusCode: 422;
  code: 'IMPORT_INVALID';
  message: string;
  errors: FileRowError[];
}

/** How a submission came in. */
export const SUBMISSION_SOURCES = ['kommun_data', 'kommun_file', 'national_file'] as const;
export type SubmissionSource = (typeof SUBMISSION_SOURCES)[number];

/** One kept submission; the current one has `replacedAt` null. */
export interface NationalSubmission {
  id: string;
  roundCode: string;
  kommunkod: string;
  kommunName: string;
  source: SubmissionSource;
  rows: number;
  submittedAt: string;
  replacedAt: string | null;
}

/** Submission status of a round (national analyst). */
export interface SubmissionStatus {
  round: string;
  kommuner: SubmissionStatusKommun[];
  byCounty: ResponseRate[];
  byGroup: ResponseRate[];
  total: ResponseRate;
}

export interface SubmissionStatusKommun {
  kommunkod: string;
  name: string;
  countyCode: string;
  groupCode: string | null;
  submittedAt: string | null;
  source: SubmissionSource | null;
}

export interface ResponseRate {
  code: string;
  name: string;
  submitted: number;
  kommuner: number;
  /** submitted ÷ kommuner as an exact fraction (like shares); null without kommuner. */
  rate: string | null;
}

/** A kommun administrator's submission from its own data: the kommun round and the indicators. */
export interface OwnSubmissionRequest {
  inventoryRoundId: string;
  indicators: Partial<Record<IndicatorMeasure, IndicatorAnswer>>;
}

/** A national round as a kommun sees it: its own current submission, and its closed rounds that can answer it. */
export interface OwnNationalRound {
  code: string;
  frameworkCode: string;
  frameworkVersion: number;
  referenceDate: string;
  opensOn: string;
  closesOn: string;
  status: NationalRoundStatus;
  /** The kommun's current submission, if any. */
  submission: NationalSubmission | null;
  /** The kommun's closed inventory rounds on the round's framework version. */
  inventoryRounds: { id: string; name: string; referenceDate: string }[];
}

/** What the kommun would send, with its checks, before signing. */
export interface OwnSubmissionPreview {
  round: string;
  kommunkod: string;
  rows: SubmissionRow[];
  checks: SubmissionChecks;
  /** The plan indicators as the kommun's plans of the round's year answer them (empty without plans). */
  suggestedIndicators: Partial<Record<IndicatorMeasure, IndicatorAnswer>>;
}

export interface SubmissionChecks {
  caseworkers: number;
  teamLeaders: number;
  /** Caseworkers in the population with no leader level at all. */
  caseworkersNotAssessed: number;
  /** Topic codes nobody was assessed in. */
  topicsWithoutAssessments: string[];
  /** Team leaders without first managerial job or need of development recorded (counted as no). */
  teamLeadersMissingAttributes: number;
  /** People of the population with something to complete before submitting (named by `…/completeness`). */
  peopleToComplete: number;
  /** Indicators not answered. */
  indicatorsMissing: IndicatorMeasure[];
  /** Measures that moved by more than half against the previous submission. */
  outliers: SubmissionOutlier[];
}

/**
 * What a person of a round's population lacks for the national tables: not assessed in any topic
 * (caseworkers); professional experience starting after the reference date, or so early (more
 * than a working life) that the date is a placeholder; no degree recorded although qualified
 * under SOSFS 2014:7 (which requires one); a team leader's first managerial job or need of
 * development not recorded.
 */
export const COMPLETENESS_ISSUES = [
  'not_assessed',
  'experience_after_reference_date',
  'experience_implausible',
  'degree_contradicts_qualification',
  'first_managerial_job_missing',
  'needs_development_missing',
] as const;
export type CompletenessIssue = (typeof COMPLETENESS_ISSUES)[number];

/**
 * GET /api/national/own/inventory-rounds/:id/completeness — the people of a closed round's frozen
 * population the kommun administrator should complete before submitting, named (a logged read;
 * names never reach the submission or its preview).
 */
export interface SubmissionCompleteness {
  inventoryRoundId: string;
  referenceDate: string;
  people: PersonToComplete[];
}

export interface PersonToComplete {
  /** `null` when the person's data has been erased (the frozen row stays). */
  staffMemberId: string | null;
  /** "Efternamn, Förnamn"; `null` when erased. */
  name: string | null;
  unitName: string;
  role: 'caseworker' | 'team_leader';
  issues: CompletenessIssue[];
}

export interface SubmissionOutlier {
  matt: NationalMeasure;
  inriktning: string;
  previous: string;
  current: string;
}

/** A classification file's answer. */
export interface ClassificationLoadResult {
  code: string;
  groups: number;
  kommuner: number;
}

export interface ClassificationSummary {
  code: string;
  name: string;
  groups: { code: string; name: string }[];
  kommuner: number;
}

// ---- tables (§4) ----

export const NATIONAL_TABLES = [
  'topics',
  'areas',
  'caseworkers',
  'team-leaders',
  'indicators',
  'training',
  'staffing',
] as const;
export type NationalTableName = (typeof NATIONAL_TABLES)[number];

export interface NationalTableFilters {
  kommungrupp?: string;
  lan?: string;
  cohort?: string;
}

/** Disclosure control is applied outside the national analysts (part 2); null here. */
export interface NationalTableBase {
  round: string;
  table: NationalTableName;
  filters: NationalTableFilters;
  policy: null | { version: string };
}

export type LevelDecimals = Record<NationalLevel, string>;
export type GenderDecimals = Record<NationalGender | 'total', string>;
export type GenderCounts = Record<NationalGender | 'total', number>;

export interface TopicTableRow {
  topic: string;
  area: string;
  fte: LevelDecimals;
  total: string;
  /** Unrounded; null when the total is zero. */
  share: Record<NationalLevel, string | null>;
  n: number;
  suppressed?: string[];
}

export interface AreaTableRow {
  area: string;
  /** The published report's convention: the unweighted mean of its topics' shares. */
  meanOfTopicShares: Record<NationalLevel, string | null>;
  /** FTE-pooled: the area's FTE per level over its total. */
  pooledShare: Record<NationalLevel, string | null>;
  fte: LevelDecimals;
  n: number;
  suppressed?: string[];
}

export interface TopicsTable extends NationalTableBase {
  table: 'topics';
  rows: TopicTableRow[];
}

export interface AreasTable extends NationalTableBase {
  table: 'areas';
  rows: AreaTableRow[];
}

export interface CaseworkersTable extends NationalTableBase {
  table: 'caseworkers';
  fte: GenderDecimals;
  socionomUnder1YearFte: string;
  withoutSocionomFte: GenderDecimals;
  fortbildning: number;
  vidareutbildning: number;
  magister: number;
  n: number;
  nEducation: number;
}

export interface TeamLeadersTable extends NationalTableBase {
  table: 'team-leaders';
  count: GenderCounts;
  firstManagerialJob: number;
  needOfDevelopment: number;
  under3Years: number;
  fortbildning: number;
  vidareutbildning: number;
  magister: number;
  n: number;
}

export interface IndicatorTableRow {
  measure: IndicatorMeasure;
  ja: number;
  delvis: number;
  nej: number;
  n: number;
}

export interface IndicatorsTable extends NationalTableBase {
  table: 'indicators';
  rows: IndicatorTableRow[];
}

export type NationalTable =
  | TopicsTable
  | AreasTable
  | CaseworkersTable
  | TeamLeadersTable
  | IndicatorsTable
  | TrainingTable
  | StaffingTable;

/** One round's point of a topic's trend, carried over to the trend round's topics through the crosswalk. */
export interface NationalTrendPoint {
  round: string;
  /** How the topic's figures came from that round's framework version (`same` when it is the same version). */
  kind: TopicLineageKind;
  fte: LevelDecimals;
  total: string;
  share: Record<NationalLevel, string | null>;
  /** Kommuner with a non-zero total (for a merged topic: the most of its sources). */
  n: number;
}

/** GET /api/national/rounds/{code}/trend: every round up to this one, in this round's topics. */
export interface NationalTrend {
  round: string;
  filters: NationalTableFilters;
  rounds: { code: string; referenceDate: string; frameworkVersion: number }[];
  topics: { topic: string; area: string; points: NationalTrendPoint[] }[];
}

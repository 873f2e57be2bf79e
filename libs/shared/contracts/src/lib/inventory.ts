import type { CompetenceLevel } from './competence';
import type { StaffRole } from './staff';
import type { ServiceAreaCode } from './units';

/** Inventeringsomgång status: planned → open → closed; a closed round can be reopened with a reason. */
export const ROUND_STATUSES = ['planned', 'open', 'closed'] as const;
export type RoundStatus = (typeof ROUND_STATUSES)[number];

export const ROUND_NAME_MAX_LENGTH = 120;
export const REOPEN_REASON_MAX_LENGTH = 500;
export const ASSESSMENT_COMMENT_MAX_LENGTH = 1000;
/** The most cells one save may carry (60 staff × 26 topics, with room to spare). */
export const ASSESSMENT_BATCH_MAX = 2000;

/** An inventory round of one kommun. */
export interface InventoryRound {
  id: string;
  name: string;
  /** The national round this kommun round answers, when there is one. */
  nationalRoundId: string | null;
  /** The published framework version whose topics are assessed. */
  frameworkId: string;
  frameworkCode: string;
  frameworkVersion: number;
  /** ISO dates `YYYY-MM-DD`. */
  referenceDate: string;
  opensOn: string;
  closesOn: string;
  /** Units included (with their subunits); empty means every unit of the kommun. */
  unitIds: string[];
  status: RoundStatus;
  /** The service area of the round's framework: only staff of units of this area are counted. */
  serviceAreaCode: ServiceAreaCode;
  /** Who the round counts (DESIGN.md §3): frozen when the round closed, counted today before that. */
  population: RoundPopulationCount;
  /** True while assessments may be written: open, and the closing day has not passed. */
  acceptsAssessments: boolean;
  /** Optimistic concurrency: send it back on every change. */
  version: number;
  createdAt: string;
  updatedAt: string;
}

/**
 * The population of a round: the staff of units of the framework's service area (within the
 * round's units) employed on the reference date, caseworkers and team leaders apart.
 */
export interface RoundPopulationCount {
  caseworkers: number;
  teamLeaders: number;
  /**
   * The people of the population the caller can assess: within their reach, without their own
   * record (an administrator: everyone). With one round per service area, a team leader's rounds
   * are those where this is above 0.
   */
  inReach: number;
  /** When the round closed and its population was frozen with everyone's attributes of the reference date; null while live. */
  frozenAt: string | null;
}

export interface CreateInventoryRoundRequest {
  name: string;
  nationalRoundId?: string | null;
  frameworkId: string;
  referenceDate: string;
  opensOn: string;
  closesOn: string;
  unitIds: string[];
}

/** Any of the create fields, with the version the client saw. The framework is fixed once the round has opened. */
export interface UpdateInventoryRoundRequest extends Partial<CreateInventoryRoundRequest> {
  version: number;
}

/** Open or close: the version the client saw. */
export interface RoundTransitionRequest {
  version: number;
}

export interface ReopenRoundRequest {
  version: number;
  /** Why a closed round is opened again; kept in the audit trail. */
  reason: string;
  /** A new closing day; required when the old one has passed (else the round would close again at once). */
  closesOn?: string;
}

/**
 * The value of a matrix cell: a level, `not_applicable` for a topic that does not apply, or
 * `null` for not assessed (never stored as a level: clearing a cell appends a "cleared" row).
 */
export type CellValue = CompetenceLevel | 'not_applicable' | null;
export const CELL_VALUES = ['insufficient', 'basic', 'advanced', 'not_applicable'] as const;

export const ASSESSMENT_SOURCES = ['leader', 'self'] as const;
/** `leader`: the team leader's assessment, the one that counts. `self`: shown beside, never counted. */
export type AssessmentSource = (typeof ASSESSMENT_SOURCES)[number];

/** The current state of one cell (staff member × topic × round × source). */
export interface AssessmentCell {
  value: CellValue;
  /**
   * The number of rows written to this cell so far; 0 for a cell never written. Send it back as
   * `expectedVersion` when saving.
   */
  version: number;
  comment: string | null;
  assessedAt: string | null;
  assessorId: string | null;
}

export interface MatrixTopic {
  code: string;
  name: string;
}

export interface MatrixArea {
  code: string;
  name: string;
  topics: MatrixTopic[];
}

export interface MatrixRow {
  staffMemberId: string;
  /** Anställningsnummer: the key of the `bedomningar` file the matrix exports to (FORMATS.md §2). */
  employeeNumber: string;
  firstName: string;
  lastName: string;
  unitId: string;
  unitName: string;
  fte: number;
  /**
   * Cells by topic code. Only cells ever written are present: a missing code is not assessed
   * with version 0.
   */
  cells: Record<string, AssessmentCell>;
}

/** The round as the matrix and the overview show it. */
export type RoundRef = Pick<InventoryRound, 'id' | 'name' | 'status' | 'referenceDate' | 'acceptsAssessments'>;

/** GET /api/rounds/:id/matrix */
export interface AssessmentMatrix {
  round: RoundRef;
  /** Which group of the population the rows are: caseworkers and team leaders are never pooled. */
  staffRole: StaffRole;
  areas: MatrixArea[];
  rows: MatrixRow[];
}

/** The query of the matrix, the overview and the trend. */
export interface RoundScopeQuery {
  /** Administrators: only this unit and its subunits. Team leaders: narrows their own scope. */
  unitId?: string;
  /** Caseworkers (the default) or team leaders. */
  staffRole?: StaffRole;
}

export type MatrixQuery = RoundScopeQuery;

export interface AssessmentCellInput {
  staffMemberId: string;
  topicCode: string;
  value: CellValue;
  comment?: string | null;
  /** The cell's `version` as the client last saw it (0 for a cell never written). */
  expectedVersion: number;
}

/** PUT /api/rounds/:id/assessments — one transaction. */
export interface SaveAssessmentsRequest {
  cells: AssessmentCellInput[];
}

export type SelfAssessmentCellInput = Omit<AssessmentCellInput, 'staffMemberId'>;

/** PUT /api/rounds/:id/self-assessments — the caller's own self-assessment. */
export interface SaveSelfAssessmentsRequest {
  cells: SelfAssessmentCellInput[];
}

export interface SavedCell extends AssessmentCell {
  staffMemberId: string;
  topicCode: string;
}

/** A cell that was not written because it changed since the client read it: its value now. */
export interface ConflictCell {
  staffMemberId: string;
  topicCode: string;
  expectedVersion: number;
  current: AssessmentCell;
}

/**
 * The answer of a save. 200 when every cell was written (`conflicts` empty). When any cell was
 * stale the answer is 409 `ASSESSMENT_CONFLICT` whose `current` is this object: `saved` lists the
 * cells that WERE written and committed, `conflicts` the others with their current value.
 */
export interface SaveAssessmentsResult {
  saved: SavedCell[];
  conflicts: ConflictCell[];
}

export interface PersonRound {
  id: string;
  name: string;
  referenceDate: string;
  status: RoundStatus;
}

/** One topic across rounds: the leader's and the self-assessment per round (null when never written). */
export interface PersonTopicHistory {
  code: string;
  name: string;
  areaCode: string;
  areaName: string;
  rounds: { roundId: string; leader: AssessmentCell | null; self: AssessmentCell | null }[];
}

/** GET /api/staff/:id/assessments — rounds oldest first, topics by area. */
export interface PersonAssessments {
  staffMemberId: string;
  rounds: PersonRound[];
  topics: PersonTopicHistory[];
}

export type LevelFte = Record<CompetenceLevel, string>;
export type LevelShares = Record<CompetenceLevel, string | null>;

/** FTE-weighted distribution of one topic or area (DESIGN.md §4). */
export interface LevelDistribution {
  /** FTE (årsarbetare) per level, exact decimals. */
  fte: LevelFte;
  /** Sum of the three levels: the denominator (not assessed and not applicable are left out). */
  assessedFte: string;
  notApplicableFte: string;
  /** Level FTE ÷ assessed FTE in percent, one decimal, half away from zero; null when nobody was assessed. */
  shares: LevelShares;
  assessedStaff: number;
  notAssessedStaff: number;
}

export interface DashboardTopic extends LevelDistribution {
  code: string;
  name: string;
}

export interface DashboardArea extends LevelDistribution {
  code: string;
  name: string;
  topics: DashboardTopic[];
}

export interface DashboardStaffRef {
  staffMemberId: string;
  firstName: string;
  lastName: string;
  unitId: string;
  employmentStart: string;
}

/** GET /api/rounds/:id/dashboard */
export interface RoundDashboard {
  round: RoundRef;
  staffRole: StaffRole;
  areas: DashboardArea[];
  coverage: {
    /** The population in the caller's reach that someone can assess (a team leader is not in his own). */
    staff: number;
    /** Staff with at least one leader assessment (a level or not applicable) in the round. */
    assessedStaff: number;
    /** assessedStaff ÷ staff in percent; null without staff. */
    share: string | null;
  };
  staleness: {
    /** Staff with no leader assessment in the round. */
    notAssessed: DashboardStaffRef[];
    /** Staff who started within a year before the reference date, or after it. */
    newStaff: DashboardStaffRef[];
  };
  /** Unit × topic: the share of assessed FTE at `insufficient` (saknar tillräcklig). */
  heatmap: {
    unitId: string;
    unitName: string;
    topics: { code: string; assessedFte: string; insufficientShare: string | null }[];
  }[];
}

export type DashboardQuery = RoundScopeQuery;

/**
 * GET /api/overview/service-areas — the kommun overview's headline per service area: the newest
 * round that has opened of each service area with people in the caller's reach, one group of
 * staff (`staffRole`), side by side. Counts and FTE only, no names.
 */
export interface ServiceAreaOverview {
  staffRole: StaffRole;
  serviceAreas: ServiceAreaHeadline[];
}

export interface ServiceAreaHeadline {
  serviceAreaCode: ServiceAreaCode;
  round: RoundRef;
  frameworkCode: string;
  frameworkVersion: number;
  topicCount: number;
  coverage: RoundDashboard['coverage'];
  /** Every topic of the framework pooled, as an area pools its topics. */
  overall: LevelDistribution;
  /** The topic with the largest share at saknar tillräcklig (the first in the framework's order on a tie); null when nobody lacks. */
  weakestTopic: { code: string; name: string; insufficientShare: string } | null;
}

/**
 * One round of a trend: the FTE-weighted distribution per area and topic in that round, in the
 * topics of the trend's own round. An earlier framework version's figures are carried over
 * through the crosswalk (see {@link TrendTopicNote}).
 */
export interface TrendRound {
  round: Pick<InventoryRound, 'id' | 'name' | 'status' | 'referenceDate'>;
  frameworkVersion: number;
  /** Topics this round did not measure (new since its framework version): their figures are empty, not zero. */
  unmeasuredTopicCodes: string[];
  areas: DashboardArea[];
}

/** How a topic's figures in an earlier round came through a framework change. */
export type TopicLineageKind = 'same' | 'renamed' | 'split' | 'merged' | 'new';

/** A topic whose series crosses a framework change: per earlier round, where its figures come from. */
export interface TrendTopicNote {
  topicCode: string;
  rounds: {
    roundId: string;
    kind: Exclude<TopicLineageKind, 'same'>;
    /** The earlier version's topics pooled into this topic (none for a new topic). */
    previousTopicCodes: string[];
  }[];
}

/**
 * GET /api/rounds/:id/trend — the kommun's opened rounds up to this one (oldest first, at most
 * {@link TREND_ROUNDS_MAX}), each with that round's population in the caller's reach (frozen once
 * it closed) and its leader values, in the topics of this round's framework version.
 */
export interface RoundTrend {
  staffRole: StaffRole;
  rounds: TrendRound[];
  /** Topics whose series crosses a renamed, split, merged or new topic, labelled per round. */
  notes: TrendTopicNote[];
}

export const TREND_ROUNDS_MAX = 10;

/** Who signed a unit off in a round ("klar för enheten"), and when. */
export interface UnitSignOff {
  /** The unit signed off: this one, or a unit above it (a sign-off covers the subunits). */
  unitId: string;
  unitName: string;
  signedByUserId: string | null;
  signedByName: string | null;
  /** ISO 8601. */
  signedAt: string;
}

/** One unit with people in the round: how far its assessment has come. */
export interface UnitProgress {
  unitId: string;
  unitName: string;
  /** The unit's own population in the caller's reach (caseworkers and team leaders). */
  staff: number;
  /** Of them, those with at least one leader value in the round. */
  assessedStaff: number;
  /** The sign-off that covers the unit; null while it is not done. */
  signOff: UnitSignOff | null;
  /** The team leaders whose units cover this one: whom a reminder reaches. */
  teamLeaders: { userId: string; displayName: string }[];
}

/** GET /api/rounds/:id/progress — the units of the round in the caller's reach, by name. */
export interface RoundProgress {
  round: RoundRef;
  units: UnitProgress[];
}

/** POST /api/rounds/:id/reminders — which units to remind about; left out: every unit not done. */
export interface SendRemindersRequest {
  unitIds?: string[];
}

export interface SendRemindersResult {
  /** Team leader accounts reminded in the app. */
  recipients: number;
  /** Of them, reminded by e-mail too (0 without a mail server). */
  emailed: number;
}

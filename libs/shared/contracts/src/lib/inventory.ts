import type { CompetenceLevel } from './competence';

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
  /** Optimistic concurrency: send it back on every change. */
  version: number;
  createdAt: string;
  updatedAt: string;
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

/** GET /api/rounds/:id/matrix */
export interface AssessmentMatrix {
  round: Pick<InventoryRound, 'id' | 'name' | 'status' | 'referenceDate'>;
  areas: MatrixArea[];
  rows: MatrixRow[];
}

export interface MatrixQuery {
  /** Administrators: only this unit and its subunits. Team leaders: narrows their own scope. */
  unitId?: string;
}

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
  round: Pick<InventoryRound, 'id' | 'name' | 'status' | 'referenceDate'>;
  areas: DashboardArea[];
  coverage: {
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

export interface DashboardQuery {
  unitId?: string;
}

/** One round of a trend: the FTE-weighted distribution per area and topic in that round. */
export interface TrendRound {
  round: Pick<InventoryRound, 'id' | 'name' | 'status' | 'referenceDate'>;
  areas: DashboardArea[];
}

/**
 * GET /api/rounds/:id/trend — the kommun's opened rounds up to this one (oldest first, at most
 * {@link TREND_ROUNDS_MAX}), each with the current leader values of that round for the staff now
 * in the caller's scope. FTE and units are today's (their history is not kept).
 */
export interface RoundTrend {
  rounds: TrendRound[];
}

export const TREND_ROUNDS_MAX = 10;

import type { RoundRef } from './inventory';
import { STAFF_ROLES, type StaffRole } from './staff';
import type { TargetLevel } from './targets';

/** Kurs / insats: the kinds of training a catalogue holds. */
export const COURSE_TYPES = [
  'university_course',
  'one_day_course',
  'two_day_course',
  'supervision',
  'introduction_programme',
  'commissioned_training',
  'network_conference',
  'e_learning',
  'other',
] as const;
export type CourseType = (typeof COURSE_TYPES)[number];

export const COURSE_PROVIDERS = [
  'university',
  'skr',
  'municipal_association',
  'regional_development_leader',
  'internal',
  'other',
] as const;
export type CourseProvider = (typeof COURSE_PROVIDERS)[number];

/** Whom a course is for by degree: anyone, staff with a socionomexamen, or staff without one. */
export const COURSE_TARGET_DEGREES = ['any', 'social_work', 'not_social_work'] as const;
export type CourseTargetDegree = (typeof COURSE_TARGET_DEGREES)[number];

/** Whom a course is for by experience (the bands of the national tables). */
export const COURSE_TARGET_EXPERIENCE = ['any', 'under1', 'under2', 'under3', 'over4'] as const;
export type CourseTargetExperience = (typeof COURSE_TARGET_EXPERIENCE)[number];

/** Who owns a course: a kommun, or the län (published by the regional analyst, no kommun). */
export type CourseOwner =
  | { kind: 'kommun'; municipalityId: string }
  | { kind: 'county'; countyCode: string };

export const COURSE_TITLE_MAX = 200;
export const COURSE_TOPICS_MAX = 30;
/** Money is kept in kronor with öre (numeric(12,2)); amounts travel as exact decimal strings. */
export const MONEY_MAX = 99_999_999;

/** A topic the course develops, and the level it aims at. */
export interface CourseTopic {
  topicCode: string;
  level: TargetLevel;
}

export interface CourseTargetGroup {
  /** Null: caseworkers and team leaders alike. */
  role: StaffRole | null;
  degree: CourseTargetDegree;
  experience: CourseTargetExperience;
}

/** GET /api/courses, /api/courses/:id */
export interface Course {
  id: string;
  owner: CourseOwner;
  /** The owning kommun's name; null for a course of the län. */
  ownerName: string | null;
  /** Shared with the other kommuner of the län (always true for a course of the län). */
  shared: boolean;
  title: string;
  type: CourseType;
  provider: CourseProvider;
  /** Högskolepoäng, exact decimal; null when not a högskolekurs. */
  credits: string | null;
  /** Days, exact decimal. */
  durationDays: string | null;
  /** Kronor, exact decimal. */
  costPerParticipant: string;
  topics: CourseTopic[];
  targetGroup: CourseTargetGroup;
  /** True when the caller may change it (their kommun's own, or the län's for its regional analyst). */
  editable: boolean;
  version: number;
}

/** POST /api/courses; PUT /api/courses/:id adds `version`. */
export interface SaveCourseRequest {
  title: string;
  type: CourseType;
  provider: CourseProvider;
  credits?: string | null;
  durationDays?: string | null;
  costPerParticipant: string;
  topics: CourseTopic[];
  targetGroup: CourseTargetGroup;
  /** A kommun's course shared with the län; ignored for the län's own courses (always shared). */
  shared?: boolean;
  /** PUT only: the version as read. */
  version?: number;
}

/** Seats of one kommun on a joint session. */
export interface SessionSeats {
  municipalityCode: string;
  municipalityName?: string;
  seats: number;
}

/** Kurstillfälle. */
export interface CourseSession {
  id: string;
  courseId: string;
  courseTitle: string;
  owner: CourseOwner;
  startsOn: string;
  endsOn: string;
  place: string | null;
  online: boolean;
  capacity: number;
  /** Seats per kommun on a joint session (the organising kommun takes what is not given out). */
  seats: SessionSeats[];
  /** The caller's kommun's seats on this session; 0 when it has none (cannot book). */
  ourSeats: number;
  /** Seats taken by the caller's kommun (every participation but cancelled). */
  ourTaken: number;
  version: number;
}

/** POST /api/courses/:id/sessions */
export interface CreateSessionRequest {
  startsOn: string;
  endsOn: string;
  place?: string | null;
  online: boolean;
  capacity: number;
  /** Seats given to other kommuner of the län (by kommunkod). */
  seats?: SessionSeats[];
}

export interface SessionsQuery {
  from?: string;
  to?: string;
}

export const PARTICIPATION_STATUSES = [
  'planned',
  'booked',
  'completed',
  'cancelled',
  'no_show',
] as const;
export type ParticipationStatus = (typeof PARTICIPATION_STATUSES)[number];

/** Why planned training did not happen (the national follow-up's reasons). */
export const CANCELLATION_REASONS = [
  'workload',
  'no_substitute',
  'illness',
  'course_cancelled',
  'other',
] as const;
export type CancellationReason = (typeof CANCELLATION_REASONS)[number];

export const FUNDING_SOURCES = ['ordinary_budget', 'grant', 'other'] as const;
export type FundingSource = (typeof FUNDING_SOURCES)[number];

/** Deltagande: one person on one session. */
export interface Participation {
  id: string;
  sessionId: string;
  courseId: string;
  courseTitle: string;
  startsOn: string;
  endsOn: string;
  staffMemberId: string;
  firstName: string;
  lastName: string;
  unitName: string;
  status: ParticipationStatus;
  cancellationReason: CancellationReason | null;
  /** Kronor, exact decimal. */
  cost: string;
  fundingSource: FundingSource;
  grantId: string | null;
  grantName: string | null;
  version: number;
}

/**
 * POST /api/sessions/:id/participations — books one person or a whole team at once, all or
 * nothing: within the kommun's seats (409 SESSION_FULL), nobody twice on overlapping days (409
 * PARTICIPATION_OVERLAP), a grant of the session's year with enough left (409 GRANT_EXCEEDED).
 * A caseworker may only ask for a course for themself (`planned`).
 */
export interface BookParticipantsRequest {
  staffMemberIds: string[];
  status: 'planned' | 'booked';
  fundingSource: FundingSource;
  grantId?: string | null;
  /** Per participant; left out: the course's cost per participant. */
  cost?: string;
}

/** PATCH /api/participations/:id — a status move (cancelled needs a reason) or new funding. */
export interface UpdateParticipationRequest {
  version: number;
  status?: ParticipationStatus;
  cancellationReason?: CancellationReason | null;
  fundingSource?: FundingSource;
  grantId?: string | null;
  cost?: string;
}

/** Statsbidrag: a named state grant for a year, and what of it is used. */
export interface StateGrant {
  id: string;
  name: string;
  year: number;
  /** Kronor, exact decimals. */
  granted: string;
  requisitioned: string;
  /** Costs of participation booked, completed or not attended (money bound). */
  used: string;
  /** Costs of participation still only planned. */
  planned: string;
  /** granted − used. */
  left: string;
  version: number;
}

/** POST /api/grants; PUT /api/grants/:id adds `version`. */
export interface SaveGrantRequest {
  name: string;
  year: number;
  granted: string;
  requisitioned?: string;
  version?: number;
}

/** GET /api/funding?year= — every cost of the year by funding source (the session's start year). */
export interface FundingSummary {
  year: number;
  sources: { source: FundingSource; used: string; planned: string }[];
  grants: StateGrant[];
}

export interface FundingQuery {
  year?: number;
}

/**
 * Training against one topic's gap: the people of the round's population in the caller's reach
 * (the same people the gaps count) with a place on a session of a course developing the topic,
 * the session starting in the period. A person counts once per topic however many places they have.
 */
export interface TopicTraining {
  topicCode: string;
  /** People with a planned or booked place, and their FTE (exact decimal). */
  plannedStaff: number;
  plannedFte: string;
  /** People who completed such a course in the period, and their FTE. */
  completedStaff: number;
  completedFte: string;
}

/**
 * GET /api/rounds/:id/gaps/training[?unitId=&staffRole=] — the training planned for the round's
 * gaps, per topic (topics without any are left out), for the period after the round measured them.
 */
export interface RoundTraining {
  round: RoundRef;
  staffRole: StaffRole;
  unitId: string | null;
  /** Sessions starting on or after `from` (the round's reference date) and before `until` (a year later). */
  from: string;
  until: string;
  topics: TopicTraining[];
}

/** GET /api/suggestions — courses for a gap: a topic, the level needed and how many people. */
export interface SuggestionsQuery {
  topicCode: string;
  level: TargetLevel;
  staffRole?: StaffRole;
  /** How many people the gap concerns (seats wanted); 1 when left out. */
  people?: number;
}

/** Why a suggestion is where it is, one reason per criterion, in the order they rank. */
export type SuggestionReason =
  | {
      kind: 'topic_level';
      courseLevel: TargetLevel;
      needed: TargetLevel;
      fit: 'exact' | 'above' | 'below';
    }
  | { kind: 'target_group'; role: StaffRole | null; fits: boolean }
  | { kind: 'session'; startsOn: string; seatsLeft: number; enoughSeats: boolean }
  | { kind: 'no_session' }
  | { kind: 'cost'; perParticipant: string; total: string };

export interface CourseSuggestion {
  rank: number;
  courseId: string;
  courseTitle: string;
  /** The soonest session the kommun can still book with seats left; null when none. */
  sessionId: string | null;
  reasons: SuggestionReason[];
}

export const PLAN_KINDS = ['overall', 'individual'] as const;
export type PlanKind = (typeof PLAN_KINDS)[number];
export const PLAN_STATUSES = ['draft', 'active', 'completed'] as const;
export type PlanStatus = (typeof PLAN_STATUSES)[number];

/**
 * The staff a plan or a goal concerns: the målnivåer's roles (caseworkers, team leaders), or
 * everyone. The national survey asks for an overall plan for the caseworkers and one for the
 * team leaders.
 */
export const PLAN_STAFF_GROUPS = [...STAFF_ROLES, 'all'] as const;
export type PlanStaffGroup = (typeof PLAN_STAFF_GROUPS)[number];

/** What a plan's goal asks; sent in POST and PUT /api/plans. */
export interface PlanGoalInput {
  topicCode: string;
  level: TargetLevel;
  /** Percent (whole, 1–100) of the goal's group that should be at least at the level; 100 when left out. */
  targetShare?: number;
  /** Left out: the plan's group. An overall plan for one group takes goals for that group only. */
  staffGroup?: PlanStaffGroup;
  /** ISO date the goal should be reached by; null or left out: none. */
  dueOn?: string | null;
}

/**
 * How far a goal has come in the kommun's newest opened round, computed with the gaps' own
 * computation (`topicGaps`) over the plan's people in the caller's reach, each held to the goal's
 * level and share (overall plans) — or, for an individual plan, the person against their målnivå.
 */
export interface PlanGoalProgress {
  /** Assessed FTE of the goal's group (the denominator). */
  assessedFte: string;
  /** Percent of `assessedFte` at least at the goal's level, one decimal; null when nobody was assessed. */
  reachedShare: string | null;
  /** FTE that must still reach the level for the target share; "0.00" when the goal is met. */
  gapFte: string;
  met: boolean;
  /** Individual plans: the person's own målnivå in the topic (null: none applies). */
  personTarget?: TargetLevel | null;
  /** Individual plans: the person against their målnivå (`below` = "under målnivå"). */
  personStanding?: 'no_target' | 'not_applicable' | 'not_assessed' | 'meets' | 'below';
  /** Individual plans: the goal asks a lower level than the person's målnivå. */
  belowPersonTarget?: boolean;
}

export interface PlanGoal extends Required<PlanGoalInput> {
  dueOn: string | null;
  /** The gap (FTE to reach the target) the goal was taken from; null when set by hand. */
  gapFte: string | null;
  /** Null when the kommun has no opened round yet. */
  progress: PlanGoalProgress | null;
}

export interface PlanBudget {
  ordinaryBudget: string;
  grant: string;
  other: string;
}

/** What was planned and done against the plan: participation of its people in its year, by topic. */
export interface PlanActivity {
  topicCode: string;
  /** People planned or booked, and those who completed it. */
  planned: number;
  completed: number;
  cancelled: number;
}

export interface PlanFollowUp {
  done: string;
  notDone: string;
  next: string;
  /** ISO date of the follow-up. */
  followedUpOn: string;
}

/** Kompetensutvecklingsplan: overall (the kommun, or a unit with its subunits) or individual, per year. */
export interface DevelopmentPlan {
  id: string;
  kind: PlanKind;
  year: number;
  /** Overall plans: the unit (null = the whole kommun). */
  unitId: string | null;
  unitName: string | null;
  /** Individual plans: the staff member (team leaders too). */
  staffMemberId: string | null;
  staffName: string | null;
  /** Overall plans: the staff the plan is for; individual plans: `all`. */
  staffGroup: PlanStaffGroup;
  /** The round the goals' progress is measured in (the newest opened of the plan's service area); null when none. */
  progressRound: RoundRef | null;
  status: PlanStatus;
  goals: PlanGoal[];
  budget: PlanBudget;
  /** Costs of the plan's people in its year by source (bound: booked, completed, not attended). */
  spent: PlanBudget;
  activities: PlanActivity[];
  followUp: PlanFollowUp | null;
  version: number;
}

/**
 * POST /api/plans — with `goalsFromRoundId` and no goals, the goals are the topics where the
 * plan's people are below their målnivåer in that round (GET /api/rounds/:id/gaps).
 */
export interface CreatePlanRequest {
  kind: PlanKind;
  year: number;
  unitId?: string | null;
  staffMemberId?: string | null;
  /** Overall plans: the staff the plan is for (`all` when left out); individual plans: `all` only. */
  staffGroup?: PlanStaffGroup;
  goals?: PlanGoalInput[];
  goalsFromRoundId?: string;
  budget?: PlanBudget;
}

/** PUT /api/plans/:id */
export interface UpdatePlanRequest {
  version: number;
  status: PlanStatus;
  goals: PlanGoalInput[];
  budget: PlanBudget;
}

/** PUT /api/plans/:id/follow-up — the yearly follow-up: what was done, what was not and why, what next. */
export interface PlanFollowUpRequest {
  version: number;
  done: string;
  notDone: string;
  next: string;
}

export interface PlansQuery {
  year?: number;
}

/**
 * GET /api/plans/indicators?year= — the kommun indicators of the national survey, answered from
 * the plans: an overall plan for caseworkers, a plan for each team leader, followed up yearly.
 */
export interface PlanIndicators {
  year: number;
  /** An overall plan of the year for the caseworkers (or for all staff). */
  overallPlan: boolean;
  /**
   * Team leaders employed with an individual plan of the year, of all team leaders; `overallPlan`:
   * an overall plan of the year for the team leaders (or all staff), which answers `yes` by itself.
   */
  teamLeaderPlans: {
    overallPlan: boolean;
    withPlan: number;
    teamLeaders: number;
    answer: 'yes' | 'partly' | 'no';
  };
  /** Plans of the year followed up, of all plans of the year. */
  followedUp: { followedUp: number; plans: number; answer: 'yes' | 'partly' | 'no' };
}

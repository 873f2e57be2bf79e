import type { StaffRole } from './staff';

/** What a step of an introduction programme is (docs/training.md, Introduction). */
export const INTRODUCTION_STEP_KINDS = ['course', 'supervision', 'mentor_meeting', 'reading', 'other'] as const;
/** kurs / handledning / mentorsamtal / läsning / annat */
export type IntroductionStepKind = (typeof INTRODUCTION_STEP_KINDS)[number];

/** The last week after the start a step can be due in. */
export const INTRODUCTION_MAX_WEEK = 104;
export const INTRODUCTION_MAX_STEPS = 50;

export interface IntroductionProgrammeStep {
  id: string;
  kind: IntroductionStepKind;
  title: string;
  /** Due by the end of this week after the start (1 = the first week). */
  dueWeek: number;
  /** A `course` step's catalogue course; null for the other kinds. */
  courseId: string | null;
  courseTitle: string | null;
}

/** GET /api/introduction-programmes — a kommun's introduktionsprogram for new staff. */
export interface IntroductionProgramme {
  id: string;
  name: string;
  /** The role it is meant for; null: any. */
  targetRole: StaffRole | null;
  steps: IntroductionProgrammeStep[];
  /** How many people have been given it. */
  introductionCount: number;
  version: number;
}

/**
 * POST /api/introduction-programmes, PUT /api/introduction-programmes/:id (HR). A step with `id`
 * keeps its progress; a step left out is removed with the progress marked on it. `version` on
 * PUT only (409 STALE_VERSION).
 */
export interface SaveIntroductionProgrammeRequest {
  version?: number;
  name: string;
  targetRole: StaffRole | null;
  steps: {
    id?: string;
    kind: IntroductionStepKind;
    title: string;
    dueWeek: number;
    /** Required for a `course` step, refused for the others. */
    courseId?: string | null;
  }[];
}

/** How a step came to be done: marked by someone, or the person's completed participation in the course. */
export type IntroductionStepSource = 'marked' | 'participation';

export interface IntroductionStepProgress extends IntroductionProgrammeStep {
  /** The start date plus `dueWeek` weeks. */
  dueOn: string;
  doneOn: string | null;
  /** Who marked it done; null when done by participation or not done. */
  doneByName: string | null;
  source: IntroductionStepSource | null;
  /** Not done and past `dueOn`. */
  overdue: boolean;
}

/** One person's introduction, as in lists. */
export interface IntroductionSummary {
  id: string;
  staffMemberId: string;
  firstName: string;
  lastName: string;
  unitId: string;
  unitName: string;
  programmeId: string;
  programmeName: string;
  mentorStaffMemberId: string | null;
  /** "Förnamn Efternamn" of the mentor; null without one. */
  mentorName: string | null;
  startDate: string;
  stepCount: number;
  doneCount: number;
  overdueCount: number;
  /** Some step is not done yet. */
  active: boolean;
  /** The caller is this person's mentor (not their leader): read only. */
  asMentor: boolean;
  version: number;
}

/** GET /api/introductions/:id — the introduction with each step's progress. */
export interface Introduction extends IntroductionSummary {
  today: string;
  steps: IntroductionStepProgress[];
}

/** GET /api/introductions?unitId= */
export interface IntroductionQuery {
  unitId?: string;
}

/**
 * POST /api/introductions (HR; a team leader for the staff of their units): a new hire is given a
 * programme and a mentor, another staff member of the kommun within the caller's reach.
 */
export interface CreateIntroductionRequest {
  staffMemberId: string;
  programmeId: string;
  mentorStaffMemberId: string | null;
  startDate: string;
}

/** PUT /api/introductions/:id: a change of programme (its marks on the old steps go), mentor or start. */
export interface UpdateIntroductionRequest {
  version: number;
  programmeId: string;
  mentorStaffMemberId: string | null;
  startDate: string;
}

/**
 * PUT /api/introductions/:id/steps/:stepId — marks a step done (on `doneOn`, today when left out)
 * or not done. HR and the team leader mark any step but a course step (done by participation); the
 * new hire their own reading steps. `version` is the introduction's (409 STALE_VERSION).
 */
export interface MarkIntroductionStepRequest {
  version: number;
  done: boolean;
  doneOn?: string;
}

/** How long after the start of employment (or of professional experience) someone counts as new staff. */
export const NEW_STAFF_MONTHS = 12;

/**
 * GET /api/introductions/new-staff — staff employed within the last {@link NEW_STAFF_MONTHS}
 * months or with under a year of experience, with their introduction if any.
 */
export interface NewStaffIntroduction {
  staffMemberId: string;
  firstName: string;
  lastName: string;
  unitId: string;
  unitName: string;
  role: StaffRole;
  employmentStart: string;
  experienceStart: string;
  introductionId: string | null;
  programmeName: string | null;
  mentorName: string | null;
  noProgramme: boolean;
  noMentor: boolean;
}

/** GET /api/introductions/mentor-load (HR): per mentor, how many people they mentor. */
export interface MentorLoad {
  staffMemberId: string;
  firstName: string;
  lastName: string;
  unitName: string;
  /** Introductions with this mentor. */
  mentees: number;
  /** Of which some step is not done. */
  activeIntroductions: number;
}

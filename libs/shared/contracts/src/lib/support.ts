/** Ärendehandledning: individual or in a group. */
export const SUPERVISION_FORMS = ['individual', 'group'] as const;
export type SupervisionForm = (typeof SUPERVISION_FORMS)[number];

/** How often: varje vecka, varannan vecka, varje månad, annat. */
export const SUPERVISION_FREQUENCIES = ['weekly', 'every_other_week', 'monthly', 'other'] as const;
export type SupervisionFrequency = (typeof SUPERVISION_FREQUENCIES)[number];

export const SUPERVISION_NOTE_MAX_LENGTH = 2000;
export const EXTERNAL_SUPERVISOR_MAX_LENGTH = 200;

/**
 * The supervisor rule (docs/training.md, Support): a team leader of the kommun, still employed,
 * assessed `advanced` (fördjupad) in the topic in the current round, with at least this many
 * years in the profession.
 */
export const SUPERVISOR_MIN_EXPERIENCE_YEARS = 3;

/** Days ahead of a dispensation's end at which it is flagged (behörighet, docs/training.md). */
export const DISPENSATION_ALERT_DAYS = 90;

/** GET /api/supervision/arrangements — one arrangement for a person and a topic. */
export interface SupervisionArrangement {
  id: string;
  staffMemberId: string;
  firstName: string | null;
  lastName: string | null;
  topicCode: string;
  form: SupervisionForm;
  /** A staff member of the kommun who gives it, or null with an external supervisor. */
  supervisorStaffMemberId: string | null;
  supervisorName: string | null;
  externalSupervisor: string | null;
  frequency: SupervisionFrequency;
  startsOn: string;
  endsOn: string | null;
  /** Started and not ended today. */
  active: boolean;
  note: string;
  version: number;
}

/**
 * POST /api/supervision/arrangements (version absent) and PUT …/:id (version read; 409
 * STALE_VERSION otherwise). Exactly one of `supervisorStaffMemberId` and `externalSupervisor`.
 */
export interface SaveSupervisionArrangementRequest {
  version?: number;
  staffMemberId: string;
  topicCode: string;
  form: SupervisionForm;
  supervisorStaffMemberId: string | null;
  externalSupervisor: string | null;
  frequency: SupervisionFrequency;
  startsOn: string;
  endsOn: string | null;
  note?: string;
}

/** A person assessed *saknar* in a topic in the current round with no active arrangement for it. */
export interface SupervisionFlag {
  staffMemberId: string;
  firstName: string | null;
  lastName: string | null;
  unitId: string;
  unitName: string;
  topicCode: string;
  topicName: string;
}

/** GET /api/supervision/flags */
export interface SupervisionFlagList {
  /** The current rounds: per framework, the kommun's latest opened round (open or closed). */
  rounds: { id: string; name: string; referenceDate: string }[];
  flags: SupervisionFlag[];
}

/** GET /api/supervision/supervisors?topicCode= — team leaders, with whether the rule lets them supervise. */
export interface SupervisorCandidate {
  staffMemberId: string;
  firstName: string;
  lastName: string;
  unitName: string;
  experienceYears: number;
  /** The leader's own level in the topic in the current round (null: not assessed). */
  topicLevel: string | null;
  eligible: boolean;
}

/**
 * Behörighet for barn-och-unga casework (SOSFS 2014:7), as classified today: `qualified`,
 * `dispensation` (running), `in_education` (status under utbildning, or a planned/booked place on a
 * högskolekurs), `not_qualified` (incl. an expired dispensation and no status recorded).
 */
export const QUALIFICATION_CLASSES = ['qualified', 'dispensation', 'in_education', 'not_qualified'] as const;
export type QualificationClass = (typeof QUALIFICATION_CLASSES)[number];

export interface QualificationRow {
  staffMemberId: string;
  employeeNumber: string;
  firstName: string;
  lastName: string;
  unitName: string;
  degree: string;
  classification: QualificationClass;
  dispensationUntil: string | null;
  /** A running dispensation ending within DISPENSATION_ALERT_DAYS (today included). */
  dispensationAlert: boolean;
  /** A dispensation whose date has passed (classified not qualified). */
  dispensationExpired: boolean;
  /** Högskolekurser the person has a planned, booked or completed place on. */
  educationCourses: string[];
}

/** GET /api/qualification — the barn-och-unga caseworkers in reach. */
export interface QualificationList {
  today: string;
  rows: QualificationRow[];
}

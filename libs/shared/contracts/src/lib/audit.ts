/** The entities whose changes are audited (new ones are appended: the database enum keeps this order). */
export const AUDIT_ENTITY_TYPES = [
  'org_unit',
  'staff_member',
  'competence_framework',
  'inventory_round',
  'assessment',
  'competence_target_set',
  'user_account',
  'identity_provider',
  'national_round',
  'national_submission',
  'municipality_group_classification',
  /** Training (docs/training.md). */
  'course',
  'course_session',
  'participation',
  'state_grant',
  'development_plan',
  'training_follow_up',
  /** A national round's publication (docs/national.md §6). */
  'national_publication',
  /** Introduction of new staff (docs/training.md, Introduction). */
  'introduction_programme',
  'staff_introduction',
  /** Ärendehandledning for a person and topic (docs/training.md, Support). */
  'supervision_arrangement',
  /** Workforce planning (docs/workforce.md). */
  'vacancy',
  'workforce_planned_change',
  'workforce_setting',
] as const;
export type AuditEntityType = (typeof AUDIT_ENTITY_TYPES)[number];

export const AUDIT_ACTIONS = [
  'create',
  'update',
  'delete',
  'move',
  'close',
  'leave',
  'publish',
  'open',
  'reopen',
  /** An account invited (created with a one-time link). */
  'invite',
  'disable',
  'enable',
  'sign_in',
  'sign_out',
  'change_password',
  'accept_invitation',
  /** A team leader's "klar för enheten" in a round, and its undoing by a later edit. */
  'sign_off',
  'sign_off_undone',
  /** A reminder sent to the team leaders of units not done. */
  'remind',
  /** A submission to a national round (from the kommun's data or a file). */
  'submit',
  /** GDPR: a person's data erased (pseudonymised), and a closed round's person-level data purged. */
  'erase',
  'purge',
  /** An import's leader levels for one person, the cells before and after in one event. */
  'import',
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

/** One change: who, when, what, and the record before and after it. */
export interface AuditEvent {
  id: string;
  actorUserId: string | null;
  /**
   * The actor's display name while their account exists and belongs to the caller's kommun; null for
   * changes by the system or by accounts the caller cannot see (a system administrator, say).
   */
  actorDisplayName: string | null;
  entityType: AuditEntityType;
  entityId: string;
  action: AuditAction;
  before: unknown;
  after: unknown;
  /** ISO 8601. */
  occurredAt: string;
}

/** What a logged read of personal competence data looked at. */
export const PERSONAL_DATA_RESOURCES = [
  'staff_record',
  'staff_history',
  'person_assessments',
  'person_targets',
  'team_matrix',
  /** The named lists of a round's overview (not assessed, new staff) and of a national submission's people to complete. */
  'round_overview',
  /** The audit trail filtered to one person. */
  'audit_trail',
  /** A staff or assessment file exported (FORMATS.md §1–§2). */
  'file_export',
  /** GDPR: everything held about one person, exported. */
  'person_export',
  /** The people below target in a gap list. */
  'gap_list',
  /** Who is booked on a session, or one person's bookings. */
  'participation',
  /** A new hire's introduction, or a list of them (new staff, mentees). */
  'introduction',
] as const;
export type PersonalDataResource = (typeof PERSONAL_DATA_RESOURCES)[number];

/**
 * GET /api/audit/staff_member/:id/reads — one read of the person's data by someone else (DESIGN.md §7:
 * reads of a person's competence data by others are logged). Newest first.
 */
export interface PersonalDataRead {
  id: string;
  actorUserId: string | null;
  /** As for {@link AuditEvent.actorDisplayName}. */
  actorDisplayName: string | null;
  resource: PersonalDataResource;
  /** ISO 8601. */
  occurredAt: string;
}

/** GET /api/audit — the kommun's audit trail, newest first, filtered. */
export interface AuditTrailQuery {
  /** Changes of this person's record, their levels and the account linked to them. */
  staffMemberId?: string;
  entityType?: AuditEntityType;
  /** Changes made by this account. */
  actorUserId?: string;
  /** ISO dates `YYYY-MM-DD`, inclusive, Swedish time. */
  from?: string;
  to?: string;
  page?: number;
  pageSize?: number;
}

/** The most rows one page of the audit trail holds (an export reads page by page). */
export const AUDIT_TRAIL_PAGE_SIZE_MAX = 1000;

/** One change in the trail, with what it concerns in words (a person's, unit's, round's or account's name). */
export interface AuditTrailEntry extends AuditEvent {
  /** The record's name now; null when it has none any more (a deleted unit, an erased person). */
  subject: string | null;
}

export interface AuditTrailPage {
  items: AuditTrailEntry[];
  total: number;
  page: number;
  pageSize: number;
}

/** Uppföljning (förvaltning) of completed training: is what was learnt applied in practice? */
export const FOLLOW_UP_APPLIED = ['fully', 'partly', 'not'] as const;
/** helt / delvis / nej */
export type FollowUpApplied = (typeof FOLLOW_UP_APPLIED)[number];

/** Days after a course's last day at which its follow-up falls due (docs/training.md, Follow-up). */
export const FOLLOW_UP_DUE_DAYS = 30;

/** One topic of the course the follow-up concerns, and when the person's level in it is to be reassessed. */
export interface FollowUpTopic {
  topicCode: string;
  reassessOn: string;
  /** When a leader assessment of the topic was made after the follow-up was recorded: the reassessment is done. */
  reassessedAt: string | null;
}

/** GET/PUT /api/participations/:id/follow-up */
export interface TrainingFollowUp {
  id: string;
  participationId: string;
  staffMemberId: string;
  applied: FollowUpApplied;
  note: string;
  topics: FollowUpTopic[];
  recordedOn: string;
  version: number;
}

/**
 * PUT /api/participations/:id/follow-up — recorded by the person's team leader (or HR) once the
 * participation is completed. `version` is null for the first follow-up, else the version read
 * (409 STALE_VERSION otherwise). Topics are the course's; one reassessment date each.
 */
export interface SaveFollowUpRequest {
  version: number | null;
  applied: FollowUpApplied;
  /** What is applied, what is in the way; left out: none. */
  note?: string;
  topics: { topicCode: string; reassessOn: string }[];
}

export const FOLLOW_UP_DUE_KINDS = ['follow_up', 'reassessment'] as const;
export type FollowUpDueKind = (typeof FOLLOW_UP_DUE_KINDS)[number];

/**
 * One item of the due list: a completed participation without a follow-up (due
 * {@link FOLLOW_UP_DUE_DAYS} days after the course ended), or a topic to reassess (due on its date,
 * done once a leader assessment of the topic follows the follow-up).
 */
export interface FollowUpDueItem {
  kind: FollowUpDueKind;
  participationId: string;
  /** The follow-up a reassessment belongs to; null for a follow-up still to record. */
  followUpId: string | null;
  staffMemberId: string;
  firstName: string;
  lastName: string;
  unitId: string;
  unitName: string;
  courseId: string;
  courseTitle: string;
  endsOn: string;
  dueOn: string;
  overdue: boolean;
  /** A follow-up: the course's topics to choose from; a reassessment: its one topic. */
  topicCodes: string[];
}

/** GET /api/follow-ups/due — `overdue=true`: only what is past its date; `unitId`: that unit and its subunits. */
export interface FollowUpDueQuery {
  unitId?: string;
  overdue?: boolean;
}

export interface FollowUpDueList {
  /** The day the list was computed for (Swedish time): an item is overdue when its date is before it. */
  today: string;
  items: FollowUpDueItem[];
}

/**
 * GET /api/follow-ups/indicators?year= — the survey's training indicators answered from the data,
 * for participations on sessions starting in the year:
 * - carried out: of the participations that were planned or booked and whose session has ended,
 *   those completed (cancelled, not attended and never moved on count as not carried out), per
 *   role of the person (caseworkers, team leaders);
 * - consolidated: of the completed participations, those followed up as applied fully or partly.
 * Each answer: yes when all, partly when some, no when none (and no when there is nothing to count).
 */
export interface TrainingIndicators {
  year: number;
  carriedOut: { caseworkers: CarriedOutCount; teamLeaders: CarriedOutCount };
  consolidated: ConsolidatedCount;
}

export interface CarriedOutCount {
  completed: number;
  /** Planned or booked participations whose session has ended. */
  planned: number;
  answer: 'yes' | 'partly' | 'no';
}

export interface ConsolidatedCount {
  /** Followed up as applied fully or partly. */
  consolidated: number;
  /** Followed up at all. */
  followedUp: number;
  completed: number;
  answer: 'yes' | 'partly' | 'no';
}

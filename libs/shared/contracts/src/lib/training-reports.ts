import type { ExperienceBand, StaffRole } from './staff';
import type { CancellationReason, CourseType } from './training';

/** A figure resting on fewer people than this is suppressed (shown as `..`), DESIGN.md §4. */
export const EFFECT_MIN_PEOPLE = 5;

/** One side of an effect figure: how many people it rests on and their level change. */
export interface EffectFigure {
  /** People behind the figure (headcount), shown even when the figure is suppressed. */
  people: number;
  /**
   * Mean level change in steps (saknar 0, grundläggande 1, fördjupad 2) from the round before to
   * the round after, two decimals; null when suppressed (fewer than {@link EFFECT_MIN_PEOPLE}).
   */
  meanChange: string | null;
  /** Percent (one decimal) whose level rose; null when suppressed. */
  raisedShare: string | null;
}

export type EffectSide = 'participants' | 'comparison';

/** The effect of one course on one topic it develops (docs/training.md, "Effect of training"). */
export interface CourseTopicEffect {
  courseId: string;
  courseTitle: string;
  topicCode: string;
  topicName: string;
  /** Participants assessed in both rounds with at least one comparable non-participant. */
  participants: EffectFigure;
  /** Comparable non-participants, their change weighted to the participants' strata. */
  comparison: EffectFigure;
  /** Participants assessed in both rounds whom nobody comparable matched (left out of both figures). */
  unmatched: number;
  /** Participants' mean change less the comparison's, two decimals; null when either side is suppressed. */
  difference: string | null;
  /** The sides whose figures rest on fewer than {@link EFFECT_MIN_PEOPLE} people. */
  suppressed: EffectSide[];
}

export interface TrainingEffectReport {
  /** Sessions starting in this year; null: every year. */
  year: number | null;
  minPeople: number;
  effects: CourseTopicEffect[];
}

/** Counts of participations of one group, by where they ended up. */
export interface DeliveryCounts {
  /** Every participation (each was planned or booked once). */
  participations: number;
  /** Still planned or booked. */
  open: number;
  completed: number;
  cancelled: number;
  noShow: number;
}

export interface DeliveryByUnit extends DeliveryCounts {
  unitId: string;
  unitName: string;
}

export interface DeliveryByCourseType extends DeliveryCounts {
  courseType: CourseType;
}

export interface DeliveryByReason {
  reason: CancellationReason;
  cancelled: number;
}

/** Planned vs carried out for sessions starting in a year, in the caller's reach. */
export interface TrainingDeliveryReport {
  year: number;
  total: DeliveryCounts;
  byUnit: DeliveryByUnit[];
  byCourseType: DeliveryByCourseType[];
  byReason: DeliveryByReason[];
}

/** Who got training: one experience band × degree group. */
export interface TrainingReachRow {
  experienceBand: ExperienceBand;
  /** Socionomexamen (Swedish or foreign) or not. */
  socionomexamen: boolean;
  /** People of the group employed in the year. */
  staff: number;
  /** Of them, those with at least one completed course. */
  trainedStaff: number;
  /** Completed participations of the group. */
  completed: number;
}

export interface TrainingReachReport {
  year: number;
  /** The date the experience bands are taken at: the year's last day, or today within the year. */
  bandDate: string;
  staffRole: StaffRole;
  rows: TrainingReachRow[];
}

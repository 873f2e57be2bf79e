import type { NationalTableBase } from './national';
import type { CourseType } from './training';

/**
 * Training and statsbidrag in the national submission (FORMATS.md §3, docs/national.md §7): what a
 * kommun carried out in the year of the round's reference date, as counts and sums only.
 */

/** The §3 code of each course type in a measure name (`aktivitet_<code>_antal`). */
export const TRAINING_TYPE_CODES = {
  university_course: 'hogskolekurs',
  one_day_course: 'endagskurs',
  two_day_course: 'tvadagarskurs',
  supervision: 'handledning',
  introduction_programme: 'introduktionsprogram',
  commissioned_training: 'uppdragsutbildning',
  network_conference: 'natverk_konferens',
  e_learning: 'webbutbildning',
  other: 'annan',
} as const satisfies Record<CourseType, string>;

/** Activities (sessions) carried out, by course type. */
export const TRAINING_ACTIVITY_MEASURES = [
  'aktivitet_hogskolekurs_antal',
  'aktivitet_endagskurs_antal',
  'aktivitet_tvadagarskurs_antal',
  'aktivitet_handledning_antal',
  'aktivitet_introduktionsprogram_antal',
  'aktivitet_uppdragsutbildning_antal',
  'aktivitet_natverk_konferens_antal',
  'aktivitet_webbutbildning_antal',
  'aktivitet_annan_antal',
] as const;

/** Completed participations by the participant's role, degree (socionomexamen or not) and experience band. */
export const TRAINING_TARGET_MEASURES = [
  'deltagare_handlaggare_socionom_under1ar_antal',
  'deltagare_handlaggare_socionom_1till3ar_antal',
  'deltagare_handlaggare_socionom_minst3ar_antal',
  'deltagare_handlaggare_utan_socionom_under1ar_antal',
  'deltagare_handlaggare_utan_socionom_1till3ar_antal',
  'deltagare_handlaggare_utan_socionom_minst3ar_antal',
  'deltagare_arbetsledare_socionom_under1ar_antal',
  'deltagare_arbetsledare_socionom_1till3ar_antal',
  'deltagare_arbetsledare_socionom_minst3ar_antal',
  'deltagare_arbetsledare_utan_socionom_under1ar_antal',
  'deltagare_arbetsledare_utan_socionom_1till3ar_antal',
  'deltagare_arbetsledare_utan_socionom_minst3ar_antal',
] as const;

/** The measures keyed by a topic (`inriktning`), without a level. */
export const TRAINING_TOPIC_MEASURES = ['aktivitet_inriktning_antal', 'deltagare_inriktning_antal'] as const;

export const TRAINING_MEASURES = [
  ...TRAINING_ACTIVITY_MEASURES,
  'aktivitet_hp_antal',
  'aktivitet_samverkan_antal',
  ...TRAINING_TOPIC_MEASURES,
  ...TRAINING_TARGET_MEASURES,
  'deltagare_hp',
  'introduktionsprogram_antal',
  'statsbidrag_rekvirerat_kr',
  'statsbidrag_anvant_kr',
] as const;
export type TrainingMeasure = (typeof TRAINING_MEASURES)[number];

export const TRAINING_DEGREES = ['socionom', 'withoutSocionom'] as const;
export type TrainingDegree = (typeof TRAINING_DEGREES)[number];
/** Experience bands that partition the participants: < 1 year, 1 to < 3 years, 3 years or more. */
export const TRAINING_BANDS = ['under1Year', 'from1To3Years', 'from3Years'] as const;
export type TrainingBand = (typeof TRAINING_BANDS)[number];
export const TRAINING_ROLES = ['caseworker', 'team_leader'] as const;

/** A topic's training: completed participations and activities developing it. */
export interface TrainingTopicFigures<C = number> {
  topic: string;
  area: string;
  participants: C;
  activities: C;
  /** Published: the keys of this row not published. */
  suppressed?: string[];
}

/**
 * The national training table (the final report's section on training carried out). `C` is a
 * count and `D` a decimal string; published, each is null when suppressed.
 */
export interface TrainingFigures<C = number, D = string> {
  activities: {
    byType: Record<CourseType, C>;
    total: C;
    withCredits: C;
    joint: C;
    /** Unrounded fractions of `total`; null when there is none. */
    creditsShare: D | null;
    jointShare: D | null;
  };
  /** Completed participations by role, and by degree × experience band (both summed over the other). */
  participants: {
    total: C;
    byRole: Record<(typeof TRAINING_ROLES)[number], C>;
    byDegreeAndBand: Record<TrainingDegree, Record<TrainingBand, C>>;
  };
  /** The framework's topics, most participants first (published: suppressed ones last, in framework order). */
  topics: TrainingTopicFigures<C>[];
  introduction: {
    /** Introduction programmes in use, summed over kommuner. */
    programmes: C;
    /** Kommuner with at least one in use. */
    kommunerInUse: C;
    n: number;
  };
  /** Kronor, exact decimal strings. */
  grants: { requisitioned: D; used: D; n: number };
  /** Kommuner that reported activities. */
  n: number;
}

export interface TrainingTable extends NationalTableBase, TrainingFigures {
  table: 'training';
}

export type PublishedTraining = TrainingFigures<number | null, string | null> & { suppressed: string[] };

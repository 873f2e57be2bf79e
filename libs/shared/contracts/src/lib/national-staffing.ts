import type { NationalTableBase } from './national';
import type { LeavingReason, StaffRole } from './staff';
import type { VacancyDifficulty } from './workforce';

/**
 * Staffing in the national submission (FORMATS.md §3, docs/national.md §10): turnover, consultants
 * and vacancies of a kommun's caseworkers and team leaders, as counts and sums only. Flows (average
 * headcount, leavers, vacancies filled) are of the last full calendar year before the round's
 * reference date; stocks (FTE, open vacancies) are on the reference date.
 */

/** The §3 code of each role in a measure name (`slutat_<code>_antal`). */
export const STAFFING_ROLE_CODES = { caseworker: 'handlaggare', team_leader: 'arbetsledare' } as const satisfies Record<StaffRole, string>;

/** The §3 code of each leaving reason (`slutat_orsak_<code>_antal`); `unknown` is an ending without one. */
export const STAFFING_REASON_CODES = {
  other_kommun_social_services: 'annan_kommun',
  other_employer: 'annan_arbetsgivare',
  left_profession: 'lamnat_yrket',
  retirement: 'pension',
  other: 'annat',
  unknown: 'ej_angiven',
} as const satisfies Record<LeavingReason | 'unknown', string>;
export type StaffingLeavingReason = keyof typeof STAFFING_REASON_CODES;
export const STAFFING_LEAVING_REASONS = Object.keys(STAFFING_REASON_CODES) as StaffingLeavingReason[];

/** The §3 code of each difficulty (`vakans_oppen_<code>_antal`). */
export const STAFFING_DIFFICULTY_CODES = { easy: 'latt', hard: 'svar', very_hard: 'mycket_svar' } as const satisfies Record<
  VacancyDifficulty,
  string
>;

/** Per role: average headcount and leavers of the year, employees' and consultants' FTE on the reference date. */
export const STAFFING_ROLE_MEASURES = [
  'anstallda_handlaggare_medelantal',
  'slutat_handlaggare_antal',
  'anstallda_handlaggare_fte',
  'konsult_handlaggare_fte',
  'anstallda_arbetsledare_medelantal',
  'slutat_arbetsledare_antal',
  'anstallda_arbetsledare_fte',
  'konsult_arbetsledare_fte',
] as const;

/** Leavers of the year (both roles) by why they left. */
export const STAFFING_REASON_MEASURES = [
  'slutat_orsak_annan_kommun_antal',
  'slutat_orsak_annan_arbetsgivare_antal',
  'slutat_orsak_lamnat_yrket_antal',
  'slutat_orsak_pension_antal',
  'slutat_orsak_annat_antal',
  'slutat_orsak_ej_angiven_antal',
] as const;

/** Vacancies (both roles): open on the reference date, by difficulty, covered by a consultant; filled in the year. */
export const STAFFING_VACANCY_MEASURES = [
  'vakans_oppen_antal',
  'vakans_oppen_fte',
  'vakans_oppen_latt_antal',
  'vakans_oppen_svar_antal',
  'vakans_oppen_mycket_svar_antal',
  'vakans_oppen_konsult_antal',
  'vakans_tillsatt_antal',
  'vakans_tillsatt_dagar',
] as const;

export const STAFFING_MEASURES = [...STAFFING_ROLE_MEASURES, ...STAFFING_REASON_MEASURES, ...STAFFING_VACANCY_MEASURES] as const;
export type StaffingMeasure = (typeof STAFFING_MEASURES)[number];

export const STAFFING_ROLES = ['caseworker', 'team_leader'] as const;
export type StaffingRole = (typeof STAFFING_ROLES)[number];

/**
 * One role's staffing (or both roles summed). `D` is an exact decimal string; published, each
 * value is null when suppressed.
 */
export interface StaffingRoleFigures<C = number, D = string> {
  /** Average headcount of employees in the year (sum of the kommuner's, one decimal each). */
  averageHeadcount: D;
  leavers: C;
  /** Leavers ÷ average headcount, summed over kommuner before dividing; an unrounded fraction, null when none employed. */
  turnover: D | null;
  /** On the reference date. */
  employeeFte: D;
  consultantFte: D;
  /** Employees' + consultants' FTE. */
  totalFte: D;
  /** Consultants' FTE ÷ total FTE, unrounded; null when the total is zero. */
  consultantShare: D | null;
}

/** The national staffing table. */
export interface StaffingFigures<C = number, D = string> {
  roles: Record<StaffingRole, StaffingRoleFigures<C, D>>;
  /** Both roles summed. */
  total: StaffingRoleFigures<C, D>;
  /** Leavers of both roles by reason; they add up to `total.leavers`. */
  leaversByReason: Record<StaffingLeavingReason, C>;
  vacancies: {
    /** Open on the reference date. */
    open: C;
    openFte: D;
    byDifficulty: Record<VacancyDifficulty, C>;
    coveredByConsultant: C;
    /** Filled in the year, and their days from opened to filled summed. */
    filled: C;
    daysToFill: C;
    /** `daysToFill ÷ filled` rounded once to one decimal; null when none filled. */
    meanDaysToFill: D | null;
    /** Kommuner that reported open vacancies. */
    n: number;
  };
  /** Kommuner that reported an average headcount (turnover's N). */
  n: number;
  /** Kommuner that reported FTE on the reference date (consultant share's N). */
  nFte: number;
}

export interface StaffingTable extends NationalTableBase, StaffingFigures {
  table: 'staffing';
}

export type PublishedStaffing = StaffingFigures<number | null, string | null> & { suppressed: string[] };

import type { ExperienceBand, LeavingReason, StaffRole } from './staff';

/** How hard a vacancy is to fill (lätt, svårt, mycket svårt). */
export const VACANCY_DIFFICULTIES = ['easy', 'hard', 'very_hard'] as const;
export type VacancyDifficulty = (typeof VACANCY_DIFFICULTIES)[number];

/** The age bands of the age structure (the source reports: a quarter of caseworkers are 29 or younger). */
export const AGE_BANDS = ['-29', '30-39', '40-49', '50-59', '60-'] as const;
export type AgeBand = (typeof AGE_BANDS)[number];

export const PENSION_AGE_MIN = 60;
export const PENSION_AGE_MAX = 75;
export const PENSION_AGE_DEFAULT = 67;
/** The years a forecast looks ahead, and the full years of history its turnover rests on. */
export const FORECAST_YEARS = 3;

/** A post the kommun is recruiting to (vakans). */
export interface VacancyFields {
  unitId: string;
  role: StaffRole;
  /** Exact decimal, 0.01–1 per post. */
  fte: number;
  /** ISO date the post was advertised or became vacant. */
  openedOn: string;
  /** ISO date it was filled; null while open. */
  filledOn: string | null;
  difficulty: VacancyDifficulty;
  /** Meanwhile covered by a consultant. */
  coveredByConsultant: boolean;
  note: string | null;
}

export interface Vacancy extends VacancyFields {
  id: string;
  unitName: string;
  /** Days from opened to filled, or to today while open. */
  daysOpen: number;
  version: number;
}

export type CreateVacancyRequest = Omit<VacancyFields, 'filledOn' | 'note' | 'coveredByConsultant'> &
  Partial<Pick<VacancyFields, 'filledOn' | 'note' | 'coveredByConsultant'>>;
export type UpdateVacancyRequest = VacancyFields & { version: number };

/** A change of staffing HR plans (e.g. two more caseworkers in 2028), feeding the forecast. */
export interface PlannedChange {
  id: string;
  /** Null for the kommun as a whole. */
  unitId: string | null;
  unitName: string | null;
  role: StaffRole;
  year: number;
  /** People added (positive) or removed (negative). */
  headcountChange: number;
  note: string | null;
  version: number;
}

export interface PlannedChangeRequest {
  unitId: string | null;
  role: StaffRole;
  year: number;
  headcountChange: number;
  note?: string | null;
}
export type UpdatePlannedChangeRequest = PlannedChangeRequest & { version: number };

export interface WorkforceSettings {
  pensionAge: number;
  version: number;
}
export type UpdateWorkforceSettingsRequest = WorkforceSettings;

/** GET /api/workforce/figures and /forecast: whose staffing, which period. */
export interface WorkforceQuery {
  /** A unit and its subunits; the caller's whole reach when absent. */
  unitId?: string;
  role?: StaffRole;
  /** People in this experience band at the end of the period (or when they left). */
  experienceBand?: ExperienceBand;
  /** ISO dates; default the last five full years up to today. */
  from?: string;
  to?: string;
}

/**
 * A figure shown outside HR rests on a group of at least 5 people: below that it is null and
 * named in `suppressed` (DESIGN.md: small groups are not shown).
 */
export interface HeadcountPoint {
  date: string;
  headcount: number;
  /** Exact decimal. */
  fte: string;
  /** FTE of consultants among them (not counted in headcount). */
  consultantFte: string;
}

export interface TurnoverFigure {
  /** The period (a year, or the query's whole period). */
  from: string;
  to: string;
  leavers: number | null;
  /** Person-days employed in the period ÷ its days: exact decimal to 2 places. */
  averageHeadcount: string;
  /** Leavers ÷ average headcount, a fraction (exact decimal to 4 places); null when nobody was employed. */
  rate: string | null;
  byReason: Record<LeavingReason | 'unknown', number> | null;
}

export interface RetentionCohort {
  year: number;
  /** `hires`: everyone who started; `new_graduates`: whose degree is at most a year older than the start. */
  group: 'hires' | 'new_graduates';
  hires: number | null;
  /** Per 1, 2, 3 years: still employed on the anniversary, of those whose anniversary has passed. */
  after: { years: number; eligible: number | null; retained: number | null; share: string | null }[];
}

export interface WorkforceFigures {
  from: string;
  to: string;
  /** True when the caller sees HR's figures (age and retirements included, nothing suppressed). */
  complete: boolean;
  headcount: HeadcountPoint[];
  turnover: TurnoverFigure;
  turnoverByYear: TurnoverFigure[];
  retention: RetentionCohort[];
  consultantShare: { consultantFte: string; totalFte: string; share: string | null };
  /** HR only (year of birth is shown to HR only); null otherwise. */
  ageStructure: { band: AgeBand; headcount: number }[] | null;
  unknownAge: number | null;
  retirements: { pensionAge: number; within: { years: number; headcount: number; fte: string }[] } | null;
  vacancies: { open: number; openFte: string; hardToFill: number; coveredByConsultant: number; filledInPeriod: number; medianDaysToFill: number | null };
  suppressed: string[];
}

export interface ForecastRange {
  low: string;
  expected: string;
  high: string;
}

export interface ForecastYear {
  year: number;
  /** Expected leavers other than retirement: headcount × the last three years' turnover (low, mean, high). */
  leavers: ForecastRange;
  retirements: number;
  plannedChange: number;
  /** People to recruit: leavers + retirements + planned change. */
  recruitment: ForecastRange;
}

export interface CompetenceAtRisk {
  topicCode: string;
  topicName: string;
  /** FTE at fördjupad and grundläggande held by people weighted by their chance to leave within three years. */
  advancedFteAtRisk: string;
  basicFteAtRisk: string;
  /** People booked or planned on training that develops the topic, and their FTE. */
  pipelinePeople: number;
  pipelineFte: string;
}

export interface WorkforceForecast {
  /** The first forecast year is the year after `referenceDate`'s. */
  referenceDate: string;
  headcount: number;
  pensionAge: number;
  /** The turnover (excluding retirements) of each of the last three full years, as fractions. */
  basis: { year: number; rate: string | null }[];
  years: ForecastYear[];
  /** Null when there is no inventory round to read levels from. */
  roundName: string | null;
  competenceAtRisk: CompetenceAtRisk[];
  /** How each figure was computed, in Swedish, for the page. */
  method: Record<'leavers' | 'retirements' | 'recruitment' | 'competenceAtRisk', string>;
}

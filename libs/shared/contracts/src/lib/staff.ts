import type { Page } from './paging';

/** Roles a staff member has in casework (not the account role). */
export const STAFF_ROLES = ['caseworker', 'team_leader'] as const;
export type StaffRole = (typeof STAFF_ROLES)[number];

/** Kön: kvinna, man, annat/ej angivet. */
export const GENDERS = ['woman', 'man', 'other'] as const;
export type Gender = (typeof GENDERS)[number];

/** Anställningsform: tillsvidare, visstid/vikarie, konsult. */
export const EMPLOYMENT_TYPES = ['permanent', 'temporary', 'consultant'] as const;
export type EmploymentType = (typeof EMPLOYMENT_TYPES)[number];

/**
 * Examen: socionomexamen (`social_work`), social omsorgsexamen (`social_care`), annan relevant
 * examen (`other_relevant`), utländsk socionomexamen (`foreign_social_work`), ingen (`none`).
 */
export const DEGREES = ['social_work', 'social_care', 'other_relevant', 'foreign_social_work', 'none'] as const;
export type Degree = (typeof DEGREES)[number];

/**
 * Behörighet under SOSFS 2014:7: behörig (`qualified`), dispens till ett datum (`dispensation`),
 * under utbildning (`in_education`), ej behörig (`not_qualified`).
 */
export const QUALIFICATION_STATUSES = ['qualified', 'dispensation', 'in_education', 'not_qualified'] as const;
export type QualificationStatus = (typeof QUALIFICATION_STATUSES)[number];

/** Why a person left (avslutsorsak, FORMATS.md §1): where the competence went. */
export const LEAVING_REASONS = ['other_kommun_social_services', 'other_employer', 'left_profession', 'retirement', 'other'] as const;
export type LeavingReason = (typeof LEAVING_REASONS)[number];

/** The experience bands of the national tables; `3-4` falls in none of the published bands. */
export const EXPERIENCE_BANDS = ['<1', '<2', '<3', '3-4', '>4'] as const;
export type ExperienceBand = (typeof EXPERIENCE_BANDS)[number];

export const FTE_MIN = 0.01;
export const FTE_MAX = 1;
/** FTE is kept to thousandths, so that a tenth of a percent (87,5 % = 0.875) can be recorded. */
export const FTE_DECIMALS = 3;
export const STAFF_NAME_MAX_LENGTH = 100;
export const EMPLOYEE_NUMBER_MAX_LENGTH = 40;
/** The earliest year of birth taken (a typing error guard, not a rule about age). */
export const BIRTH_YEAR_MIN = 1930;

/** The attributes of a staff member that a client writes (DESIGN.md §3, FORMATS.md §1). */
export interface StaffMemberFields {
  /** Anställningsnummer, unique within the kommun. */
  employeeNumber: string;
  firstName: string;
  lastName: string;
  email: string | null;
  unitId: string;
  role: StaffRole;
  gender: Gender;
  /** Sysselsättningsgrad as a fraction of full time, 0.01–1.00 (at most three decimals: 0.875). */
  fte: number;
  employmentType: EmploymentType;
  /** ISO date `YYYY-MM-DD`. */
  employmentStart: string;
  /** ISO date; when set and passed, the person has left. */
  employmentEnd: string | null;
  /** When the person began working in the profession; years of experience are derived from it. */
  experienceStart: string;
  degree: Degree;
  degreeYear: number | null;
  /** Fortbildning in social work. */
  continuingEducation: boolean;
  /** Vidareutbildning på högskolenivå on children and youth. */
  furtherEducation: boolean;
  /** Magisternivå. */
  masters: boolean;
  qualificationStatus: QualificationStatus | null;
  /** Required with `dispensation`, not allowed otherwise. */
  dispensationUntil: string | null;
  /** Team leaders only: this is their first managerial job. */
  firstManagerialJob: boolean | null;
  /** Team leaders only: need of development to give case supervision. */
  needsDevelopment: boolean | null;
  /** Year of birth only (födelseår), optional; for age structure and retirements, shown to HR only. */
  birthYear: number | null;
  /** Why the person left; only with an end of employment. */
  leavingReason: LeavingReason | null;
}

export interface StaffMember extends StaffMemberFields {
  id: string;
  unitName: string;
  /** False once the end of employment has passed. */
  active: boolean;
  /** Derived today from `experienceStart`, never stored. */
  experienceYears: number;
  experienceBand: ExperienceBand;
  version: number;
  createdAt: string;
  updatedAt: string;
}

/** POST /api/staff — optional fields default to null/false. */
export type CreateStaffMemberRequest = Pick<
  StaffMemberFields,
  | 'employeeNumber'
  | 'firstName'
  | 'lastName'
  | 'unitId'
  | 'role'
  | 'gender'
  | 'fte'
  | 'employmentType'
  | 'employmentStart'
  | 'experienceStart'
  | 'degree'
> &
  Partial<
    Pick<
      StaffMemberFields,
      | 'email'
      | 'employmentEnd'
      | 'degreeYear'
      | 'continuingEducation'
      | 'furtherEducation'
      | 'masters'
      | 'qualificationStatus'
      | 'dispensationUntil'
      | 'firstManagerialJob'
      | 'needsDevelopment'
      | 'birthYear'
      | 'leavingReason'
    >
  >;

/** PATCH /api/staff/:id — only the fields sent change. */
export type UpdateStaffMemberRequest = Partial<StaffMemberFields> & { version: number };

/** POST /api/staff/:id/leave — sets the end of employment; nothing is deleted. */
export interface LeaveStaffMemberRequest {
  version: number;
  employmentEnd: string;
  leavingReason?: LeavingReason | null;
}

export const STAFF_STATUS_FILTERS = ['active', 'left', 'all'] as const;
export type StaffStatusFilter = (typeof STAFF_STATUS_FILTERS)[number];

export const STAFF_SORT_FIELDS = ['lastName', 'employeeNumber', 'unitName', 'employmentStart', 'experienceStart', 'fte'] as const;
export type StaffSortField = (typeof STAFF_SORT_FIELDS)[number];

export const SORT_ORDERS = ['asc', 'desc'] as const;
export type SortOrder = (typeof SORT_ORDERS)[number];

/** GET /api/staff query. */
export interface ListStaffQuery {
  /** The unit and all its subunits. */
  unitId?: string;
  role?: StaffRole;
  /** Default `active`. */
  status?: StaffStatusFilter;
  qualificationStatus?: QualificationStatus;
  /** Part of the name or the employee number. */
  search?: string;
  sort?: StaffSortField;
  order?: SortOrder;
  /** 1-based. */
  page?: number;
  pageSize?: number;
}

export type StaffMemberPage = Page<StaffMember>;

import type {
  ExperienceBand,
  FieldErrorCode,
  LeavingReason,
  QualificationStatus,
  StaffRole,
} from '@kl/shared/contracts';
import { experienceBands, fullYearsBetween } from './experience';

/**
 * The one band a person falls in at a reference date, for display and filtering. The national
 * tables' "less than" bands nest; this names the narrowest, and `3-4` the years no table shows.
 */
export function experienceBand(experienceStart: string, referenceDate: string): ExperienceBand {
  const bands = experienceBands(experienceStart, referenceDate);
  if (bands.under1) return '<1';
  if (bands.under2) return '<2';
  if (bands.under3) return '<3';
  if (bands.over4) return '>4';
  return '3-4';
}

/** Whole years of professional experience at a reference date; 0 before it began. */
export function experienceYears(experienceStart: string, referenceDate: string): number {
  return Math.max(0, fullYearsBetween(experienceStart, referenceDate));
}

/** A person is active until their end of employment has passed (the end date itself is a working day). */
export function isEmployed(employmentEnd: string | null, referenceDate: string): boolean {
  return employmentEnd === null || employmentEnd >= referenceDate;
}

/** The fields of a staff record the cross-field rules look at. */
export interface StaffRuleInput {
  role: StaffRole;
  employmentStart: string;
  employmentEnd: string | null;
  experienceStart: string;
  degreeYear: number | null;
  qualificationStatus: QualificationStatus | null;
  dispensationUntil: string | null;
  firstManagerialJob: boolean | null;
  needsDevelopment: boolean | null;
  birthYear?: number | null;
  leavingReason?: LeavingReason | null;
}

/**
 * The rules that span several fields of a staff record, as field codes (empty when valid).
 * Dispensation (SOSFS 2014:7) is always granted until a date, and only dispensation has one;
 * first managerial job and need of development are asked of team leaders only.
 */
export function staffRuleErrors(staff: StaffRuleInput, today: string): Record<string, FieldErrorCode> {
  const errors: Record<string, FieldErrorCode> = {};
  if (staff.qualificationStatus === 'dispensation' && !staff.dispensationUntil) {
    errors['dispensationUntil'] = 'required';
  }
  if (staff.qualificationStatus !== 'dispensation' && staff.dispensationUntil) {
    errors['dispensationUntil'] = 'not_allowed';
  }
  if (staff.employmentEnd !== null && staff.employmentEnd < staff.employmentStart) {
    errors['employmentEnd'] = 'before_start';
  }
  if (staff.experienceStart > today) {
    errors['experienceStart'] = 'in_future';
  }
  if (staff.degreeYear !== null && staff.degreeYear > Number(today.slice(0, 4))) {
    errors['degreeYear'] = 'in_future';
  }
  if (staff.birthYear != null && staff.birthYear > Number(today.slice(0, 4))) {
    errors['birthYear'] = 'in_future';
  }
  // A reason says why someone left: it needs the end of their employment.
  if (staff.leavingReason != null && staff.employmentEnd === null) {
    errors['leavingReason'] = 'not_allowed';
  }
  if (staff.role !== 'team_leader') {
    if (staff.firstManagerialJob !== null) errors['firstManagerialJob'] = 'not_allowed';
    if (staff.needsDevelopment !== null) errors['needsDevelopment'] = 'not_allowed';
  }
  return errors;
}

/** Today as an ISO date in Swedish time, the calendar the kommuner work by. */
export function todayInSweden(now: Date = new Date()): string {
  return new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm' }).format(now);
}

import {
  BIRTH_YEAR_MIN,
  type CreateStaffMemberRequest,
  type Degree,
  EMPLOYEE_NUMBER_MAX_LENGTH,
  type EmploymentType,
  type FieldErrorCode,
  FTE_MAX,
  FTE_MIN,
  type Gender,
  type LeavingReason,
  type QualificationStatus,
  STAFF_NAME_MAX_LENGTH,
  type StaffMember,
  type StaffMemberFields,
  type StaffRole,
  type UpdateStaffMemberRequest,
} from '@kl/shared/contracts';
import { staffRuleErrors } from '@kl/shared/util';
import { fieldErrorText } from '@kl/web/shared/util';
import { STAFF_FIELD_LABELS } from './labels';

export type YesNo = 'yes' | 'no' | '';

/**
 * The staff form as the inputs hold it: text for numbers and dates, '' for "not chosen". Field
 * names are the API's, so that field errors from the server land on the right input; `fte` is
 * entered in percent with at most one decimal, comma or point (75 for 0.75, 87,5 for 0.875).
 */
export interface StaffFormValue {
  employeeNumber: string;
  firstName: string;
  lastName: string;
  email: string;
  unitId: string;
  role: StaffRole | '';
  gender: Gender | '';
  fte: string;
  employmentType: EmploymentType | '';
  employmentStart: string;
  employmentEnd: string;
  experienceStart: string;
  degree: Degree | '';
  degreeYear: string;
  continuingEducation: boolean;
  furtherEducation: boolean;
  masters: boolean;
  qualificationStatus: QualificationStatus | '';
  dispensationUntil: string;
  firstManagerialJob: YesNo;
  needsDevelopment: YesNo;
  birthYear: string;
  leavingReason: LeavingReason | '';
}

export type StaffFormField = keyof StaffFormValue;
export type StaffFormErrors = Partial<Record<StaffFormField, FieldErrorCode>>;

/** The order of the fields in the form, which is also the order of the error summary. */
export const STAFF_FORM_FIELDS: readonly StaffFormField[] = [
  'employeeNumber',
  'firstName',
  'lastName',
  'email',
  'unitId',
  'role',
  'gender',
  'fte',
  'employmentType',
  'employmentStart',
  'employmentEnd',
  'experienceStart',
  'degree',
  'degreeYear',
  'continuingEducation',
  'furtherEducation',
  'masters',
  'qualificationStatus',
  'dispensationUntil',
  'firstManagerialJob',
  'needsDevelopment',
  'birthYear',
  'leavingReason',
];

/**
 * The fields that apply to a person, in form order: "dispens till" only with dispens, and the two
 * team-leader questions only for team leaders.
 */
export function applicableStaffFields(person: { role: string; qualificationStatus: string | null; employmentEnd?: string | null }): StaffFormField[] {
  return STAFF_FORM_FIELDS.filter((field) => {
    if (field === 'dispensationUntil') return person.qualificationStatus === 'dispensation';
    if (field === 'leavingReason') return !!person.employmentEnd;
    if (field === 'firstManagerialJob' || field === 'needsDevelopment') return person.role === 'team_leader';
    return true;
  });
}

const REQUIRED: readonly StaffFormField[] = [
  'employeeNumber',
  'firstName',
  'lastName',
  'unitId',
  'role',
  'gender',
  'fte',
  'employmentType',
  'employmentStart',
  'experienceStart',
  'degree',
];

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const EARLIEST_DEGREE_YEAR = 1950;

export function emptyStaffForm(): StaffFormValue {
  return {
    employeeNumber: '',
    firstName: '',
    lastName: '',
    email: '',
    unitId: '',
    role: '',
    gender: '',
    fte: '100',
    employmentType: '',
    employmentStart: '',
    employmentEnd: '',
    experienceStart: '',
    degree: '',
    degreeYear: '',
    continuingEducation: false,
    furtherEducation: false,
    masters: false,
    qualificationStatus: '',
    dispensationUntil: '',
    firstManagerialJob: '',
    needsDevelopment: '',
    birthYear: '',
    leavingReason: '',
  };
}

export function toStaffFormValue(member: StaffMemberFields): StaffFormValue {
  return {
    employeeNumber: member.employeeNumber,
    firstName: member.firstName,
    lastName: member.lastName,
    email: member.email ?? '',
    unitId: member.unitId,
    role: member.role,
    gender: member.gender,
    fte: percentText(member.fte),
    employmentType: member.employmentType,
    employmentStart: member.employmentStart,
    employmentEnd: member.employmentEnd ?? '',
    experienceStart: member.experienceStart,
    degree: member.degree,
    degreeYear: member.degreeYear === null ? '' : String(member.degreeYear),
    continuingEducation: member.continuingEducation,
    furtherEducation: member.furtherEducation,
    masters: member.masters,
    qualificationStatus: member.qualificationStatus ?? '',
    dispensationUntil: member.dispensationUntil ?? '',
    firstManagerialJob: fromBoolean(member.firstManagerialJob),
    needsDevelopment: fromBoolean(member.needsDevelopment),
    birthYear: member.birthYear === null ? '' : String(member.birthYear),
    leavingReason: member.leavingReason ?? '',
  };
}

/**
 * The fields to send for a valid form. Fields that do not apply are sent as null: the dispensation
 * date without dispensation, and the team-leader questions for a caseworker.
 */
export function toStaffFields(value: StaffFormValue): StaffMemberFields {
  const teamLeader = value.role === 'team_leader';
  return {
    employeeNumber: value.employeeNumber.trim(),
    firstName: value.firstName.trim(),
    lastName: value.lastName.trim(),
    email: value.email.trim() || null,
    unitId: value.unitId,
    role: value.role as StaffRole,
    gender: value.gender as Gender,
    fte: Math.round(Number(value.fte.replace(',', '.')) * 10) / 1000,
    employmentType: value.employmentType as EmploymentType,
    employmentStart: value.employmentStart,
    employmentEnd: value.employmentEnd || null,
    experienceStart: value.experienceStart,
    degree: value.degree as Degree,
    degreeYear: value.degreeYear.trim() ? Number(value.degreeYear) : null,
    continuingEducation: value.continuingEducation,
    furtherEducation: value.furtherEducation,
    masters: value.masters,
    qualificationStatus: value.qualificationStatus || null,
    dispensationUntil: value.qualificationStatus === 'dispensation' ? value.dispensationUntil || null : null,
    firstManagerialJob: teamLeader ? toBoolean(value.firstManagerialJob) : null,
    needsDevelopment: teamLeader ? toBoolean(value.needsDevelopment) : null,
    birthYear: value.birthYear.trim() ? Number(value.birthYear) : null,
    leavingReason: value.employmentEnd ? value.leavingReason || null : null,
  };
}

export function toCreateRequest(value: StaffFormValue): CreateStaffMemberRequest {
  return toStaffFields(value);
}

/** The whole record with the version the user saw (or, to overwrite, the current one). */
export function toUpdateRequest(value: StaffFormValue, version: number): UpdateStaffMemberRequest {
  return { ...toStaffFields(value), version };
}

/**
 * What is wrong with the form, per field, as the API's field codes. Formats and ranges are checked
 * here; the rules across fields are the shared ones the API applies (SOSFS 2014:7 dispensation etc.).
 */
export function validateStaffForm(value: StaffFormValue, today: string): StaffFormErrors {
  const errors: StaffFormErrors = {};
  for (const field of REQUIRED) {
    if (String(value[field]).trim() === '') errors[field] = 'required';
  }
  if (value.employeeNumber.trim().length > EMPLOYEE_NUMBER_MAX_LENGTH) errors.employeeNumber = 'max_length';
  if (value.firstName.trim().length > STAFF_NAME_MAX_LENGTH) errors.firstName = 'max_length';
  if (value.lastName.trim().length > STAFF_NAME_MAX_LENGTH) errors.lastName = 'max_length';
  if (value.email.trim() && !EMAIL.test(value.email.trim())) errors.email = 'invalid_format';
  if (!errors.fte) {
    const percent = Number(value.fte.replace(',', '.'));
    if (!Number.isFinite(percent)) errors.fte = 'invalid_format';
    else if (percent < FTE_MIN * 100) errors.fte = 'min';
    else if (percent > FTE_MAX * 100) errors.fte = 'max';
    else if (!/^\d+([.,]\d)?$/.test(value.fte.trim())) errors.fte = 'invalid_format';
  }
  for (const field of ['employmentStart', 'employmentEnd', 'experienceStart', 'dispensationUntil'] as const) {
    if (value[field] && !ISO_DATE.test(value[field])) errors[field] = 'invalid_format';
  }
  if (value.degreeYear.trim()) {
    const year = Number(value.degreeYear);
    if (!/^\d{4}$/.test(value.degreeYear.trim())) errors.degreeYear = 'invalid_format';
    else if (year < EARLIEST_DEGREE_YEAR) errors.degreeYear = 'min';
  }
  if (value.birthYear.trim()) {
    if (!/^\d{4}$/.test(value.birthYear.trim())) errors.birthYear = 'invalid_format';
    else if (Number(value.birthYear) < BIRTH_YEAR_MIN) errors.birthYear = 'min';
  }
  if (value.qualificationStatus === 'dispensation' && !value.dispensationUntil) errors.dispensationUntil = 'required';
  const datesReadable = !errors.employmentStart && !errors.employmentEnd && !errors.experienceStart && !errors.degreeYear && !errors.birthYear;
  if (datesReadable && value.role) {
    const rules = staffRuleErrors(toStaffFields(value), today) as StaffFormErrors;
    for (const field of STAFF_FORM_FIELDS) {
      const code = rules[field];
      if (code && !errors[field]) errors[field] = code;
    }
  }
  return errors;
}

/** Fields chosen from a list: one chooses (väljer) them rather than fills them in. */
const CHOICE_FIELDS: ReadonlySet<StaffFormField> = new Set(['unitId', 'role', 'gender', 'employmentType', 'degree', 'qualificationStatus', 'leavingReason']);

/** The Swedish message for one field's error, naming the field where the general text would not. */
export function staffFieldMessage(field: StaffFormField, code: FieldErrorCode): string {
  const label = STAFF_FIELD_LABELS[field];
  switch (code) {
    case 'required':
      return `${CHOICE_FIELDS.has(field) ? 'Välj' : 'Fyll i'} ${label.toLowerCase()}.`;
    case 'invalid_format':
      return FORMAT_HINTS[field] ?? `${label} har fel format.`;
    case 'min':
    case 'max':
      return RANGE_HINTS[field] ?? fieldErrorText(code);
    case 'in_future':
      return `${label} kan inte ligga i framtiden.`;
    case 'before_start':
      return 'Anställd till kan inte vara före anställd från.';
    case 'not_unique':
      return field === 'employeeNumber' ? 'Anställningsnumret används redan av en annan medarbetare.' : fieldErrorText(code);
    default:
      return fieldErrorText(code);
  }
}

const DATE_HINT = 'Skriv datumet som ÅÅÅÅ-MM-DD, till exempel 2026-11-23.';
const FORMAT_HINTS: Partial<Record<StaffFormField, string>> = {
  email: 'Skriv e-postadressen som namn@kommun.se.',
  fte: 'Skriv sysselsättningsgraden i procent med högst en decimal, till exempel 75 eller 87,5.',
  employmentStart: DATE_HINT,
  employmentEnd: DATE_HINT,
  experienceStart: DATE_HINT,
  dispensationUntil: DATE_HINT,
  degreeYear: 'Skriv examensåret med fyra siffror, till exempel 2015.',
  birthYear: 'Skriv födelseåret med fyra siffror, till exempel 1985.',
};
const RANGE_HINTS: Partial<Record<StaffFormField, string>> = {
  fte: 'Sysselsättningsgraden ska vara mellan 1 och 100 procent.',
  degreeYear: `Examensåret kan inte vara före ${EARLIEST_DEGREE_YEAR}.`,
  birthYear: `Födelseåret kan inte vara före ${BIRTH_YEAR_MIN}.`,
};

/** 0.875 → "87,5"; 0.75 → "75" (FTE is kept in thousandths: a percent with one decimal). */
function percentText(fte: number): string {
  return String(Math.round(fte * 1000) / 10).replace('.', ',');
}

function fromBoolean(value: boolean | null): YesNo {
  if (value === null) return '';
  return value ? 'yes' : 'no';
}

function toBoolean(value: YesNo): boolean | null {
  if (value === '') return null;
  return value === 'yes';
}

/** A member's name as lists show it. */
export function staffName(member: Pick<StaffMember, 'firstName' | 'lastName'>): string {
  return `${member.firstName} ${member.lastName}`;
}

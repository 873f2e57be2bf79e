import { RowReader, type TabularRow } from '@kl/api/core';
import {
  BIRTH_YEAR_MIN,
  EMPLOYEE_NUMBER_MAX_LENGTH,
  FTE_DECIMALS,
  STAFF_NAME_MAX_LENGTH,
  type StaffMemberFields,
  type TabularProblem,
} from '@kl/shared/contracts';
import { isEmail } from 'class-validator';
import {
  DEGREE_WORDS,
  EMPLOYMENT_WORDS,
  GENDER_WORDS,
  LEAVING_REASON_WORDS,
  QUALIFICATION_WORDS,
  ROLE_WORDS,
  STAFF_FIELD_HEADERS,
  wordsToValues,
} from './staff-columns';

const ROLES = wordsToValues(ROLE_WORDS);
const GENDERS = wordsToValues(GENDER_WORDS);
const EMPLOYMENT_TYPES = wordsToValues(EMPLOYMENT_WORDS);
const DEGREES = wordsToValues(DEGREE_WORDS);
const QUALIFICATIONS = wordsToValues(QUALIFICATION_WORDS);
const LEAVING_REASONS_BY_WORD = wordsToValues(LEAVING_REASON_WORDS);
const EMAIL_MAX_LENGTH = 254;
const FTE_FACTOR = 10 ** FTE_DECIMALS;

/** The fields of one row, the unit by its name; optional columns absent from the file are absent here. */
export type StaffFileFields = Omit<StaffMemberFields, 'unitId'> & { unitName: string };

export interface StaffFileRow {
  row: number;
  fields: StaffFileFields;
  /** The fields whose column is in the file. */
  present: ReadonlySet<keyof StaffMemberFields>;
}

/**
 * Reads each row of a staff file (FORMATS.md §1) into a staff member's fields within the
 * contracts' limits (the rules across fields apply once merged with what is stored, see
 * `planStaffImport`). Rows with a problem are left out; every problem names its row and column.
 */
export function readStaffRows(
  rows: readonly TabularRow[],
  columns: readonly string[],
  problems: TabularProblem[],
  /** Employee numbers of the rows read so far (of earlier batches too), with their row. */
  seen = new Map<string, number>(),
): StaffFileRow[] {
  const present = new Set(
    (Object.keys(STAFF_FIELD_HEADERS) as (keyof StaffMemberFields)[]).filter((field) => columns.includes(STAFF_FIELD_HEADERS[field])),
  );
  const read: StaffFileRow[] = [];
  for (const row of rows) {
    const fields = readFields(new RowReader(row, problems), seen);
    if (fields) read.push({ row: row.row, fields, present });
  }
  return read;
}

function readFields(r: RowReader, seen: Map<string, number>): StaffFileFields | null {
  const h = STAFF_FIELD_HEADERS;
  const employeeNumber = r.text(h.employeeNumber, { maxLength: EMPLOYEE_NUMBER_MAX_LENGTH, required: true });
  if (employeeNumber !== null) {
    if (seen.has(employeeNumber)) r.report(h.employeeNumber, 'not_unique');
    else seen.set(employeeNumber, r.row);
  }
  const email = r.text(h.email, { maxLength: EMAIL_MAX_LENGTH });
  if (email !== null && !isEmail(email)) r.report(h.email, 'invalid_format');
  const percent = r.decimal(h.fte, { required: true, min: 1, max: 100 });
  // Sysselsättningsgrad is kept to thousandths of full time: 87,5 % but not 87,55 %.
  if (percent !== null && Math.abs(percent * FTE_FACTOR - Math.round(percent * FTE_FACTOR)) > 1e-6 * FTE_FACTOR) {
    r.report(h.fte, 'invalid_format');
  }
  const role = r.choice(h.role, ROLES, { required: true });
  const fields = {
    employeeNumber,
    firstName: r.text(h.firstName, { maxLength: STAFF_NAME_MAX_LENGTH, required: true }),
    lastName: r.text(h.lastName, { maxLength: STAFF_NAME_MAX_LENGTH, required: true }),
    email,
    unitName: r.text(h.unitId, { maxLength: STAFF_NAME_MAX_LENGTH * 2, required: true }),
    role,
    gender: r.choice(h.gender, GENDERS, { required: true }),
    fte: percent === null ? null : Math.round((percent / 100) * FTE_FACTOR) / FTE_FACTOR,
    employmentType: r.choice(h.employmentType, EMPLOYMENT_TYPES, { required: true }),
    employmentStart: r.date(h.employmentStart, { required: true }),
    employmentEnd: r.date(h.employmentEnd),
    experienceStart: r.date(h.experienceStart, { required: true }),
    degree: r.choice(h.degree, DEGREES, { required: true }),
    degreeYear: r.integer(h.degreeYear, { min: 1900, max: 9999 }),
    continuingEducation: r.yesNo(h.continuingEducation) ?? false,
    furtherEducation: r.yesNo(h.furtherEducation) ?? false,
    masters: r.yesNo(h.masters) ?? false,
    qualificationStatus: r.choice(h.qualificationStatus, QUALIFICATIONS),
    dispensationUntil: r.date(h.dispensationUntil),
    firstManagerialJob: r.yesNo(h.firstManagerialJob),
    needsDevelopment: r.yesNo(h.needsDevelopment),
    birthYear: r.integer(h.birthYear, { min: BIRTH_YEAR_MIN, max: 9999 }),
    leavingReason: r.choice(h.leavingReason, LEAVING_REASONS_BY_WORD),
  };
  return r.valid ? (fields as StaffFileFields) : null;
}

import type { KommunTransaction } from '@kl/api/core';
import type { StaffMemberFields } from '@kl/shared/contracts';
import {
  DEGREE_WORDS,
  EMPLOYMENT_WORDS,
  GENDER_WORDS,
  LEAVING_REASON_WORDS,
  QUALIFICATION_WORDS,
  ROLE_WORDS,
  STAFF_EXPORT_HEADERS,
  STAFF_FIELD_HEADERS,
} from './staff-columns';
import { loadStoredStaff, loadUnits } from './staff-import.queries';
import type { StoredStaff } from './staff-plan';
import type { ColumnChoices, FileValue, TableFile } from './table-file';

const YES_NO = ['ja', 'nej'];
const yesNo = (value: boolean | null): string | null => (value === null ? null : value ? 'ja' : 'nej');
const date = (value: string | null): Date | null => (value === null ? null : new Date(`${value}T00:00:00Z`));

/** One staff member as a row of FORMATS.md §1, in the words and forms the import reads. */
function staffRow(staff: StoredStaff, unitName: string): FileValue[] {
  const values: Record<keyof StaffMemberFields, FileValue> = {
    employeeNumber: staff.employeeNumber,
    firstName: staff.firstName,
    lastName: staff.lastName,
    email: staff.email,
    unitId: unitName,
    role: ROLE_WORDS[staff.role],
    gender: GENDER_WORDS[staff.gender],
    // Percent of full time; thousandths of full time are tenths of a percent.
    fte: Math.round(staff.fte * 1000) / 10,
    employmentType: EMPLOYMENT_WORDS[staff.employmentType],
    employmentStart: date(staff.employmentStart),
    employmentEnd: date(staff.employmentEnd),
    experienceStart: date(staff.experienceStart),
    degree: DEGREE_WORDS[staff.degree],
    degreeYear: staff.degreeYear,
    continuingEducation: yesNo(staff.continuingEducation),
    furtherEducation: yesNo(staff.furtherEducation),
    masters: yesNo(staff.masters),
    qualificationStatus: staff.qualificationStatus && QUALIFICATION_WORDS[staff.qualificationStatus],
    dispensationUntil: date(staff.dispensationUntil),
    firstManagerialJob: yesNo(staff.firstManagerialJob),
    needsDevelopment: yesNo(staff.needsDevelopment),
    birthYear: staff.birthYear,
    leavingReason: staff.leavingReason && LEAVING_REASON_WORDS[staff.leavingReason],
  };
  return (Object.keys(STAFF_FIELD_HEADERS) as (keyof StaffMemberFields)[]).map((field) => values[field]);
}

/**
 * The kommun's staff as a `personal` file (FORMATS.md §1): everyone, also those who have left,
 * sorted by employee number; with `empty`, the template (no rows). Dropdowns for every
 * enumeration and for the kommun's open units.
 */
export async function staffTable(tx: KommunTransaction, empty: boolean): Promise<TableFile> {
  const units = [...(await loadUnits(tx)).values()];
  const unitNames = new Map(units.map((unit) => [unit.id, unit.name]));
  const staff = empty ? [] : [...(await loadStoredStaff(tx)).values()].sort((a, b) => a.employeeNumber.localeCompare(b.employeeNumber, 'sv'));
  if (staff.length > 0) await tx.recordRead('file_export', staff.map((member) => member.id));
  const h = STAFF_FIELD_HEADERS;
  const choices: ColumnChoices[] = [
    { header: h.unitId, values: units.filter((unit) => !unit.closed).map((unit) => unit.name).sort((a, b) => a.localeCompare(b, 'sv')) },
    { header: h.role, values: Object.values(ROLE_WORDS) },
    { header: h.gender, values: Object.values(GENDER_WORDS) },
    { header: h.employmentType, values: Object.values(EMPLOYMENT_WORDS) },
    { header: h.degree, values: Object.values(DEGREE_WORDS) },
    { header: h.qualificationStatus, values: Object.values(QUALIFICATION_WORDS) },
    ...[h.continuingEducation, h.furtherEducation, h.masters, h.firstManagerialJob, h.needsDevelopment].map((header) => ({ header, values: YES_NO })),
    { header: h.leavingReason, values: Object.values(LEAVING_REASON_WORDS) },
  ];
  return {
    sheetName: 'personal',
    headers: STAFF_EXPORT_HEADERS,
    rows: staff.map((member) => staffRow(member, unitNames.get(member.unitId) ?? '')),
    choices,
  };
}

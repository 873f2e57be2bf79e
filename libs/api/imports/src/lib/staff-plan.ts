import { choiceKey } from '@kl/api/core';
import type { ImportCounts, ImportPreviewRow, StaffMemberFields, TabularProblem } from '@kl/shared/contracts';
import { staffRuleErrors } from '@kl/shared/util';
import { STAFF_FIELD_HEADERS } from './staff-columns';
import type { StaffFileRow } from './staff-file';

export interface StoredStaff extends StaffMemberFields {
  id: string;
  version: number;
}

export interface StaffUnit {
  id: string;
  name: string;
  closed: boolean;
}

export interface StaffInsert {
  row: number;
  fields: StaffMemberFields;
}

export interface StaffUpdate {
  row: number;
  before: StoredStaff;
  fields: StaffMemberFields;
}

export interface StaffImportPlan {
  inserts: StaffInsert[];
  updates: StaffUpdate[];
  rows: ImportPreviewRow[];
  counts: ImportCounts;
}

const FIELDS = Object.keys(STAFF_FIELD_HEADERS) as (keyof StaffMemberFields)[];
const TEAM_LEADER_FIELDS: (keyof StaffMemberFields)[] = ['firstManagerialJob', 'needsDevelopment'];

/** A unit's name as a file may write it: case and spacing do not matter. */
export const unitKey = (name: string): string => choiceKey(name);

/**
 * Decides each valid row of a staff file against what is stored: add (a new employee number),
 * change (some field differs) or leave unchanged, so that the same file twice writes nothing.
 * An optional column absent from the file keeps the stored value. The rules across fields
 * (`staffRuleErrors`, the staff form's) apply to the merged record; each problem names its row
 * and column.
 */
export function planStaffImport(
  rows: readonly StaffFileRow[],
  stored: ReadonlyMap<string, StoredStaff>,
  units: ReadonlyMap<string, StaffUnit>,
  today: string,
  problems: TabularProblem[],
): StaffImportPlan {
  const plan: StaffImportPlan = { inserts: [], updates: [], rows: [], counts: { add: 0, change: 0, unchanged: 0 } };
  for (const { row, fields: file, present } of rows) {
    const unit = units.get(unitKey(file.unitName));
    const before = stored.get(file.employeeNumber) ?? null;
    if (!unit) {
      problems.push({ row, column: STAFF_FIELD_HEADERS.unitId, code: 'unknown_reference' });
      continue;
    }
    if (unit.closed && unit.id !== before?.unitId) {
      problems.push({ row, column: STAFF_FIELD_HEADERS.unitId, code: 'not_allowed' });
      continue;
    }
    const fields = Object.fromEntries(
      FIELDS.map((field) => {
        if (field === 'unitId') return [field, unit.id];
        const kept = before && !present.has(field) && !(TEAM_LEADER_FIELDS.includes(field) && file.role !== 'team_leader');
        return [field, kept ? before[field] : file[field as keyof typeof file]];
      }),
    ) as unknown as StaffMemberFields;
    const errors = Object.entries(staffRuleErrors(fields, today));
    if (errors.length > 0) {
      for (const [field, code] of errors) problems.push({ row, column: STAFF_FIELD_HEADERS[field as keyof StaffMemberFields] ?? null, code });
      continue;
    }
    if (!before) {
      plan.inserts.push({ row, fields });
      plan.rows.push({ row, key: fields.employeeNumber, action: 'add', changedColumns: [] });
      plan.counts.add++;
      continue;
    }
    const changed = FIELDS.filter((field) => before[field] !== fields[field]);
    if (changed.length === 0) {
      plan.rows.push({ row, key: fields.employeeNumber, action: 'unchanged', changedColumns: [] });
      plan.counts.unchanged++;
    } else {
      plan.updates.push({ row, before, fields });
      plan.rows.push({ row, key: fields.employeeNumber, action: 'change', changedColumns: changed.map((field) => STAFF_FIELD_HEADERS[field]) });
      plan.counts.change++;
    }
  }
  return plan;
}

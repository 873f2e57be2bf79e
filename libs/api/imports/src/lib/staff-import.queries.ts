import { type KommunTransaction, StaleVersionError } from '@kl/api/core';
import { STAFF_FIELD_COLUMNS } from '@kl/api/staff';
import type { StaffMemberFields } from '@kl/shared/contracts';
import type { StaffInsert, StaffUnit, StaffUpdate, StoredStaff } from './staff-plan';
import { unitKey } from './staff-plan';

const FIELDS = Object.keys(STAFF_FIELD_COLUMNS) as (keyof StaffMemberFields)[];

/** The SQL type of each column, for jsonb_to_recordset. */
const COLUMN_TYPES: Record<keyof StaffMemberFields, string> = {
  employeeNumber: 'text',
  firstName: 'text',
  lastName: 'text',
  email: 'text',
  unitId: 'uuid',
  role: 'staff_role',
  gender: 'staff_gender',
  fte: 'numeric',
  employmentType: 'staff_employment_type',
  employmentStart: 'date',
  employmentEnd: 'date',
  experienceStart: 'date',
  degree: 'staff_degree',
  degreeYear: 'smallint',
  continuingEducation: 'boolean',
  furtherEducation: 'boolean',
  masters: 'boolean',
  qualificationStatus: 'staff_qualification_status',
  dispensationUntil: 'date',
  firstManagerialJob: 'boolean',
  needsDevelopment: 'boolean',
  birthYear: 'smallint',
  leavingReason: 'staff_leaving_reason',
};

const STORED_SELECT = FIELDS.map((field) => {
  const column = STAFF_FIELD_COLUMNS[field];
  const type = COLUMN_TYPES[field];
  return `s.${column}${type === 'date' || type === 'numeric' ? '::text' : ''} AS "${field}"`;
}).join(', ');

const RECORD_COLUMNS = FIELDS.map((field) => `"${field}" ${COLUMN_TYPES[field]}`).join(', ');

/** Every staff member of the kommun by employee number (an import is the administrator's, who reaches all). */
export async function loadStoredStaff(tx: KommunTransaction): Promise<Map<string, StoredStaff>> {
  const p = tx.params();
  const rows = await tx.query<Omit<StoredStaff, 'fte'> & { fte: string }>(
    `SELECT s.id, s.row_version AS version, ${STORED_SELECT} FROM staff_member s WHERE ${tx.staffFilter(p)}`,
    p,
  );
  return new Map(rows.map((row) => [row.employeeNumber, { ...row, fte: Number(row.fte) }]));
}

/** The kommun's units by name as a file writes it. */
export async function loadUnits(tx: KommunTransaction): Promise<Map<string, StaffUnit>> {
  const p = tx.params();
  const rows = await tx.query<StaffUnit>(
    `SELECT u.id, u.name, u.closed_at IS NOT NULL AS closed FROM org_unit u WHERE ${tx.unitFilter(p)} ORDER BY u.closed_at NULLS FIRST`,
    p,
  );
  const units = new Map<string, StaffUnit>();
  for (const unit of rows) if (!units.has(unitKey(unit.name))) units.set(unitKey(unit.name), unit);
  return units;
}

const record = (fields: StaffMemberFields) => Object.fromEntries(FIELDS.map((field) => [field, fields[field]]));

/** The trail's view of a staff record, as the staff service writes it: the stored fields and the version. */
export const staffAuditView = (fields: StaffMemberFields, version: number) => ({ ...record(fields), version });

/** Adds the staff members in one statement, with one audit event each. */
export async function insertStaff(tx: KommunTransaction, inserts: readonly StaffInsert[]): Promise<void> {
  if (inserts.length === 0) return;
  const created = await tx.query<{ id: string; employeeNumber: string }>(
    `INSERT INTO staff_member (municipality_id, ${FIELDS.map((f) => STAFF_FIELD_COLUMNS[f]).join(', ')})
     SELECT $1, ${FIELDS.map((f) => `x."${f}"`).join(', ')}
     FROM jsonb_to_recordset($2::jsonb) AS x(${RECORD_COLUMNS})
     RETURNING id, employee_number AS "employeeNumber"`,
    [tx.municipalityId, JSON.stringify(inserts.map((insert) => record(insert.fields)))],
  );
  const ids = new Map(created.map((row) => [row.employeeNumber, row.id]));
  await tx.audit(
    inserts.map((insert) => ({
      entityType: 'staff_member' as const,
      entityId: ids.get(insert.fields.employeeNumber) as string,
      action: 'create' as const,
      before: null,
      after: staffAuditView(insert.fields, 1),
    })),
  );
}

/**
 * Changes the staff members in one statement, each only from the version read in this
 * transaction (a concurrent edit makes the whole import fail with 409), with one audit event each.
 */
export async function updateStaff(tx: KommunTransaction, updates: readonly StaffUpdate[]): Promise<void> {
  if (updates.length === 0) return;
  const rows = updates.map((update) => ({ ...record(update.fields), id: update.before.id, version: update.before.version }));
  const changed = await tx.modify<{ id: string }>(
    `UPDATE staff_member s SET ${FIELDS.map((f) => `${STAFF_FIELD_COLUMNS[f]} = x."${f}"`).join(', ')},
            row_version = s.row_version + 1, updated_at = now()
     FROM jsonb_to_recordset($2::jsonb) AS x(id uuid, version int, ${RECORD_COLUMNS})
     WHERE s.municipality_id = $1 AND s.id = x.id AND s.row_version = x.version
     RETURNING s.id`,
    [tx.municipalityId, JSON.stringify(rows)],
  );
  if (changed.length !== updates.length) {
    const lost = updates.find((update) => !changed.some((row) => row.id === update.before.id));
    throw new StaleVersionError('Staff member', { employeeNumber: lost?.before.employeeNumber });
  }
  await tx.audit(
    updates.map((update) => ({
      entityType: 'staff_member' as const,
      entityId: update.before.id,
      action: 'update' as const,
      before: staffAuditView(update.before, update.before.version),
      after: staffAuditView(update.fields, update.before.version + 1),
    })),
  );
}

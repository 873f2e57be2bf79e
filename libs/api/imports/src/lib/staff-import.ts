import { type KommunTransaction, readTableInBatches } from '@kl/api/core';
import { IMPORT_MAX_BYTES, IMPORT_MAX_ROWS, type TabularProblem } from '@kl/shared/contracts';
import { todayInSweden } from '@kl/shared/util';
import { importBasis } from './import-basis';
import { jobPreview, type JobPreview } from './import-jobs';
import { STAFF_COLUMNS } from './staff-columns';
import { readStaffRows, type StaffFileRow } from './staff-file';
import { type StaffInvitee, inviteesWithoutAccount } from './staff-invitations';
import { insertStaff, loadStoredStaff, loadUnits, updateStaff } from './staff-import.queries';
import { planStaffImport, type StaffInsert, type StaffUpdate } from './staff-plan';

export const IMPORT_LIMITS = { maxBytes: IMPORT_MAX_BYTES, maxRows: IMPORT_MAX_ROWS };

/** What a confirmation writes: the staff to add and change, and (when asked) whom to invite. */
export interface StaffWritePlan {
  inserts: StaffInsert[];
  updates: StaffUpdate[];
  invitees: StaffInvitee[];
}

/** What a staff plan rests on (see `importBasis`): every staff member's and unit's version. */
export const staffBasis = (tx: KommunTransaction): Promise<string> => importBasis(tx);

/**
 * Reads and checks a staff file against the kommun as it is in this transaction: the plan and the
 * preview, which counts the invitations when they are asked for.
 */
export async function planStaffFile(
  tx: KommunTransaction,
  file: Buffer,
  inviteAccounts: boolean,
): Promise<{ plan: StaffWritePlan; preview: JobPreview }> {
  const problems: TabularProblem[] = [];
  const rows: StaffFileRow[] = [];
  const seen = new Map<string, number>();
  // Each batch of rows as it is read: the file's rows are never all held at once.
  await readTableInBatches(file, STAFF_COLUMNS, IMPORT_LIMITS, problems, (batch, columns) => {
    rows.push(...readStaffRows(batch, columns, problems, seen));
  });
  const [stored, units] = await Promise.all([loadStoredStaff(tx), loadUnits(tx)]);
  const plan = planStaffImport(rows, stored, units, todayInSweden(), problems);
  const invitees = inviteAccounts
    ? rows.flatMap(({ fields }) => (fields.email ? [{ employeeNumber: fields.employeeNumber, email: fields.email }] : []))
    : [];
  const invitations = invitees.length > 0 ? (await inviteesWithoutAccount(tx, invitees)).length : 0;
  return {
    plan: { inserts: plan.inserts, updates: plan.updates, invitees },
    preview: jobPreview(plan.counts, plan.rows, problems, invitations),
  };
}

/** Writes a valid plan: two statements and the audit, whatever the number of rows. */
export async function writeStaffPlan(tx: KommunTransaction, plan: StaffWritePlan): Promise<void> {
  await insertStaff(tx, plan.inserts);
  await updateStaff(tx, plan.updates);
}

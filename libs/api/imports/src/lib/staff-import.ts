import { type KommunTransaction, readTable } from '@kl/api/core';
import { IMPORT_MAX_BYTES, IMPORT_MAX_ROWS, type TabularProblem } from '@kl/shared/contracts';
import { todayInSweden } from '@kl/shared/util';
import { jobPreview, type JobPreview } from './import-jobs';
import { STAFF_COLUMNS } from './staff-columns';
import { readStaffRows } from './staff-file';
import { insertStaff, loadStoredStaff, loadUnits, updateStaff } from './staff-import.queries';
import { planStaffImport, type StaffImportPlan } from './staff-plan';

export const IMPORT_LIMITS = { maxBytes: IMPORT_MAX_BYTES, maxRows: IMPORT_MAX_ROWS };

/** Reads and checks a staff file against the kommun as it is in this transaction: the plan and the preview. */
export async function planStaffFile(tx: KommunTransaction, file: Buffer): Promise<{ plan: StaffImportPlan; preview: JobPreview }> {
  const table = await readTable(file, STAFF_COLUMNS, IMPORT_LIMITS);
  const problems: TabularProblem[] = [...table.problems];
  const rows = readStaffRows(table.rows, table.columns, problems);
  const [stored, units] = await Promise.all([loadStoredStaff(tx), loadUnits(tx)]);
  const plan = planStaffImport(rows, stored, units, todayInSweden(), problems);
  return { plan, preview: jobPreview(plan.counts, plan.rows, problems) };
}

/** Writes a valid plan: two statements and the audit, whatever the number of rows. */
export async function writeStaffPlan(tx: KommunTransaction, plan: StaffImportPlan): Promise<void> {
  await insertStaff(tx, plan.inserts);
  await updateStaff(tx, plan.updates);
}

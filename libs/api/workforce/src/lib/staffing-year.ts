import type { KommunTransaction } from '@kl/api/core';
import { STAFFING_ROLES, type StaffingRole } from '@kl/shared/contracts';
import { type EmploymentPeriodInput, type StaffingVacancyInput, type StaffingYear, staffingPeriod } from '@kl/shared/util';
import { loadPeriods } from './workforce-rows';

/**
 * A kommun's staffing for the national submission (docs/national.md §10): every employment period
 * of each role (consultants' and erased people's too, nameless) and every vacancy, for the flows of
 * the last full calendar year before the reference date and the stocks on it. The transaction's
 * scope is the kommun administrator's, so its whole kommun is read.
 */
export async function readStaffingYear(tx: KommunTransaction, referenceDate: string): Promise<StaffingYear> {
  const { to } = staffingPeriod(referenceDate);
  const until = to > referenceDate ? to : referenceDate;
  const periods = {} as Record<StaffingRole, EmploymentPeriodInput[]>;
  for (const role of STAFFING_ROLES) periods[role] = await loadPeriods(tx, { role }, until);
  const vacancies = await tx.query<StaffingVacancyInput>(
    `SELECT v.fte::text AS fte, v.opened_on::text AS "openedOn", v.filled_on::text AS "filledOn", v.difficulty,
            v.covered_by_consultant AS "coveredByConsultant"
     FROM vacancy v WHERE v.municipality_id = $1 AND v.opened_on <= $2::date`,
    [tx.municipalityId, until],
  );
  return { periods, vacancies };
}

import {
  FTE_DECIMALS,
  STAFFING_DIFFICULTY_CODES,
  STAFFING_LEAVING_REASONS,
  STAFFING_REASON_CODES,
  STAFFING_ROLE_CODES,
  STAFFING_ROLES,
  VACANCY_DIFFICULTIES,
  type NationalMeasure,
  type StaffingRole,
  type VacancyDifficulty,
} from '@kl/shared/contracts';
import { roundRatio, toScaled } from './decimal';
import { type SubmissionCell, fteCell } from './national-submission';
import { type EmploymentPeriodInput, dayNumber, daysBetween, employeeDaysIn, headcountOn, turnoverIn } from './workforce';

/**
 * The staffing measures of a kommun's submission (docs/national.md §10) from its employment
 * periods and vacancies: turnover over the last full calendar year before the round's reference
 * date, consultants and open vacancies on the reference date. Only counts and sums leave.
 */

export interface StaffingVacancyInput {
  /** Exact decimal. */
  fte: string;
  openedOn: string;
  filledOn: string | null;
  difficulty: VacancyDifficulty;
  coveredByConsultant: boolean;
}

export interface StaffingYear {
  /** Every employment period of each role (consultants' too), nameless. */
  periods: Record<StaffingRole, readonly EmploymentPeriodInput[]>;
  /** Vacancies of both roles. */
  vacancies: readonly StaffingVacancyInput[];
}

/** The year the flows are counted over: the last full calendar year before the reference date. */
export function staffingPeriod(referenceDate: string): { year: number; from: string; to: string } {
  const year = Number(referenceDate.slice(0, 4)) - 1;
  return { year, from: `${year}-01-01`, to: `${year}-12-31` };
}

export function buildStaffingCells(input: StaffingYear, referenceDate: string): SubmissionCell[] {
  const { from, to } = staffingPeriod(referenceDate);
  const days = BigInt(dayNumber(to) - dayNumber(from) + 1);
  const cells: SubmissionCell[] = [];
  const push = (matt: NationalMeasure, varde: string) => cells.push({ matt, inriktning: '', niva: '', kon: '', varde });
  const fte = (exact: string) => fteCell(toScaled(exact, FTE_DECIMALS));

  const byReason = new Map<string, number>();
  for (const role of STAFFING_ROLES) {
    const code = STAFFING_ROLE_CODES[role];
    const periods = input.periods[role];
    const turnover = turnoverIn(periods, from, to);
    for (const reason of STAFFING_LEAVING_REASONS) byReason.set(reason, (byReason.get(reason) ?? 0) + (turnover.byReason?.[reason] ?? 0));
    const onDate = headcountOn(periods, referenceDate);
    push(`anstallda_${code}_medelantal`, roundRatio(employeeDaysIn(periods, from, to), days, 1));
    push(`slutat_${code}_antal`, String(turnover.leavers ?? 0));
    push(`anstallda_${code}_fte`, fte(onDate.fte));
    push(`konsult_${code}_fte`, fte(onDate.consultantFte));
  }
  for (const reason of STAFFING_LEAVING_REASONS) {
    push(`slutat_orsak_${STAFFING_REASON_CODES[reason]}_antal`, String(byReason.get(reason) ?? 0));
  }

  const open = input.vacancies.filter((v) => v.openedOn <= referenceDate && (v.filledOn === null || v.filledOn > referenceDate));
  const filled = input.vacancies.filter((v) => v.filledOn !== null && v.filledOn >= from && v.filledOn <= to);
  push('vakans_oppen_antal', String(open.length));
  push('vakans_oppen_fte', fteCell(open.reduce((sum, v) => sum + toScaled(v.fte, FTE_DECIMALS), 0n)));
  for (const difficulty of VACANCY_DIFFICULTIES) {
    push(`vakans_oppen_${STAFFING_DIFFICULTY_CODES[difficulty]}_antal`, String(open.filter((v) => v.difficulty === difficulty).length));
  }
  push('vakans_oppen_konsult_antal', String(open.filter((v) => v.coveredByConsultant).length));
  push('vakans_tillsatt_antal', String(filled.length));
  push('vakans_tillsatt_dagar', String(filled.reduce((sum, v) => sum + daysBetween(v.openedOn, v.filledOn as string), 0)));
  return cells;
}

import {
  STAFFING_DIFFICULTY_CODES,
  STAFFING_LEAVING_REASONS,
  STAFFING_REASON_CODES,
  STAFFING_ROLE_CODES,
  STAFFING_ROLES,
  VACANCY_DIFFICULTIES,
  type StaffingFigures,
  type StaffingLeavingReason,
  type StaffingRole,
  type StaffingRoleFigures,
  type VacancyDifficulty,
} from '@kl/shared/contracts';
import { roundRatio } from './decimal';
import { type CellIndex, exactShare, tenthsToDecimal } from './national-tables';

/**
 * The national staffing table (docs/national.md §10) from kept aggregate cells. Turnover, the
 * consultant share and the mean time to fill are computed from the sums over kommuner of their
 * numerators and denominators, never as a mean of the kommuner's rates.
 */

export const staffingRoleMeasure = (role: StaffingRole, what: 'anstallda_medelantal' | 'slutat_antal' | 'anstallda_fte' | 'konsult_fte') => {
  const [prefix, unit] = what.split('_');
  return `${prefix}_${STAFFING_ROLE_CODES[role]}_${unit}`;
};
export const reasonMeasure = (reason: StaffingLeavingReason) => `slutat_orsak_${STAFFING_REASON_CODES[reason]}_antal`;
export const difficultyMeasure = (difficulty: VacancyDifficulty) => `vakans_oppen_${STAFFING_DIFFICULTY_CODES[difficulty]}_antal`;

/** Sums in tenths of one role (or both): average headcount, leavers, employees' and consultants' FTE. */
export interface StaffingTenths {
  averageHeadcount: bigint;
  leavers: bigint;
  employeeFte: bigint;
  consultantFte: bigint;
}

export function staffingTenths(cells: CellIndex, roles: readonly StaffingRole[]): StaffingTenths {
  const sum = (what: Parameters<typeof staffingRoleMeasure>[1]) => roles.reduce((s, r) => s + cells.tenths(staffingRoleMeasure(r, what)), 0n);
  return {
    averageHeadcount: sum('anstallda_medelantal'),
    leavers: sum('slutat_antal'),
    employeeFte: sum('anstallda_fte'),
    consultantFte: sum('konsult_fte'),
  };
}

function roleFigures(t: StaffingTenths): StaffingRoleFigures {
  const total = t.employeeFte + t.consultantFte;
  return {
    averageHeadcount: tenthsToDecimal(t.averageHeadcount),
    leavers: Number(t.leavers / 10n),
    turnover: exactShare(t.leavers, t.averageHeadcount),
    employeeFte: tenthsToDecimal(t.employeeFte),
    consultantFte: tenthsToDecimal(t.consultantFte),
    totalFte: tenthsToDecimal(total),
    consultantShare: exactShare(t.consultantFte, total),
  };
}

export function staffingFigures(cells: CellIndex): StaffingFigures {
  const roles = Object.fromEntries(STAFFING_ROLES.map((r) => [r, roleFigures(staffingTenths(cells, [r]))])) as Record<StaffingRole, StaffingRoleFigures>;
  const filled = cells.count('vakans_tillsatt_antal');
  const daysToFill = cells.count('vakans_tillsatt_dagar');
  return {
    roles,
    total: roleFigures(staffingTenths(cells, STAFFING_ROLES)),
    leaversByReason: Object.fromEntries(STAFFING_LEAVING_REASONS.map((r) => [r, cells.count(reasonMeasure(r))])) as Record<StaffingLeavingReason, number>,
    vacancies: {
      open: cells.count('vakans_oppen_antal'),
      openFte: tenthsToDecimal(cells.tenths('vakans_oppen_fte')),
      byDifficulty: Object.fromEntries(VACANCY_DIFFICULTIES.map((d) => [d, cells.count(difficultyMeasure(d))])) as Record<VacancyDifficulty, number>,
      coveredByConsultant: cells.count('vakans_oppen_konsult_antal'),
      filled,
      daysToFill,
      meanDaysToFill: filled === 0 ? null : roundRatio(BigInt(daysToFill), BigInt(filled), 1),
      n: cells.coverage('vakans_oppen_antal').reported,
    },
    n: Math.max(...STAFFING_ROLES.map((r) => cells.coverage(staffingRoleMeasure(r, 'anstallda_medelantal')).reported)),
    nFte: Math.max(...STAFFING_ROLES.map((r) => cells.coverage(staffingRoleMeasure(r, 'anstallda_fte')).reported)),
  };
}

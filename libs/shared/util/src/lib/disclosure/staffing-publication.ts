import {
  STAFFING_LEAVING_REASONS,
  STAFFING_ROLES,
  VACANCY_DIFFICULTIES,
  type PublicationReason,
  type PublishedStaffing,
  type StaffingRole,
} from '@kl/shared/contracts';
import type { CellIndex } from '../national-tables';
import { difficultyMeasure, reasonMeasure, staffingFigures, staffingRoleMeasure, staffingTenths } from '../national-staffing-table';
import { type AddCell, type AddLine, type RowHider, fteCell, kommunFigureCell } from './table-cells';

/**
 * The staffing table's cells for disclosure control (docs/national.md §6, §10) and its published
 * form. Average headcount and FTE rest on at least ceil(value) persons (nobody counts more than
 * once in an average nor works more than full time), leavers on as many as they count; vacancies
 * are the kommuner's posts, not persons, so only the kommun threshold applies to them.
 */

type RoleKey = 'averageHeadcount' | 'leavers' | 'employeeFte' | 'consultantFte';

const ROLE_KEYS: readonly [RoleKey, Parameters<typeof staffingRoleMeasure>[1]][] = [
  ['averageHeadcount', 'anstallda_medelantal'],
  ['leavers', 'slutat_antal'],
  ['employeeFte', 'anstallda_fte'],
  ['consultantFte', 'konsult_fte'],
];
const GROUPS = [...STAFFING_ROLES.map((r) => `roles.${r}`), 'total'];

export function staffingCells(index: CellIndex, add: AddCell, line: AddLine): void {
  const support = (measures: readonly string[]) => Math.max(0, ...measures.map((m) => index.support(m)));
  const group = (name: string, roles: readonly StaffingRole[], total: boolean) => {
    const t = staffingTenths(index, roles);
    const at = Object.fromEntries(
      ROLE_KEYS.map(([key, what]) => [key, add(`staffing||${name}.${key}`, fteCell(t[key], support(roles.map((r) => staffingRoleMeasure(r, what))), total))]),
    ) as Record<RoleKey, number>;
    const fte = roles.flatMap((r) => [staffingRoleMeasure(r, 'anstallda_fte'), staffingRoleMeasure(r, 'konsult_fte')]);
    const totalFte = add(`staffing||${name}.totalFte`, fteCell(t.employeeFte + t.consultantFte, support(fte), true));
    line([at.employeeFte, at.consultantFte], totalFte);
    return { ...at, totalFte };
  };
  const roles = STAFFING_ROLES.map((r) => group(`roles.${r}`, [r], false));
  const total = group('total', STAFFING_ROLES, true);
  for (const key of [...ROLE_KEYS.map(([k]) => k), 'totalFte'] as const) line(roles.map((r) => r[key]), total[key]);

  const reasons = STAFFING_LEAVING_REASONS.map((r) => {
    const value = index.count(reasonMeasure(r));
    return add(`staffing||leaversByReason.${r}`, { value, kommuner: index.support(reasonMeasure(r)), persons: value });
  });
  line(reasons, total.leavers);

  const open = add('staffing||vacancies.open', kommunFigureCell(index.count('vakans_oppen_antal'), index.support('vakans_oppen_antal'), true));
  const difficulties = VACANCY_DIFFICULTIES.map((d) =>
    add(`staffing||vacancies.byDifficulty.${d}`, kommunFigureCell(index.count(difficultyMeasure(d)), index.support(difficultyMeasure(d)))),
  );
  line(difficulties, open);
  add('staffing||vacancies.openFte', kommunFigureCell(Number(index.tenths('vakans_oppen_fte')) / 10, index.support('vakans_oppen_fte')));
  for (const [key, measure] of [
    ['coveredByConsultant', 'vakans_oppen_konsult_antal'],
    ['filled', 'vakans_tillsatt_antal'],
    ['daysToFill', 'vakans_tillsatt_dagar'],
  ] as const) {
    add(`staffing||vacancies.${key}`, kommunFigureCell(index.count(measure), index.support(measure)));
  }
}

/** The staffing table of one filter with every value not published null and named in `suppressed`. */
export function publishedStaffing(
  index: CellIndex,
  reasonOf: (id: string) => PublicationReason | null,
  hider: RowHider,
): PublishedStaffing {
  const { suppressed, hide, derive } = hider('');
  const out = structuredClone(staffingFigures(index)) as PublishedStaffing;
  const keys = [
    ...GROUPS.flatMap((g) => [...ROLE_KEYS.map(([k]) => `${g}.${k}`), `${g}.totalFte`]),
    ...STAFFING_LEAVING_REASONS.map((r) => `leaversByReason.${r}`),
    'vacancies.open',
    ...VACANCY_DIFFICULTIES.map((d) => `vacancies.byDifficulty.${d}`),
    'vacancies.openFte',
    'vacancies.coveredByConsultant',
    'vacancies.filled',
    'vacancies.daysToFill',
  ];
  for (const key of keys) hide(out, key, reasonOf(`staffing||${key}`));
  for (const g of GROUPS) {
    derive(out, `${g}.turnover`, [`staffing||${g}.leavers`, `staffing||${g}.averageHeadcount`]);
    derive(out, `${g}.consultantShare`, [`staffing||${g}.consultantFte`, `staffing||${g}.totalFte`]);
  }
  derive(out, 'vacancies.meanDaysToFill', ['staffing||vacancies.daysToFill', 'staffing||vacancies.filled']);
  out.suppressed = suppressed;
  return out;
}

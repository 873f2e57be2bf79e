import {
  type PublishedStaffing,
  STAFFING_LEAVING_REASONS,
  STAFFING_ROLES,
  type StaffingLeavingReason,
  VACANCY_DIFFICULTIES,
  type VacancyDifficulty,
} from '@kl/shared/contracts';
import type { ExportTable } from '../export-table';
import { type PublishedLine, publishedLinesExport } from './published-lines';

const GROUP_TEXT = { 'roles.caseworker': 'Handläggare', 'roles.team_leader': 'Arbetsledare', total: 'Handläggare och arbetsledare' } as const;
const REASON_TEXT: Record<StaffingLeavingReason, string> = {
  other_kommun_social_services: 'annan kommuns socialtjänst',
  other_employer: 'annan arbetsgivare',
  left_profession: 'lämnat yrket',
  retirement: 'pension',
  other: 'annat',
  unknown: 'ej angivet',
};
const DIFFICULTY_TEXT: Record<VacancyDifficulty, string> = { easy: 'lätt', hard: 'svårt', very_hard: 'mycket svårt' };

/** The staffing table's Swedish words (lower case, to be set in a sentence or label). */
export const STAFFING_TEXT = { reasons: REASON_TEXT, difficulties: DIFFICULTY_TEXT } as const;

/** One line of the published staffing table: its Swedish label, unit, value and whether it was left out. */
export interface StaffingLine extends PublishedLine {
  unit: 'antal' | 'medelantal' | 'årsarbetare' | 'procent' | 'dagar' | 'kommuner';
}

/** The staffing table (docs/national.md §10) as lines: per role and both, leavers by reason, vacancies, N. */
export function publishedStaffingLines(t: PublishedStaffing): StaffingLine[] {
  const line = (label: string, unit: StaffingLine['unit'], key: string, value: string | number | null): StaffingLine => ({ label, unit, value, key, suppressed: t.suppressed });
  const groups = [...STAFFING_ROLES.map((r) => ['roles.' + r, t.roles[r]] as const), ['total', t.total] as const];
  return [
    ...groups.flatMap(([key, g]) => {
      const name = GROUP_TEXT[key as keyof typeof GROUP_TEXT];
      return [
        line(`${name}: medelantal anställda`, 'medelantal', `${key}.averageHeadcount`, g.averageHeadcount),
        line(`${name}: slutat`, 'antal', `${key}.leavers`, g.leavers),
        line(`${name}: personalomsättning`, 'procent', `${key}.turnover`, g.turnover),
        line(`${name}: anställda på referensdatum`, 'årsarbetare', `${key}.employeeFte`, g.employeeFte),
        line(`${name}: konsulter på referensdatum`, 'årsarbetare', `${key}.consultantFte`, g.consultantFte),
        line(`${name}: totalt på referensdatum`, 'årsarbetare', `${key}.totalFte`, g.totalFte),
        line(`${name}: konsultandel`, 'procent', `${key}.consultantShare`, g.consultantShare),
      ];
    }),
    ...STAFFING_LEAVING_REASONS.map((r) => line(`Slutat, orsak: ${REASON_TEXT[r]}`, 'antal', `leaversByReason.${r}`, t.leaversByReason[r])),
    line('N, personalomsättning (kommuner)', 'kommuner', 'n', t.n),
    line('N, årsarbetare på referensdatum (kommuner)', 'kommuner', 'nFte', t.nFte),
    line('Vakanser öppna på referensdatum', 'antal', 'vacancies.open', t.vacancies.open),
    line('Vakanser öppna på referensdatum (årsarbetare)', 'årsarbetare', 'vacancies.openFte', t.vacancies.openFte),
    ...VACANCY_DIFFICULTIES.map((d) =>
      line(`Vakanser öppna, ${DIFFICULTY_TEXT[d]} att tillsätta`, 'antal', `vacancies.byDifficulty.${d}`, t.vacancies.byDifficulty[d]),
    ),
    line('Vakanser öppna, täckta av konsult', 'antal', 'vacancies.coveredByConsultant', t.vacancies.coveredByConsultant),
    line('Vakanser tillsatta under året', 'antal', 'vacancies.filled', t.vacancies.filled),
    line('Dagar till tillsättning, summa', 'dagar', 'vacancies.daysToFill', t.vacancies.daysToFill),
    line('Dagar till tillsättning, medel', 'dagar', 'vacancies.meanDaysToFill', t.vacancies.meanDaysToFill),
    line('N, vakanser (kommuner)', 'kommuner', 'vacancies.n', t.vacancies.n),
  ];
}

export function publishedStaffingExport(t: PublishedStaffing): ExportTable {
  return publishedLinesExport('Bemanning', publishedStaffingLines(t));
}

import type {
  DeliveryCounts,
  ExperienceBand,
  FundingSummary,
  TrainingDeliveryReport,
  TrainingEffectReport,
  TrainingReachReport,
} from '@kl/shared/contracts';
import type { ExportColumn, ExportTable } from '@kl/web/shared/util';
import { COURSE_TYPE_LABELS } from './course-text';
import type { FundingRow } from './training-charts';
import { CANCELLATION_LABELS } from './training-text';

/** What a suppressed figure shows (DESIGN.md §4): the value rests on fewer than 5 people. */
export const SUPPRESSED_TEXT = '..';

export const REACH_BAND_LABELS: Record<ExperienceBand, string> = {
  '<1': 'Mindre än 1 år',
  '<2': '1–2 år',
  '<3': '2–3 år',
  '3-4': '3–4 år',
  '>4': 'Mer än 4 år',
};

const people = (heading: string): ExportColumn => ({ heading, kind: 'integer' });
const change = (heading: string): ExportColumn => ({ heading, kind: 'decimal', decimals: 2, emptyText: SUPPRESSED_TEXT });
const share = (heading: string): ExportColumn => ({ heading, kind: 'share', decimals: 1, emptyText: SUPPRESSED_TEXT });
const percent = (value: string | null) => (value === null ? null : Number(value) / 100);
const decimal = (value: string | null) => (value === null ? null : Number(value));

/** The effect report as a table: one row per course and topic, suppressed figures as `..`. */
export function effectTable(report: TrainingEffectReport): ExportTable {
  return {
    sheetName: 'Effekt av utbildning',
    columns: [
      { heading: 'Kurs', kind: 'text' },
      { heading: 'Inriktning', kind: 'text' },
      people('Deltagare'),
      change('Deltagarnas förändring (steg)'),
      share('Deltagare som höjt sin nivå'),
      people('Jämförbara som inte deltog'),
      change('Jämförelsegruppens förändring (steg)'),
      share('Jämförbara som höjt sin nivå'),
      change('Skillnad (steg)'),
      people('Deltagare utan jämförbar'),
    ],
    rows: report.effects.map((e) => [
      e.courseTitle,
      `${e.topicCode} ${e.topicName}`,
      e.participants.people,
      decimal(e.participants.meanChange),
      percent(e.participants.raisedShare),
      e.comparison.people,
      decimal(e.comparison.meanChange),
      percent(e.comparison.raisedShare),
      decimal(e.difference),
      e.unmatched,
    ]),
  };
}

const COUNT_COLUMNS: ExportColumn[] = [
  people('Deltaganden'),
  people('Genomförda'),
  people('Avbokade'),
  people('Uteblev'),
  people('Fortfarande planerade eller bokade'),
];
const countCells = (c: DeliveryCounts) => [c.participations, c.completed, c.cancelled, c.noShow, c.open];

/** Planned vs carried out by unit, with the kommun's (or the reach's) total last. */
export function deliveryByUnitTable(report: TrainingDeliveryReport): ExportTable {
  return {
    sheetName: `Genomfört per enhet ${report.year}`,
    columns: [{ heading: 'Enhet', kind: 'text' }, ...COUNT_COLUMNS],
    rows: [...report.byUnit.map((u) => [u.unitName, ...countCells(u)]), ['Totalt', ...countCells(report.total)]],
  };
}

export function deliveryByCourseTypeTable(report: TrainingDeliveryReport): ExportTable {
  return {
    sheetName: `Genomfört per kurstyp ${report.year}`,
    columns: [{ heading: 'Kurstyp', kind: 'text' }, ...COUNT_COLUMNS],
    rows: [
      ...report.byCourseType.map((c) => [COURSE_TYPE_LABELS[c.courseType], ...countCells(c)]),
      ['Totalt', ...countCells(report.total)],
    ],
  };
}

export function deliveryByReasonTable(report: TrainingDeliveryReport): ExportTable {
  return {
    sheetName: `Avbokningar per orsak ${report.year}`,
    columns: [{ heading: 'Orsak', kind: 'text' }, people('Avbokade')],
    rows: [
      ...report.byReason.map((r) => [CANCELLATION_LABELS[r.reason], r.cancelled]),
      ['Totalt', report.total.cancelled],
    ],
  };
}

/** Who got training, by experience band and socionomexamen. */
export function reachTable(report: TrainingReachReport): ExportTable {
  return {
    sheetName: `Vem fick utbildning ${report.year}`,
    columns: [
      { heading: 'Yrkeserfarenhet', kind: 'text' },
      { heading: 'Examen', kind: 'text' },
      people('Medarbetare'),
      people('Med minst en genomförd kurs'),
      { heading: 'Andel med genomförd kurs', kind: 'share', decimals: 1, emptyText: '–' },
      people('Genomförda kurser'),
    ],
    rows: report.rows.map((r) => [
      REACH_BAND_LABELS[r.experienceBand],
      r.socionomexamen ? 'Socionomexamen' : 'Annan eller ingen',
      r.staff,
      r.trainedStaff,
      r.staff === 0 ? null : r.trainedStaff / r.staff,
      r.completed,
    ]),
  };
}

const money = (heading: string): ExportColumn => ({ heading, kind: 'decimal', decimals: 2, emptyText: '–' });
const kronor = (value: string | null) => (value === null ? null : Number(value));

/** The budget page's cost per funding source as an export table (kronor as numbers). */
export function fundingTable(year: number, rows: readonly FundingRow[]): ExportTable {
  return {
    sheetName: `Kostnad per källa ${year}`,
    columns: [
      { heading: 'Finansieringskälla', kind: 'text' },
      money('Beviljat eller budget (kr)'),
      money('Använt (kr)'),
      money('Planerat (kr)'),
      money('Kvar (kr)'),
    ],
    rows: rows.map((r) => [r.label, kronor(r.budget), kronor(r.used), kronor(r.planned), kronor(r.left)]),
  };
}

/** The year's statsbidrag: granted, requisitioned, used, planned, left. */
export function grantsTable(summary: FundingSummary): ExportTable {
  return {
    sheetName: `Statsbidrag ${summary.year}`,
    columns: [
      { heading: 'Statsbidrag', kind: 'text' },
      money('Beviljat (kr)'),
      money('Rekvirerat (kr)'),
      money('Använt (kr)'),
      money('Planerat (kr)'),
      money('Kvar (kr)'),
    ],
    rows: summary.grants.map((g) => [g.name, kronor(g.granted), kronor(g.requisitioned), kronor(g.used), kronor(g.planned), kronor(g.left)]),
  };
}

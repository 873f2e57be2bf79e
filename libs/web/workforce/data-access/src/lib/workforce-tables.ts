import { LEAVING_REASONS, type Vacancy, type WorkforceFigures, type WorkforceForecast } from '@kl/shared/contracts';
import type { ExportTable } from '@kl/web/shared/util';
import { AGE_BAND_TEXT, DIFFICULTY_TEXT, LEAVING_REASON_TEXT } from './workforce-text';

const num = (value: string | null) => (value === null ? null : Number(value));
const REASONS = [...LEAVING_REASONS, 'unknown'] as const;

export function headcountTable(figures: WorkforceFigures): ExportTable {
  return {
    sheetName: 'Bemanning',
    columns: [
      { heading: 'Datum', kind: 'date' },
      { heading: 'Anställda', kind: 'integer' },
      { heading: 'Årsarbetare', kind: 'decimal', decimals: 2 },
      { heading: 'Konsulter, årsarbetare', kind: 'decimal', decimals: 2 },
    ],
    rows: figures.headcount.map((p) => [p.date, p.headcount, Number(p.fte), Number(p.consultantFte)]),
  };
}

/** Turnover per year with the leavers' reasons; `..` figures are empty cells. */
export function turnoverTable(figures: WorkforceFigures): ExportTable {
  return {
    sheetName: 'Personalomsättning',
    columns: [
      { heading: 'År', kind: 'text' },
      { heading: 'Avgångar', kind: 'integer', emptyText: '..' },
      { heading: 'Genomsnittligt antal anställda', kind: 'decimal', decimals: 2 },
      { heading: 'Personalomsättning', kind: 'share', emptyText: '..' },
      ...REASONS.map((r) => ({ heading: LEAVING_REASON_TEXT[r], kind: 'integer' as const, emptyText: '..' })),
    ],
    rows: figures.turnoverByYear.map((t) => [
      t.from.slice(0, 4),
      t.leavers,
      Number(t.averageHeadcount),
      num(t.rate),
      ...REASONS.map((r) => (t.byReason ? t.byReason[r] : null)),
    ]),
  };
}

export function retentionTable(figures: WorkforceFigures): ExportTable {
  return {
    sheetName: 'Kvarstannande',
    columns: [
      { heading: 'Anställda år', kind: 'text' },
      { heading: 'Grupp', kind: 'text' },
      { heading: 'Nyanställda', kind: 'integer', emptyText: '..' },
      ...[1, 2, 3].map((y) => ({ heading: `Kvar efter ${y} år`, kind: 'share' as const, emptyText: '–' })),
    ],
    rows: figures.retention.map((c) => [
      String(c.year),
      c.group === 'hires' ? 'Alla nyanställda' : 'Nyutexaminerade',
      c.hires,
      ...c.after.map((a) => num(a.share)),
    ]),
  };
}

export function ageTable(figures: WorkforceFigures): ExportTable {
  const rows = (figures.ageStructure ?? []).map((b) => [AGE_BAND_TEXT[b.band], b.headcount]);
  return {
    sheetName: 'Åldersstruktur',
    columns: [
      { heading: 'Ålder', kind: 'text' },
      { heading: 'Anställda', kind: 'integer' },
    ],
    rows: [...rows, ['Födelseår saknas', figures.unknownAge ?? 0]],
  };
}

export function vacanciesTable(vacancies: readonly Vacancy[]): ExportTable {
  return {
    sheetName: 'Vakanser',
    columns: [
      { heading: 'Enhet', kind: 'text' },
      { heading: 'Roll', kind: 'text' },
      { heading: 'Årsarbetare', kind: 'decimal', decimals: 2 },
      { heading: 'Öppnad', kind: 'date' },
      { heading: 'Tillsatt', kind: 'date', emptyText: 'Öppen' },
      { heading: 'Dagar', kind: 'integer' },
      { heading: 'Svårighet', kind: 'text' },
      { heading: 'Täcks av konsult', kind: 'text' },
    ],
    rows: vacancies.map((v) => [
      v.unitName,
      v.role === 'team_leader' ? 'Arbetsledare' : 'Handläggare',
      v.fte,
      v.openedOn,
      v.filledOn,
      v.daysOpen,
      DIFFICULTY_TEXT[v.difficulty],
      v.coveredByConsultant ? 'Ja' : 'Nej',
    ]),
  };
}

export function forecastTable(forecast: WorkforceForecast): ExportTable {
  return {
    sheetName: 'Prognos',
    columns: [
      { heading: 'År', kind: 'text' },
      { heading: 'Avgångar, lägst', kind: 'decimal', decimals: 1 },
      { heading: 'Avgångar, förväntat', kind: 'decimal', decimals: 1 },
      { heading: 'Avgångar, högst', kind: 'decimal', decimals: 1 },
      { heading: 'Pensioneringar', kind: 'integer' },
      { heading: 'Planerad förändring', kind: 'integer' },
      { heading: 'Att rekrytera, lägst', kind: 'decimal', decimals: 1 },
      { heading: 'Att rekrytera, förväntat', kind: 'decimal', decimals: 1 },
      { heading: 'Att rekrytera, högst', kind: 'decimal', decimals: 1 },
    ],
    rows: forecast.years.map((y) => [
      String(y.year),
      Number(y.leavers.low),
      Number(y.leavers.expected),
      Number(y.leavers.high),
      y.retirements,
      y.plannedChange,
      Number(y.recruitment.low),
      Number(y.recruitment.expected),
      Number(y.recruitment.high),
    ]),
  };
}

export function riskTable(forecast: WorkforceForecast): ExportTable {
  return {
    sheetName: 'Kompetens i riskzon',
    columns: [
      { heading: 'Område', kind: 'text' },
      { heading: 'Fördjupad, årsarbetare i risk', kind: 'decimal', decimals: 2 },
      { heading: 'Grundläggande, årsarbetare i risk', kind: 'decimal', decimals: 2 },
      { heading: 'Under utbildning, personer', kind: 'integer' },
      { heading: 'Under utbildning, årsarbetare', kind: 'decimal', decimals: 2 },
    ],
    rows: forecast.competenceAtRisk.map((r) => [`${r.topicCode} ${r.topicName}`, Number(r.advancedFteAtRisk), Number(r.basicFteAtRisk), r.pipelinePeople, Number(r.pipelineFte)]),
  };
}

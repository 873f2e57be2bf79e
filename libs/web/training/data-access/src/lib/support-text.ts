import type {
  QualificationClass,
  QualificationRow,
  SupervisionForm,
  SupervisionFrequency,
} from '@kl/shared/contracts';
import type { ExportTable } from '@kl/shared/util';

export const SUPERVISION_FORM_LABELS: Record<SupervisionForm, string> = {
  individual: 'Individuell',
  group: 'I grupp',
};

export const SUPERVISION_FREQUENCY_LABELS: Record<SupervisionFrequency, string> = {
  weekly: 'Varje vecka',
  every_other_week: 'Varannan vecka',
  monthly: 'Varje månad',
  other: 'Annat',
};

export const QUALIFICATION_CLASS_LABELS: Record<QualificationClass, string> = {
  qualified: 'Behörig',
  dispensation: 'Dispens',
  in_education: 'Under utbildning',
  not_qualified: 'Ej behörig',
};

/** The dispensation column in words: the date, and whether it runs out soon or has run out. */
export function dispensationText(row: QualificationRow): string {
  if (!row.dispensationUntil) return '';
  if (row.dispensationExpired) return `${row.dispensationUntil} (har gått ut)`;
  if (row.dispensationAlert) return `${row.dispensationUntil} (går ut inom 90 dagar)`;
  return row.dispensationUntil;
}

/** The behörighet list as the kommun reports it (XLSX and CSV). */
export function qualificationExportTable(rows: readonly QualificationRow[]): ExportTable {
  return {
    sheetName: 'Behörighet',
    columns: [
      { heading: 'Anställningsnummer', kind: 'text' },
      { heading: 'Efternamn', kind: 'text' },
      { heading: 'Förnamn', kind: 'text' },
      { heading: 'Enhet', kind: 'text' },
      { heading: 'Behörighet', kind: 'text' },
      { heading: 'Dispens till', kind: 'date' },
      { heading: 'Anmärkning', kind: 'text' },
      { heading: 'Högskolekurser', kind: 'text' },
    ],
    rows: rows.map((r) => [
      r.employeeNumber,
      r.lastName,
      r.firstName,
      r.unitName,
      QUALIFICATION_CLASS_LABELS[r.classification],
      r.dispensationUntil,
      r.dispensationExpired ? 'Dispensen har gått ut' : r.dispensationAlert ? 'Dispensen går ut inom 90 dagar' : '',
      r.educationCourses.join('; '),
    ]),
  };
}

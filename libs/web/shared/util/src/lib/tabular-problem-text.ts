import type { FieldErrorCode, TabularProblem, TabularProblemCode } from '@kl/shared/contracts';
import { fieldErrorText } from './error-text';

/** Swedish text for every problem a file import can name (the field codes come from FIELD_TEXT). */
const TABULAR_PROBLEM_TEXT: Record<TabularProblemCode, string> = {
  file_empty: 'Filen är tom: den har ingen rubrikrad.',
  file_too_large: 'Filen är för stor.',
  too_many_rows: 'Filen har för många rader. Dela upp den i flera filer.',
  file_type_unsupported: 'Filen är i ett äldre Excelformat. Spara den som Excel-arbetsbok (.xlsx) eller CSV och försök igen.',
  file_unreadable: 'Filen går inte att läsa som Excel (.xlsx) eller CSV. Kontrollera att den inte är skadad, och att citattecken är parade.',
  column_missing: 'Kolumnen saknas i rubrikraden.',
  column_unknown: 'Kolumnen känns inte igen. Ta bort den eller rätta rubriken.',
  column_duplicate: 'Kolumnen finns två gånger.',
  formula_not_allowed: 'Cellen innehåller en formel. Kopiera och klistra in som värden.',
  cell_error: 'Cellen innehåller ett felvärde (som #SAKNAS! eller #REFERENS!).',
  cell_too_long: 'Värdet är för långt.',
  invalid_number: 'Värdet är inte ett tal (decimalkomma eller decimalpunkt).',
  invalid_date: 'Värdet är inte ett datum i formen ÅÅÅÅ-MM-DD.',
  invalid_yes_no: 'Värdet ska vara ja eller nej.',
  invalid_choice: 'Värdet är inte ett av de tillåtna.',
  unknown_reference: 'Det finns inget med det namnet eller numret i kommunen.',
};

const TABULAR_CODES = new Set<string>(Object.keys(TABULAR_PROBLEM_TEXT));

/** The Swedish text of a problem's code. */
export function tabularProblemText(code: TabularProblemCode | FieldErrorCode): string {
  return TABULAR_CODES.has(code)
    ? TABULAR_PROBLEM_TEXT[code as TabularProblemCode]
    : fieldErrorText(code as FieldErrorCode);
}

/** Where a problem is, as the spreadsheet shows it: "Rad 4, kolumn kon". */
export function tabularProblemPlace(problem: TabularProblem): string {
  const parts = [problem.row === null ? 'Filen' : `Rad ${problem.row}`];
  if (problem.column !== null) parts.push(`kolumn ${problem.column}`);
  return parts.join(', ');
}

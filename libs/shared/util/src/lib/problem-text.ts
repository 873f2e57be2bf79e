import type { FieldErrorCode, FileProblem, TabularProblem, TabularProblemCode } from '@kl/shared/contracts';

/** Swedish text for every field-level code, e.g. `{ email: 'required' }`: the forms' and the files'. */
const FIELD_ERROR_TEXT: Record<FieldErrorCode, string> = {
  required: 'Fältet måste fyllas i.',
  unknown_field: 'Fältet känns inte igen.',
  invalid_type: 'Värdet har fel form.',
  invalid_format: 'Värdet har fel format.',
  invalid_value: 'Värdet är inte tillåtet.',
  min: 'Värdet är för litet.',
  max: 'Värdet är för stort.',
  min_length: 'Texten är för kort.',
  max_length: 'Texten är för lång.',
  not_unique: 'Värdet används redan.',
  not_allowed: 'Fältet ska inte fyllas i här.',
  before_start: 'Datumet kan inte vara före startdatumet.',
  in_future: 'Datumet kan inte ligga i framtiden.',
  in_past: 'Datumet kan inte ligga före i dag.',
};

/** Swedish text for every problem of a file's form, the same for every file import and the national file. */
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

export function fieldErrorText(code: FieldErrorCode): string {
  return FIELD_ERROR_TEXT[code] ?? 'Värdet är inte giltigt.';
}

/** The Swedish text of a file problem's code (a field code gets the field's text). */
export function tabularProblemText(code: TabularProblemCode | FieldErrorCode): string {
  return Object.hasOwn(TABULAR_PROBLEM_TEXT, code)
    ? TABULAR_PROBLEM_TEXT[code as TabularProblemCode]
    : fieldErrorText(code as FieldErrorCode);
}

/** A problem as every file answer gives it: where, the code for machines and the text for people. */
export function fileProblem(problem: TabularProblem): FileProblem {
  return { ...problem, message: tabularProblemText(problem.code) };
}

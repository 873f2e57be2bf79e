import type { FieldErrorCode } from '@kl/shared/contracts';
import {
  STAFF_FIELD_LABELS,
  STAFF_FORM_FIELDS,
  type StaffFormErrors,
  type StaffFormField,
  staffFieldMessage,
  type StaffFormValue,
  validateStaffForm,
} from '@kl/web/organisation/data-access';

export type SaveState = 'idle' | 'saving' | 'saved' | 'error';

/** What a field's input needs to say about itself (WCAG 3.3.1: errors tied to their field). */
export interface FieldState {
  field: StaffFormField;
  inputId: string;
  label: string;
  message: string | null;
  invalid: boolean;
  describedBy: string | null;
}

/** Fields with a hint under the label; the hint stays in aria-describedby beside any error. */
const HINTS: Partial<Record<StaffFormField, string>> = {
  fte: 'hint',
  employmentEnd: 'hint',
  experienceStart: 'hint',
  degreeYear: 'hint',
  birthYear: 'hint',
};

export function inputId(field: StaffFormField): string {
  return `staff-${field}`;
}

/**
 * The errors to show: none before the first save attempt; then the form's own checks, and the
 * server's field errors for as long as the field still holds the value the server refused.
 */
export function visibleErrors(
  value: StaffFormValue,
  submitted: boolean,
  server: { errors: StaffFormErrors; value: StaffFormValue } | null,
  today: string,
): StaffFormErrors {
  if (!submitted && !server) return {};
  const errors: StaffFormErrors = submitted ? validateStaffForm(value, today) : {};
  if (server) {
    for (const [field, code] of Object.entries(server.errors) as [StaffFormField, FieldErrorCode][]) {
      if (field in value && value[field] === server.value[field] && !errors[field]) errors[field] = code;
    }
  }
  return errors;
}

export function fieldStates(errors: StaffFormErrors): Record<StaffFormField, FieldState> {
  return Object.fromEntries(
    STAFF_FORM_FIELDS.map((field) => {
      const code = errors[field];
      const id = inputId(field);
      const describedBy = [HINTS[field] ? `${id}-hint` : null, code ? `${id}-error` : null].filter(Boolean).join(' ');
      return [
        field,
        {
          field,
          inputId: id,
          label: STAFF_FIELD_LABELS[field],
          message: code ? staffFieldMessage(field, code) : null,
          invalid: Boolean(code),
          describedBy: describedBy || null,
        },
      ];
    }),
  ) as Record<StaffFormField, FieldState>;
}

export function saveStateText(state: SaveState, savedAt: string | null): string {
  switch (state) {
    case 'saving':
      return 'Sparar …';
    case 'saved':
      return savedAt ? `Sparat kl. ${savedAt}` : 'Sparat';
    case 'error':
      return 'Inte sparat – se felen ovan.';
    default:
      return '';
  }
}

import type { CreateSessionRequest, FieldErrorCode } from '@kl/shared/contracts';
import { fieldErrorText } from '@kl/web/shared/util';
import type { FieldErrors } from './course-form';

/** Seats given to another kommun of the län, as typed. */
export interface SeatsRow {
  municipalityCode: string;
  seats: string;
}

/** The session form as its inputs hold it; errors are keyed by the API's field paths. */
export interface SessionFormValue {
  startsOn: string;
  endsOn: string;
  place: string;
  online: boolean;
  capacity: string;
  seats: SeatsRow[];
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const MAX_SEATS = 10_000;

export function emptySessionForm(): SessionFormValue {
  return { startsOn: '', endsOn: '', place: '', online: false, capacity: '', seats: [] };
}

export function validateSessionForm(value: SessionFormValue): FieldErrors {
  const errors: FieldErrors = {};
  for (const field of ['startsOn', 'endsOn'] as const) {
    if (!value[field]) errors[field] = 'required';
    else if (!ISO_DATE.test(value[field])) errors[field] = 'invalid_format';
  }
  if (!errors['startsOn'] && !errors['endsOn'] && value.endsOn < value.startsOn)
    errors['endsOn'] = 'before_start';
  const capacity = wholeNumber(value.capacity, 'capacity', errors);
  let given = 0;
  const seen = new Set<string>();
  value.seats.forEach((row, i) => {
    const code = row.municipalityCode.trim();
    if (!code) errors[`seats.${i}.municipalityCode`] = 'required';
    else if (!/^\d{4}$/.test(code)) errors[`seats.${i}.municipalityCode`] = 'invalid_format';
    else if (seen.has(code)) errors[`seats.${i}.municipalityCode`] = 'not_unique';
    seen.add(code);
    given += wholeNumber(row.seats, `seats.${i}.seats`, errors) ?? 0;
  });
  if (capacity !== null && given > capacity) errors['seats'] = 'max';
  return errors;
}

export function toCreateSessionRequest(value: SessionFormValue): CreateSessionRequest {
  return {
    startsOn: value.startsOn,
    endsOn: value.endsOn,
    place: value.place.trim() || null,
    online: value.online,
    capacity: Number(value.capacity.trim()),
    seats: value.seats.map((row) => ({
      municipalityCode: row.municipalityCode.trim(),
      seats: Number(row.seats.trim()),
    })),
  };
}

const LABELS: Record<string, string> = {
  startsOn: 'Första dagen',
  endsOn: 'Sista dagen',
  place: 'Plats',
  online: 'Distans',
  capacity: 'Antal platser',
  seats: 'Platser till andra kommuner',
};

export function sessionFieldLabel(path: string): string {
  const row = /^seats\.(\d+)\.(municipalityCode|seats)$/.exec(path);
  if (row) return `${row[2] === 'seats' ? 'Platser' : 'Kommunkod'}, rad ${Number(row[1]) + 1}`;
  return LABELS[path] ?? path;
}

export function sessionFieldMessage(path: string, code: FieldErrorCode): string {
  if (code === 'required') return `Fyll i ${sessionFieldLabel(path).toLowerCase()}.`;
  if (code === 'invalid_format' && (path === 'startsOn' || path === 'endsOn'))
    return 'Skriv datumet som ÅÅÅÅ-MM-DD, till exempel 2027-03-10.';
  if (path.endsWith('municipalityCode')) {
    if (code === 'invalid_format') return 'Skriv kommunkoden med fyra siffror, till exempel 0180.';
    if (code === 'invalid_value') return 'Kommunkoden hör inte till en annan kommun i länet.';
    if (code === 'not_unique') return 'Kommunen finns redan med.';
  }
  if (path === 'seats' && code === 'max')
    return 'Platserna till andra kommuner är fler än tillfällets platser.';
  if (code === 'invalid_format' || code === 'min' || code === 'max')
    return 'Skriv ett heltal mellan 1 och 10\u00a0000.';
  return fieldErrorText(code);
}

/** A whole number 1–10 000, or null with the field's error noted. */
function wholeNumber(text: string, path: string, errors: FieldErrors): number | null {
  const value = text.trim();
  if (!value) {
    errors[path] = 'required';
    return null;
  }
  if (!/^\d+$/.test(value)) {
    errors[path] = 'invalid_format';
    return null;
  }
  const n = Number(value);
  if (n < 1) errors[path] = 'min';
  else if (n > MAX_SEATS) errors[path] = 'max';
  return n >= 1 && n <= MAX_SEATS ? n : null;
}

import type { AuditEvent, PersonalDataRead, PersonalDataResource, StaffMemberFields } from '@kl/shared/contracts';
import { formatDate, formatDateTime, formatFtePercent, formatYesNo } from './format';
import {
  AUDIT_ACTION_LABELS,
  DEGREE_LABELS,
  EMPLOYMENT_TYPE_LABELS,
  GENDER_LABELS,
  LEAVING_REASON_LABELS,
  QUALIFICATION_STATUS_LABELS,
  STAFF_FIELD_LABELS,
  STAFF_ROLE_LABELS,
} from './labels';

type StaffField = keyof StaffMemberFields;

/** One changed field of one event, in Swedish, ready to show. */
export interface FieldChange {
  field: StaffField;
  label: string;
  before: string;
  after: string;
}

export interface HistoryEntry {
  id: string;
  action: string;
  when: string;
  who: string;
  changes: FieldChange[];
}

/** How the history names things it only knows by id, and who is reading it. */
export interface HistoryNames {
  unitName(id: string): string | undefined;
  /** The signed-in user: their own changes read "Namn (du)". */
  currentUserId?: string | null;
}

const EMPTY = '–';
const FIELDS = Object.keys(STAFF_FIELD_LABELS) as StaffField[];

/** One staff field's value as the pages show it: Swedish labels, sv-SE dates and percent. */
export function formatStaffValue(field: StaffField, value: unknown, names?: Pick<HistoryNames, 'unitName'>): string {
  if (value === null || value === undefined || value === '') {
    return typeof value === 'boolean' || isYesNoField(field) ? formatYesNo(null) : EMPTY;
  }
  switch (field) {
    case 'role':
      return lookup(STAFF_ROLE_LABELS, value);
    case 'gender':
      return lookup(GENDER_LABELS, value);
    case 'employmentType':
      return lookup(EMPLOYMENT_TYPE_LABELS, value);
    case 'degree':
      return lookup(DEGREE_LABELS, value);
    case 'qualificationStatus':
      return lookup(QUALIFICATION_STATUS_LABELS, value);
    case 'leavingReason':
      return lookup(LEAVING_REASON_LABELS, value);
    case 'fte':
      return formatFtePercent(Number(value));
    case 'unitId':
      return names?.unitName(String(value)) ?? String(value);
    case 'employmentStart':
    case 'employmentEnd':
    case 'experienceStart':
    case 'dispensationUntil':
      return formatDate(String(value));
    default:
      return typeof value === 'boolean' ? formatYesNo(value) : String(value);
  }
}

/**
 * The fields an event changed, before → after. A creation lists every field that got a value;
 * the row version and unknown keys are left out.
 */
export function fieldChanges(before: unknown, after: unknown, names?: Pick<HistoryNames, 'unitName'>): FieldChange[] {
  const old = asRecord(before);
  const now = asRecord(after);
  return FIELDS.filter((field) => {
    if (!(field in old) && !(field in now)) return false;
    if (!before) return !isBlank(now[field]);
    return !sameValue(old[field], now[field]);
  }).map((field) => ({
    field,
    label: STAFF_FIELD_LABELS[field],
    before: before ? formatStaffValue(field, old[field], names) : EMPTY,
    after: after ? formatStaffValue(field, now[field], names) : EMPTY,
  }));
}

/** A staff member's history, newest first, in Swedish. */
export function staffHistory(events: readonly AuditEvent[], names: HistoryNames): HistoryEntry[] {
  return [...events]
    .sort((a, b) => b.occurredAt.localeCompare(a.occurredAt))
    .map((event) => ({
      id: event.id,
      action: AUDIT_ACTION_LABELS[event.action] ?? event.action,
      when: formatDateTime(event.occurredAt),
      who: author(event, names.currentUserId),
      changes: fieldChanges(event.before, event.after, names),
    }));
}

function author(event: Pick<AuditEvent, 'actorUserId' | 'actorDisplayName'>, currentUserId: string | null | undefined): string {
  if (!event.actorUserId) return 'Systemet';
  const name = event.actorDisplayName ?? 'En användare';
  return event.actorUserId === currentUserId ? `${name} (du)` : name;
}

function asRecord(value: unknown): Record<string, unknown> {
  return value && typeof value === 'object' ? (value as Record<string, unknown>) : {};
}

function isBlank(value: unknown): boolean {
  return value === null || value === undefined || value === '' || value === false;
}

function sameValue(a: unknown, b: unknown): boolean {
  if (typeof a === 'number' || typeof b === 'number') return Number(a) === Number(b);
  return (a ?? null) === (b ?? null);
}

function isYesNoField(field: StaffField): boolean {
  return field === 'firstManagerialJob' || field === 'needsDevelopment';
}

function lookup(labels: Record<string, string>, value: unknown): string {
  return labels[String(value)] ?? String(value);
}

const READ_RESOURCE_LABELS: Record<PersonalDataResource, string> = {
  staff_record: 'Uppgifterna',
  staff_history: 'Ändringshistoriken',
  person_assessments: 'Kompetensnivåerna',
  person_targets: 'Målnivåerna',
  team_matrix: 'Kompetensmatrisen',
  round_overview: 'Översiktens namnlistor',
  audit_trail: 'Granskningsloggen',
  file_export: 'En exporterad fil',
  person_export: 'Registerutdraget',
  gap_list: 'Listan över glapp mot målnivåerna',
  participation: 'Kursdeltagandet',
  introduction: 'Introduktionen',
};

export interface ReadLogEntry {
  id: string;
  when: string;
  who: string;
  what: string;
}

/** The log of who read a person's data, in Swedish, newest first as the API answers it. */
export function readLog(reads: readonly PersonalDataRead[], currentUserId?: string | null): ReadLogEntry[] {
  return reads.map((read) => ({
    id: read.id,
    when: formatDateTime(read.occurredAt),
    who: author(read, currentUserId),
    what: READ_RESOURCE_LABELS[read.resource] ?? read.resource,
  }));
}

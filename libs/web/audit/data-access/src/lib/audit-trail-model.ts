import type { AuditEntityType, AuditTrailEntry } from '@kl/shared/contracts';
import { AUDIT_ACTION_LABELS, formatDateTime } from '@kl/web/organisation/data-access';
import type { ExportTable } from '@kl/web/shared/util';

/** What kind of record an event is about, in Swedish. */
export const AUDIT_ENTITY_LABELS: Record<AuditEntityType, string> = {
  org_unit: 'Enhet',
  staff_member: 'Medarbetare',
  competence_framework: 'Kompetensramverk',
  inventory_round: 'Inventeringsomgång',
  assessment: 'Bedömning',
  competence_target_set: 'Målnivåer',
  user_account: 'Användarkonto',
  identity_provider: 'Inloggning med e-legitimation (SSO)',
  national_round: 'Nationell omgång',
  national_submission: 'Nationell inlämning',
  municipality_group_classification: 'Kommungruppsindelning',
  course: 'Kurs',
  course_session: 'Kurstillfälle',
  participation: 'Deltagande',
  state_grant: 'Statsbidrag',
  development_plan: 'Kompetensutvecklingsplan',
  training_follow_up: 'Uppföljning av utbildning',
  vacancy: 'Vakans',
  workforce_planned_change: 'Planerad bemanningsförändring',
  workforce_setting: 'Inställning för bemanningsplanering',
  supervision_arrangement: 'Ärendehandledning',
  national_publication: 'Nationell publicering',
  introduction_programme: 'Introduktionsprogram',
  staff_introduction: 'Introduktion av nyanställd',
};

/** Keys of a record that are bookkeeping, not what anyone decided. */
const HIDDEN_KEYS = new Set([
  'version',
  'rowVersion',
  'createdAt',
  'updatedAt',
  'municipalityId',
  'serviceAreaId',
  'id',
]);
const MAX_CHANGES = 6;

/** One row of the audit page, every part in Swedish. */
export interface AuditTrailRow {
  id: string;
  when: string;
  who: string;
  kind: string;
  action: string;
  subject: string;
  changes: string;
}

/**
 * The fields an event changed, `field: before → after`, at most a few; a creation lists what it
 * set, a deletion what it held. Values are shown as stored (codes, ids): the page names records,
 * the export keeps the ids for a closer look.
 */
export function auditChanges(before: unknown, after: unknown): string {
  const old = asRecord(before);
  const now = asRecord(after);
  const keys = [...new Set([...Object.keys(old), ...Object.keys(now)])].filter(
    (key) => !HIDDEN_KEYS.has(key),
  );
  const changed = keys.filter((key) => JSON.stringify(old[key]) !== JSON.stringify(now[key]));
  const parts = changed.map((key) => {
    if (!before) return `${key}: ${show(now[key])}`;
    if (!after) return `${key}: ${show(old[key])}`;
    return `${key}: ${show(old[key])} → ${show(now[key])}`;
  });
  return parts.length > MAX_CHANGES
    ? `${parts.slice(0, MAX_CHANGES).join('; ')}; och ${parts.length - MAX_CHANGES} till`
    : parts.join('; ');
}

export function auditTrailRow(entry: AuditTrailEntry, currentUserId: string | null): AuditTrailRow {
  return {
    id: entry.id,
    when: formatDateTime(entry.occurredAt),
    who: !entry.actorUserId
      ? 'Systemet'
      : `${entry.actorDisplayName ?? 'En användare'}${entry.actorUserId === currentUserId ? ' (du)' : ''}`,
    kind: AUDIT_ENTITY_LABELS[entry.entityType],
    action: AUDIT_ACTION_LABELS[entry.action],
    subject: entry.subject ?? '–',
    changes: auditChanges(entry.before, entry.after),
  };
}

/** The trail for export: one row per event, with the record's id and the time as ISO. */
export function auditTrailExportTable(entries: readonly AuditTrailEntry[]): ExportTable {
  return {
    sheetName: 'Granskningslogg',
    columns: [
      { heading: 'Tidpunkt', kind: 'text' },
      { heading: 'Utförd av', kind: 'text' },
      { heading: 'Post', kind: 'text' },
      { heading: 'Händelse', kind: 'text' },
      { heading: 'Gäller', kind: 'text' },
      { heading: 'Ändringar', kind: 'text' },
      { heading: 'Postens id', kind: 'text' },
    ],
    rows: entries.map((entry) => {
      const row = auditTrailRow(entry, null);
      return [
        entry.occurredAt,
        row.who,
        row.kind,
        row.action,
        row.subject,
        row.changes,
        entry.entityId,
      ];
    }),
  };
}

function asRecord(value: unknown): Record<string, unknown> {
  return value && typeof value === 'object' && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : {};
}

function show(value: unknown): string {
  if (value === null || value === undefined || value === '') return '–';
  if (typeof value === 'boolean') return value ? 'ja' : 'nej';
  if (Array.isArray(value)) return value.length === 0 ? '–' : value.map(show).join(', ');
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

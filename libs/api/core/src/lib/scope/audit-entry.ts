import type { AuditAction, AuditEntityType } from '@kl/shared/contracts';

/** One change for the audit trail: what changed, and the record before and after it. */
export interface AuditEntry {
  entityType: AuditEntityType;
  entityId: string;
  action: AuditAction;
  /** The record before the change; null for a creation. */
  before: unknown;
  /** The record after the change; null for a deletion. */
  after: unknown;
}

export function auditJson(value: unknown): string | null {
  return value === null || value === undefined ? null : JSON.stringify(value);
}

import { AuditEvent } from './audit-event.entity';

export { AuditEvent };

/** The audit module's entities, listed explicitly for the data source. */
export const auditEntities = [AuditEvent];

import { AuditEvent } from './audit-event.entity';
import { PersonalDataRead } from './personal-data-read.entity';

export { AuditEvent, PersonalDataRead };

/** The audit module's entities, listed explicitly for the data source. */
export const auditEntities = [AuditEvent, PersonalDataRead];

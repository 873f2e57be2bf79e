import { Notification } from './notification.entity';

export { Notification };

/** The entities of this lib, for the schema (migrations/src/entities.ts). */
export const notificationsEntities = [Notification];

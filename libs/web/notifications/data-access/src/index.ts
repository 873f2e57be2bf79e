export * from './lib/notifications.api';
export * from './lib/notification-text';

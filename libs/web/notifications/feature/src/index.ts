export * from './lib/notifications.routes';
export * from './lib/notifications-link';

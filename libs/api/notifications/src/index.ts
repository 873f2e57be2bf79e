export * from './lib/entities';
export * from './lib/notifications.module';
export * from './lib/notifications.service';

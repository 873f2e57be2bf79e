export * from './lib/auth.routes';
export * from './lib/session-expired-dialog';

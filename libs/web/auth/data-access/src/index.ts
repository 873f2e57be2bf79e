export * from './lib/auth.store';
export * from './lib/auth.interceptor';
export * from './lib/auth.guards';
export * from './lib/role-navigation';
export * from './lib/users.api';
export * from './lib/start-steps';

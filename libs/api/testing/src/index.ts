export * from './lib/accounts';
export * from './lib/test-app';
export * from './lib/test-database';
export * from './lib/organisation';
export * from './lib/dates';

export * from './lib/workforce.api';
export * from './lib/workforce-text';
export * from './lib/workforce-tables';

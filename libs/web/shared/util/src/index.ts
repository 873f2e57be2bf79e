export * from './lib/error-text';
export * from './lib/decimal-text';
export * from './lib/csv';

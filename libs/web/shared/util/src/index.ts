export * from './lib/error-text';
export * from './lib/decimal-text';
export * from './lib/export-table';
export * from './lib/csv';
export * from './lib/xlsx';
export * from './lib/unsaved-work';
export * from './lib/tabular-problem-text';
export * from './lib/versioned-save';

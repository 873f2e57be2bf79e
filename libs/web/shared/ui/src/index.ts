export * from './lib/conflict-panel';
export * from './lib/form-field';
export * from './lib/export-buttons';

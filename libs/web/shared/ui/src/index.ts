export * from './lib/conflict-panel';
export * from './lib/form-field';

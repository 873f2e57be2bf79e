export * from './lib/conflict-panel';

export * from './lib/cell-values';
export * from './lib/matrix-model';
export * from './lib/inventory.api';

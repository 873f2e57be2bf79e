export * from './lib/cell-values';
export * from './lib/matrix-model';
export * from './lib/matrix-export';
export * from './lib/inventory.api';
export * from './lib/person-history';
export * from './lib/dashboard-model';
export * from './lib/trend-model';
export * from './lib/round-labels';

export * from './lib/national.api';
export * from './lib/national-view';
export * from './lib/comparison-view';

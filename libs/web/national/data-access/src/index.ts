export * from './lib/national.api';
export * from './lib/national-view';
export * from './lib/comparison-view';
export * from './lib/public-national.api';
export * from './lib/public-view';

export * from './lib/national.api';
export * from './lib/national-view';

export * from './lib/reference-data';
export * from './lib/demo-data';

export * from './lib/reference-data';
export * from './lib/demo-data';
export * from './lib/demo-organisation';
export * from './lib/demo-national';

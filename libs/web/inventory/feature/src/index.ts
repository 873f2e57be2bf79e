export * from './lib/inventory.routes';
export * from './lib/person-assessments';

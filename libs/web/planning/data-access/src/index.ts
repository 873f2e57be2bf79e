export * from './lib/targets.api';
export * from './lib/target-form.model';
export * from './lib/person-targets';

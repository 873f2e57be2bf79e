export * from './lib/person-data-registry';
export * from './lib/privacy.module';

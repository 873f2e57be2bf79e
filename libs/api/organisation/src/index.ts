export * from './lib/entities';
export * from './lib/organisation.module';
export * from './lib/reference/reference-data.seeder';

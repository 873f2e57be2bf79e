export * from './lib/entities';
export * from './lib/reference/national-framework.seeder';

export * from './lib/entities';
export * from './lib/reference/national-framework.seeder';
export * from './lib/competence.module';
export * from './lib/frameworks.service';
export * from './lib/frameworks.errors';
export * from './lib/reference/framework-examples';

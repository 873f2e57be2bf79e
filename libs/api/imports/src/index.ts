export * from './lib/entities';
export * from './lib/imports.module';

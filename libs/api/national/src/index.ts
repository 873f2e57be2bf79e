export * from './lib/entities';
export * from './lib/national.module';

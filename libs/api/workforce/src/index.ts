export * from './lib/entities';
export * from './lib/workforce.module';

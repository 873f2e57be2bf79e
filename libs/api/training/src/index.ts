export * from './lib/entities';
export * from './lib/training.module';

export * from './lib/entities';
export * from './lib/training.module';
export * from './lib/plan-indicators';

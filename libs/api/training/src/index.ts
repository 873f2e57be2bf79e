export * from './lib/entities';
export * from './lib/training.module';
export * from './lib/plan-indicators';
export * from './lib/follow-up/training-indicators';

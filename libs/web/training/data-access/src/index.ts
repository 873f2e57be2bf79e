export * from './lib/training.api';
export * from './lib/training-text';
export * from './lib/plan-text';
export * from './lib/plan-form';

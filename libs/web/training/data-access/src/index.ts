export * from './lib/training.api';
export * from './lib/training-text';

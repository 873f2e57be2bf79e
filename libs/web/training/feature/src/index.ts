export * from './lib/training.routes';
export * from './lib/my-training';

export * from './lib/training.api';
export * from './lib/training-text';
export * from './lib/course-text';
export * from './lib/course-form';
export * from './lib/session-form';
export * from './lib/framework-topics';
export * from './lib/plan-text';
export * from './lib/plan-form';

export * from './lib/frameworks.api';
export * from './lib/framework.model';

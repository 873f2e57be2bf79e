export * from './lib/frameworks.api';
export * from './lib/framework.model';
export * from './lib/framework-authoring';

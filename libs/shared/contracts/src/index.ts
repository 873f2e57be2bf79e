export * from './lib/errors';
export * from './lib/roles';
export * from './lib/competence';
export * from './lib/health';
export * from './lib/reference';
export * from './lib/auth';

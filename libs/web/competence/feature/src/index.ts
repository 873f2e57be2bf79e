export * from './lib/competence.routes';

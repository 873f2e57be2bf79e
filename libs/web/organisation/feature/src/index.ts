export * from './lib/organisation.routes';

export * from './lib/national.routes';

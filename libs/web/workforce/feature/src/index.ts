export * from './lib/workforce.routes';

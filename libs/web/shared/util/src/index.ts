export * from './lib/error-text';

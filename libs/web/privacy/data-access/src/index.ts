export * from './lib/privacy.api';
export * from './lib/erasure';

export * from './lib/inventory.routes';

export * from './lib/decimal';
export * from './lib/share';
export * from './lib/experience';
export * from './lib/csv';
export * from './lib/staff-rules';
export * from './lib/crosswalk';
export * from './lib/inventory-dashboard';
export * from './lib/targets';

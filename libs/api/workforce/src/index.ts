export * from './lib/entities';
export * from './lib/workforce.module';
export * from './lib/staffing-year';

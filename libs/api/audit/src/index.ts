export * from './lib/entities';
export * from './lib/audit.module';
export * from './lib/audit.service';

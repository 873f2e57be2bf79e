export * from './lib/entities';
export * from './lib/staff.module';
export * from './lib/staff.service';

export * from './lib/units.api';
export * from './lib/staff.api';
export * from './lib/labels';
export * from './lib/format';
export * from './lib/unit-tree';
export * from './lib/staff-form.model';
export * from './lib/staff-history';
export * from './lib/users.api';

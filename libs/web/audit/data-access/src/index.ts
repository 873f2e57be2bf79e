export * from './lib/audit-trail.api';
export * from './lib/audit-trail-model';

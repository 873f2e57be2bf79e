export * from './lib/entities';
export * from './lib/planning.module';
export * from './lib/targets.service';
export * from './lib/gaps.service';

export * from './lib/entities';
export * from './lib/inventory.module';
export * from './lib/rounds.service';
export * from './lib/assessments.service';

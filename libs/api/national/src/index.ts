export * from './lib/entities';
export * from './lib/national.module';
export * from './lib/own-submission-build';
export * from './lib/national-round-row';
export { publishNationalRound } from './lib/national-publications.service';

export * from './lib/entities';
export * from './lib/inventory.module';
export * from './lib/rounds.service';
export * from './lib/assessments.service';
export * from './lib/round-clock';
export * from './lib/round-population';
export * from './lib/round-row';
export * from './lib/topics';
export * from './lib/cell-levels';
// The assessment import (libs/api/imports) writes through the same save path as the matrix.
export * from './lib/assessment-cells';
export * from './lib/inventory.errors';
export * from './lib/save-plan';
export { populationLevels, readFilter, type PopulationLevelsRow } from './lib/dashboard.service';
export { decodeLevels } from './lib/cell-levels';
export { RoundScopeQueryDto } from './lib/dto/assessment.dto';

import { Assessment } from './assessment.entity';
import { AssessmentCell } from './assessment-cell.entity';
import { InventoryRound } from './inventory-round.entity';
import { RoundPopulation } from './round-population.entity';
import { RoundUnitSignOff } from './round-unit-sign-off.entity';

export { Assessment, AssessmentCell, InventoryRound, RoundPopulation, RoundUnitSignOff };

/** The entities of this lib, for the schema (migrations/src/entities.ts). */
export const inventoryEntities = [InventoryRound, Assessment, AssessmentCell, RoundPopulation, RoundUnitSignOff];

import { Assessment } from './assessment.entity';
import { AssessmentCell } from './assessment-cell.entity';
import { InventoryRound } from './inventory-round.entity';

export { Assessment, AssessmentCell, InventoryRound };

/** The entities of this lib, for the schema (migrations/src/entities.ts). */
export const inventoryEntities = [InventoryRound, Assessment, AssessmentCell];

import { CompetenceTarget } from './competence-target.entity';
import { CompetenceTargetSet } from './competence-target-set.entity';

export { CompetenceTarget, CompetenceTargetSet };

/** The planning module's entities, listed explicitly for the data source. */
export const planningEntities = [CompetenceTargetSet, CompetenceTarget];

import { CompetenceArea } from './competence-area.entity';
import { CompetenceCrosswalkEntry } from './competence-crosswalk-entry.entity';
import { CompetenceFramework } from './competence-framework.entity';
import { CompetenceLevelDefinition } from './competence-level-definition.entity';
import { CompetenceTopic } from './competence-topic.entity';

export { CompetenceArea, CompetenceCrosswalkEntry, CompetenceFramework, CompetenceLevelDefinition, CompetenceTopic };
export type { FrameworkStatus } from './competence-framework.entity';

/** The competence module's entities, listed explicitly for the data source. */
export const competenceEntities = [
  CompetenceFramework,
  CompetenceArea,
  CompetenceTopic,
  CompetenceLevelDefinition,
  CompetenceCrosswalkEntry,
];

import { OrgUnit } from './org-unit.entity';

export { OrgUnit };

/** The units module's entities, listed explicitly for the data source. */
export const unitsEntities = [OrgUnit];

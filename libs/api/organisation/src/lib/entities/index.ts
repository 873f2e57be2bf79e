import { County } from './county.entity';
import { MunicipalityGroupClassification } from './municipality-group-classification.entity';
import { MunicipalityGroupMembership } from './municipality-group-membership.entity';
import { MunicipalityGroup } from './municipality-group.entity';
import { Municipality } from './municipality.entity';
import { ServiceArea } from './service-area.entity';

export {
  County,
  Municipality,
  MunicipalityGroup,
  MunicipalityGroupClassification,
  MunicipalityGroupMembership,
  ServiceArea,
};

/** The organisation module's entities, listed explicitly for the data source. */
export const organisationEntities = [
  County,
  Municipality,
  MunicipalityGroupClassification,
  MunicipalityGroup,
  MunicipalityGroupMembership,
  ServiceArea,
];

import { authEntities } from '@kl/api/auth';
import { competenceEntities } from '@kl/api/competence';
import { organisationEntities } from '@kl/api/organisation';

/** Every entity of the schema. The drift gate compares exactly this list with the migrations. */
export const allEntities = [...organisationEntities, ...competenceEntities, ...authEntities];

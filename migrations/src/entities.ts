import { authEntities } from '@kl/api/auth';
import { competenceEntities } from '@kl/api/competence';
import { organisationEntities } from '@kl/api/organisation';
import { auditEntities } from '@kl/api/audit';
import { staffEntities } from '@kl/api/staff';
import { unitsEntities } from '@kl/api/units';
import { inventoryEntities } from '@kl/api/inventory';
import { planningEntities } from '@kl/api/planning';
import { notificationsEntities } from '@kl/api/notifications';
import { nationalEntities } from '@kl/api/national';
import { importsEntities } from '@kl/api/imports';
import { trainingEntities } from '@kl/api/training';
import { workforceEntities } from '@kl/api/workforce';

/** Every entity of the schema. The drift gate compares exactly this list with the migrations. */
export const allEntities = [
  ...organisationEntities,
  ...competenceEntities,
  ...auditEntities,
  ...unitsEntities,
  ...staffEntities,
  ...authEntities,
  ...inventoryEntities,
  ...planningEntities,
  ...notificationsEntities,
  ...nationalEntities,
  ...importsEntities,
  ...trainingEntities,
  ...workforceEntities,
];

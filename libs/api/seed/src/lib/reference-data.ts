import { seedNationalFramework, NATIONAL_FRAMEWORKS } from '@kl/api/competence';
import { seedOrganisationReferenceData } from '@kl/api/organisation';
import type { DataSource } from 'typeorm';

/**
 * Reference data every installation has: service areas, län, kommuner, kommungrupper and the
 * national frameworks. Idempotent, in one transaction, so it runs at every start.
 */
export async function seedReferenceData(dataSource: DataSource): Promise<void> {
  await dataSource.transaction(async (manager) => {
    await seedOrganisationReferenceData(manager);
    for (const framework of NATIONAL_FRAMEWORKS) {
      await seedNationalFramework(manager, framework);
    }
  });
}

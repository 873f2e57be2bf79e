import { ImportJob } from './import-job.entity';

export { ImportJob };

/** The imports module's entities, listed explicitly for the data source. */
export const importsEntities = [ImportJob];

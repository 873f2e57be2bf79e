import type { DataSource, EntityManager } from 'typeorm';

/** The PostgreSQL setting that row-level security policies read the caller's kommun from. */
export const TENANT_SETTING = 'app.municipality_id';

/**
 * Runs `work` in one transaction with the caller's kommun set for row-level security
 * (`set_config(..., true)` is local to the transaction, so a pooled connection never carries it
 * over). With `municipalityId` null the setting is empty and tenant tables show no rows.
 */
export function inTenantTransaction<T>(
  dataSource: DataSource,
  municipalityId: string | null,
  work: (manager: EntityManager) => Promise<T>,
): Promise<T> {
  return dataSource.transaction(async (manager) => {
    await manager.query('SELECT set_config($1, $2, true)', [TENANT_SETTING, municipalityId ?? '']);
    return work(manager);
  });
}

import type { QueryRunner } from 'typeorm';
import { quoteIdentifier } from './migrate';
import { TENANT_SETTING } from './tenant-transaction';

/**
 * The group role the application's login role is a member of. It owns nothing, is not a
 * superuser and cannot bypass row-level security; tables are granted to it one by one.
 * Roles are cluster-wide: it is created once and never dropped by a migration's `down`, because
 * other databases in the same cluster (tests, other installations) may use it.
 */
export const APP_GROUP_ROLE = 'kl_app';

/**
 * The row filter of every tenant table: the kommun set for the transaction, none when unset. The
 * setting is read in a scalar subquery so that PostgreSQL evaluates it once per statement, not
 * once per row (migration HoistTenantSettingInPolicies).
 */
export const TENANT_PREDICATE = `municipality_id = (SELECT nullif(current_setting('${TENANT_SETTING}', true), '')::uuid)`;

/** Creates the application's group role unless it exists (safe when run concurrently). */
export async function ensureAppGroupRole(queryRunner: QueryRunner): Promise<void> {
  await queryRunner.query(`DO $$
    BEGIN
      IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '${APP_GROUP_ROLE}') THEN
        CREATE ROLE ${APP_GROUP_ROLE} NOLOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE NOINHERIT;
      END IF;
    EXCEPTION WHEN duplicate_object OR unique_violation THEN
      NULL; -- created by a concurrent migration of another database in the cluster
    END $$`);
}

/**
 * For a migration: makes `table` (which has a `municipality_id` column) a tenant table. Row-level
 * security is enabled and forced (the table owner is held to it too, superusers excepted), one
 * policy lets a transaction see and write only the rows of the kommun set by
 * `inTenantTransaction` (no kommun set: no rows), and the application role may read and write it.
 */
export async function enableTenantRls(queryRunner: QueryRunner, table: string): Promise<void> {
  await ensureAppGroupRole(queryRunner);
  const name = quoteIdentifier(table);
  await queryRunner.query(`ALTER TABLE ${name} ENABLE ROW LEVEL SECURITY`);
  await queryRunner.query(`ALTER TABLE ${name} FORCE ROW LEVEL SECURITY`);
  await queryRunner.query(
    `CREATE POLICY ${quoteIdentifier(`${table}_tenant`)} ON ${name} USING (${TENANT_PREDICATE}) WITH CHECK (${TENANT_PREDICATE})`,
  );
  await queryRunner.query(`GRANT SELECT, INSERT, UPDATE, DELETE ON ${name} TO ${APP_GROUP_ROLE}`);
}

/** The `down` of {@link enableTenantRls}. */
export async function disableTenantRls(queryRunner: QueryRunner, table: string): Promise<void> {
  const name = quoteIdentifier(table);
  await queryRunner.query(`REVOKE ALL ON ${name} FROM ${APP_GROUP_ROLE}`);
  await queryRunner.query(`DROP POLICY IF EXISTS ${quoteIdentifier(`${table}_tenant`)} ON ${name}`);
  await queryRunner.query(`ALTER TABLE ${name} NO FORCE ROW LEVEL SECURITY`);
  await queryRunner.query(`ALTER TABLE ${name} DISABLE ROW LEVEL SECURITY`);
}

export type AppPrivilege = 'SELECT' | 'INSERT' | 'UPDATE' | 'DELETE';

/** For a migration: lets the application role use a table that is not a tenant table (e.g. reference data). */
export async function grantAppAccess(
  queryRunner: QueryRunner,
  table: string,
  privileges: readonly AppPrivilege[] = ['SELECT'],
): Promise<void> {
  await ensureAppGroupRole(queryRunner);
  await queryRunner.query(
    `GRANT ${privileges.join(', ')} ON ${quoteIdentifier(table)} TO ${APP_GROUP_ROLE}`,
  );
}

export async function revokeAppAccess(queryRunner: QueryRunner, table: string): Promise<void> {
  await queryRunner.query(`REVOKE ALL ON ${quoteIdentifier(table)} FROM ${APP_GROUP_ROLE}`);
}

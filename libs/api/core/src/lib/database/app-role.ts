import { createHmac } from 'node:crypto';
import { Client } from 'pg';
import { quoteIdentifier } from './migrate';
import { APP_GROUP_ROLE } from './row-level-security';

/** The login role the application connects as, unless DATABASE_APP_URL names another. */
export const APP_LOGIN_ROLE = 'kl_app_login';

export class AppRoleError extends Error {}

/**
 * The URL the application connects with: the owner's server and database, as {@link APP_LOGIN_ROLE}
 * with a password derived from the owner's credentials (stable across starts and instances, so
 * nothing needs storing, and secret as long as the owner's password is).
 */
export function appLoginUrl(ownerUrl: string): string {
  const url = new URL(ownerUrl);
  const secret = `${decodeURIComponent(url.username)}:${decodeURIComponent(url.password)}`;
  const password = createHmac('sha256', secret).update(APP_LOGIN_ROLE).digest('base64url');
  url.username = APP_LOGIN_ROLE;
  url.password = password;
  return url.toString();
}

/**
 * Makes sure the application's login role exists, is a member of {@link APP_GROUP_ROLE} and takes
 * the derived password, using the owner's connection only when signing in as it fails. Returns
 * its URL. Run after the migrations (they create the group role).
 */
export async function ensureAppLoginRole(ownerUrl: string): Promise<string> {
  const appUrl = appLoginUrl(ownerUrl);
  if (await canConnect(appUrl)) {
    return appUrl;
  }
  const password = new URL(appUrl).password;
  const owner = new Client({ connectionString: ownerUrl, application_name: 'kompetenslaget-setup' });
  await owner.connect();
  try {
    await owner.query(`DO $$
      BEGIN
        IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '${APP_LOGIN_ROLE}') THEN
          CREATE ROLE ${APP_LOGIN_ROLE} LOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE INHERIT;
        END IF;
      EXCEPTION WHEN duplicate_object OR unique_violation THEN
        NULL;
      END $$`);
    const literal = (await owner.query('SELECT quote_literal($1::text) AS q', [password])).rows[0].q as string;
    await owner.query(`ALTER ROLE ${APP_LOGIN_ROLE} WITH LOGIN PASSWORD ${literal}`);
    await owner.query(`GRANT ${quoteIdentifier(APP_GROUP_ROLE)} TO ${APP_LOGIN_ROLE}`);
  } catch (error) {
    throw new AppRoleError(
      `Could not set up the database role ${APP_LOGIN_ROLE} (the DATABASE_URL user needs CREATEROLE,` +
        ` or set DATABASE_APP_URL to a role that is a member of ${APP_GROUP_ROLE}): ${(error as Error).message}`,
    );
  } finally {
    await owner.end();
  }
  return appUrl;
}

/**
 * Refuses a connection that could get around row-level security: a superuser, a role with
 * BYPASSRLS, or one that owns any table of the database.
 */
export async function assertRestrictedRole(url: string): Promise<void> {
  const client = new Client({ connectionString: url, application_name: 'kompetenslaget-setup' });
  await client.connect();
  try {
    const { rows } = await client.query<{ rolname: string; rolsuper: boolean; rolbypassrls: boolean; owned: number }>(
      `SELECT r.rolname, r.rolsuper, r.rolbypassrls,
              (SELECT count(*)::int FROM pg_class c WHERE pg_has_role(current_user, c.relowner, 'USAGE')
                 AND c.relkind IN ('r', 'p') AND c.relnamespace = 'public'::regnamespace) AS owned
       FROM pg_roles r WHERE r.rolname = current_user`,
    );
    const role = rows[0];
    if (!role || role.rolsuper || role.rolbypassrls || role.owned > 0) {
      throw new AppRoleError(
        `The application's database role ${role?.rolname ?? '?'} must not be a superuser, bypass row-level` +
          ' security or own tables: it would defeat the tenant isolation',
      );
    }
  } finally {
    await client.end();
  }
}

async function canConnect(url: string): Promise<boolean> {
  const client = new Client({ connectionString: url, application_name: 'kompetenslaget-setup' });
  try {
    await client.connect();
    const { rows } = await client.query<{ member: boolean }>(
      `SELECT pg_has_role(current_user, '${APP_GROUP_ROLE}', 'MEMBER') AS member`,
    );
    return rows[0]?.member === true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

import { createHmac } from 'node:crypto';
import { Client } from 'pg';
import { AGGREGATE_GROUP_ROLE, AGGREGATE_LOGIN_ROLE } from './aggregate-connection';
import { quoteIdentifier } from './migrate';
import { APP_GROUP_ROLE } from './row-level-security';

/** The login role the application connects as, unless DATABASE_APP_URL names another. */
export const APP_LOGIN_ROLE = 'kl_app_login';

export class AppRoleError extends Error {}

/** A login role the application connects as, and the group role whose grants it takes. */
export interface LoginRole {
  login: string;
  group: string;
}

/** The kommun tier's role: every table, held to the kommun by row-level security. */
export const APP_ROLE: LoginRole = { login: APP_LOGIN_ROLE, group: APP_GROUP_ROLE };
/** The national and regional tiers' role: aggregate and reference tables only. */
export const AGGREGATE_ROLE: LoginRole = {
  login: AGGREGATE_LOGIN_ROLE,
  group: AGGREGATE_GROUP_ROLE,
};

/**
 * The URL a login role connects with: the owner's server and database, as that role with a
 * password derived from the owner's credentials (stable across starts and instances, so nothing
 * needs storing, and secret as long as the owner's password is).
 */
export function loginUrl(ownerUrl: string, role: LoginRole = APP_ROLE): string {
  const url = new URL(ownerUrl);
  const secret = `${decodeURIComponent(url.username)}:${decodeURIComponent(url.password)}`;
  const password = createHmac('sha256', secret).update(role.login).digest('base64url');
  url.username = role.login;
  url.password = password;
  return url.toString();
}

/** The kommun tier's connection URL: see {@link loginUrl}. */
export function appLoginUrl(ownerUrl: string): string {
  return loginUrl(ownerUrl, APP_ROLE);
}

/** See {@link ensureLoginRole}. */
export function ensureAppLoginRole(ownerUrl: string): Promise<string> {
  return ensureLoginRole(ownerUrl, APP_ROLE);
}

/**
 * Makes sure a login role exists, is a member of its group role and takes the derived password,
 * using the owner's connection only when signing in as it fails. Returns its URL. Run after the
 * migrations (they create the group roles).
 */
export async function ensureLoginRole(ownerUrl: string, role: LoginRole): Promise<string> {
  const appUrl = loginUrl(ownerUrl, role);
  if (await canConnect(appUrl, role.group)) {
    return appUrl;
  }
  const password = new URL(appUrl).password;
  const owner = new Client({
    connectionString: ownerUrl,
    application_name: 'kompetenslaget-setup',
  });
  await owner.connect();
  try {
    await owner.query(`DO $$
      BEGIN
        IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '${role.login}') THEN
          CREATE ROLE ${role.login} LOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE INHERIT;
        END IF;
      EXCEPTION WHEN duplicate_object OR unique_violation THEN
        NULL;
      END $$`);
    const literal = (await owner.query('SELECT quote_literal($1::text) AS q', [password])).rows[0]
      .q as string;
    await owner.query(`ALTER ROLE ${role.login} WITH LOGIN PASSWORD ${literal}`);
    await owner.query(`GRANT ${quoteIdentifier(role.group)} TO ${role.login}`);
  } catch (error) {
    throw new AppRoleError(
      `Could not set up the database role ${role.login} (the DATABASE_URL user needs CREATEROLE,` +
        ` or set DATABASE_APP_URL / DATABASE_AGGREGATE_URL to a role that is a member of ${role.group}): ${(error as Error).message}`,
    );
  } finally {
    await owner.end();
  }
  return appUrl;
}

/**
 * Refuses a connection that could get around row-level security: a superuser, a role with
 * BYPASSRLS, or one that owns any table of the database. With `notMemberOf`, also a role that
 * takes that group's grants (the aggregate connection must not reach the kommun tier's tables).
 */
export async function assertRestrictedRole(url: string, notMemberOf?: string): Promise<void> {
  const client = new Client({ connectionString: url, application_name: 'kompetenslaget-setup' });
  await client.connect();
  try {
    const { rows } = await client.query<{
      rolname: string;
      rolsuper: boolean;
      rolbypassrls: boolean;
      owned: number;
      member: boolean;
    }>(
      `SELECT r.rolname, r.rolsuper, r.rolbypassrls,
              (SELECT count(*)::int FROM pg_class c WHERE pg_has_role(current_user, c.relowner, 'USAGE')
                 AND c.relkind IN ('r', 'p') AND c.relnamespace = 'public'::regnamespace) AS owned,
              coalesce($1::text IS NOT NULL AND EXISTS (SELECT 1 FROM pg_roles g WHERE g.rolname = $1)
                       AND pg_has_role(current_user, $1, 'USAGE'), false) AS member
       FROM pg_roles r WHERE r.rolname = current_user`,
      [notMemberOf ?? null],
    );
    const role = rows[0];
    if (!role || role.rolsuper || role.rolbypassrls || role.owned > 0 || role.member) {
      throw new AppRoleError(
        `The application's database role ${role?.rolname ?? '?'} must not be a superuser, bypass row-level` +
          ` security, own tables${notMemberOf ? ` or be a member of ${notMemberOf}` : ''}: it would defeat the isolation`,
      );
    }
  } finally {
    await client.end();
  }
}

async function canConnect(url: string, group: string): Promise<boolean> {
  const client = new Client({ connectionString: url, application_name: 'kompetenslaget-setup' });
  try {
    await client.connect();
    const { rows } = await client.query<{ member: boolean }>(
      "SELECT pg_has_role(current_user, $1, 'MEMBER') AS member",
      [group],
    );
    return rows[0]?.member === true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

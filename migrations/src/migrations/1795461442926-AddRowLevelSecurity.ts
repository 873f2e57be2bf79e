import type { MigrationInterface, QueryRunner } from 'typeorm';
import {
  APP_GROUP_ROLE,
  disableTenantRls,
  enableTenantRls,
  ensureAppGroupRole,
  grantAppAccess,
  revokeAppAccess,
} from '@kl/api/core';

/** Reference tables the application reads (no tenant column, no personal data). */
const REFERENCE_TABLES = [
  'county',
  'municipality',
  'municipality_group_classification',
  'municipality_group',
  'municipality_group_membership',
  'service_area',
  'competence_framework',
  'competence_area',
  'competence_topic',
  'competence_level_definition',
];

/** Functions the application may call; they run as the owner (SECURITY DEFINER). */
const FUNCTIONS = [
  'auth_login_lookup(text)',
  'auth_session_create(text, uuid, text, integer, integer, text, text)',
  'auth_session_resolve(text, integer, integer)',
  'auth_session_revoke(uuid)',
  'auth_session_revoke_all(uuid)',
];

/**
 * Row-level security as the second wall (docs/decisions/0001-row-level-security.md): the
 * application role gets reference tables read-only, user_account as a tenant table, and reaches
 * sign-in and sessions (which run before a kommun is known) only through the functions below.
 */
export class AddRowLevelSecurity1795461442926 implements MigrationInterface {
  name = 'AddRowLevelSecurity1795461442926';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await ensureAppGroupRole(queryRunner);
    for (const table of REFERENCE_TABLES) {
      await grantAppAccess(queryRunner, table, ['SELECT']);
    }

    await enableTenantRls(queryRunner, 'user_account');
    // The owner (migrations, seeds, the SECURITY DEFINER functions) sees every account even when
    // it is not a superuser; FORCE would otherwise hold it to the tenant policy too.
    await queryRunner.query('CREATE POLICY user_account_owner ON user_account TO CURRENT_USER USING (true) WITH CHECK (true)');

    // A team leader's units: visible exactly when the account is (user_account's policy applies).
    await queryRunner.query('ALTER TABLE user_account_unit ENABLE ROW LEVEL SECURITY');
    await queryRunner.query('ALTER TABLE user_account_unit FORCE ROW LEVEL SECURITY');
    await queryRunner.query(`CREATE POLICY user_account_unit_tenant ON user_account_unit
      USING (EXISTS (SELECT 1 FROM user_account a WHERE a.id = account_id))
      WITH CHECK (EXISTS (SELECT 1 FROM user_account a WHERE a.id = account_id))`);
    await queryRunner.query('CREATE POLICY user_account_unit_owner ON user_account_unit TO CURRENT_USER USING (true) WITH CHECK (true)');
    await queryRunner.query(`GRANT SELECT, INSERT, UPDATE, DELETE ON user_account_unit TO ${APP_GROUP_ROLE}`);

    // Sessions: no grant at all; the application reaches them only through the functions.
    await queryRunner.query('ALTER TABLE user_session ENABLE ROW LEVEL SECURITY');
    await queryRunner.query('ALTER TABLE user_session FORCE ROW LEVEL SECURITY');
    await queryRunner.query('CREATE POLICY user_session_owner ON user_session TO CURRENT_USER USING (true) WITH CHECK (true)');

    await queryRunner.query(`CREATE FUNCTION auth_login_lookup(p_email text)
      RETURNS TABLE (id uuid, email text, password_hash text, status account_status)
      LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp
      AS $$ SELECT a.id, a.email, a.password_hash, a.status FROM user_account a WHERE a.email = p_email $$`);

    await queryRunner.query(`CREATE FUNCTION auth_session_create(
        p_token_hash text, p_account_id uuid, p_csrf_token text, p_idle_minutes integer,
        p_absolute_hours integer, p_ip text, p_user_agent text)
      RETURNS uuid
      LANGUAGE sql VOLATILE SECURITY DEFINER SET search_path = public, pg_temp
      AS $$
        INSERT INTO user_session (token_hash, account_id, csrf_token, last_seen_at, idle_expires_at,
                                  absolute_expires_at, ip, user_agent)
        SELECT p_token_hash, a.id, p_csrf_token, now(),
               least(now() + make_interval(mins => p_idle_minutes), now() + make_interval(hours => p_absolute_hours)),
               now() + make_interval(hours => p_absolute_hours), p_ip, left(p_user_agent, 512)
        FROM user_account a WHERE a.id = p_account_id AND a.status = 'active'
        RETURNING id
      $$`);

    await queryRunner.query(`CREATE FUNCTION auth_session_resolve(p_token_hash text, p_idle_minutes integer, p_touch_seconds integer)
      RETURNS TABLE (session_id uuid, csrf_token text, idle_expires_at timestamptz, absolute_expires_at timestamptz,
                     account_id uuid, email text, display_name text, role user_role, municipality_id uuid,
                     municipality_code text, municipality_name text, county_code text, staff_member_id uuid,
                     unit_ids uuid[])
      LANGUAGE sql VOLATILE SECURITY DEFINER SET search_path = public, pg_temp
      AS $$
        WITH found AS (
          SELECT s.id AS sid, s.csrf_token AS csrf, s.idle_expires_at AS idle, s.absolute_expires_at AS absolute,
                 s.last_seen_at AS seen, a.id AS aid, a.email AS mail, a.display_name AS dname, a.role AS arole,
                 a.municipality_id AS mid, a.county_code AS ccode, a.staff_member_id AS smid
          FROM user_session s
          JOIN user_account a ON a.id = s.account_id
          WHERE s.token_hash = p_token_hash AND s.revoked_at IS NULL AND a.status = 'active'
            AND s.idle_expires_at > now() AND s.absolute_expires_at > now()
        ), touched AS (
          UPDATE user_session t
          SET last_seen_at = now(),
              idle_expires_at = least(now() + make_interval(mins => p_idle_minutes), t.absolute_expires_at)
          FROM found f
          WHERE t.id = f.sid AND f.seen < now() - make_interval(secs => p_touch_seconds)
          RETURNING t.idle_expires_at AS idle
        )
        SELECT f.sid, f.csrf, coalesce((SELECT x.idle FROM touched x), f.idle), f.absolute,
               f.aid, f.mail, f.dname, f.arole, f.mid, m.code::text, m.name, f.ccode::text, f.smid,
               array(SELECT u.unit_id FROM user_account_unit u WHERE u.account_id = f.aid ORDER BY u.unit_id)
        FROM found f
        LEFT JOIN municipality m ON m.id = f.mid
      $$`);

    await queryRunner.query(`CREATE FUNCTION auth_session_revoke(p_session_id uuid)
      RETURNS void
      LANGUAGE sql VOLATILE SECURITY DEFINER SET search_path = public, pg_temp
      AS $$ UPDATE user_session SET revoked_at = now() WHERE id = p_session_id AND revoked_at IS NULL $$`);

    await queryRunner.query(`CREATE FUNCTION auth_session_revoke_all(p_account_id uuid)
      RETURNS integer
      LANGUAGE sql VOLATILE SECURITY DEFINER SET search_path = public, pg_temp
      AS $$
        WITH revoked AS (
          UPDATE user_session SET revoked_at = now() WHERE account_id = p_account_id AND revoked_at IS NULL RETURNING 1
        )
        SELECT count(*)::integer FROM revoked
      $$`);

    // Disabling an account (or sending it back to invited) ends its sessions, whoever does it.
    await queryRunner.query(`CREATE FUNCTION user_account_revoke_sessions()
      RETURNS trigger
      LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp
      AS $$
        BEGIN
          UPDATE user_session SET revoked_at = now() WHERE account_id = NEW.id AND revoked_at IS NULL;
          RETURN NULL;
        END
      $$`);
    await queryRunner.query(`CREATE TRIGGER tr_user_account_revoke_sessions
      AFTER UPDATE OF status ON user_account
      FOR EACH ROW WHEN (OLD.status = 'active' AND NEW.status <> 'active')
      EXECUTE FUNCTION user_account_revoke_sessions()`);

    for (const signature of [...FUNCTIONS, 'user_account_revoke_sessions()']) {
      await queryRunner.query(`REVOKE ALL ON FUNCTION ${signature} FROM PUBLIC`);
    }
    for (const signature of FUNCTIONS) {
      await queryRunner.query(`GRANT EXECUTE ON FUNCTION ${signature} TO ${APP_GROUP_ROLE}`);
    }
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TRIGGER tr_user_account_revoke_sessions ON user_account');
    await queryRunner.query('DROP FUNCTION user_account_revoke_sessions()');
    for (const signature of [...FUNCTIONS].reverse()) {
      await queryRunner.query(`DROP FUNCTION ${signature}`);
    }
    await queryRunner.query('DROP POLICY user_session_owner ON user_session');
    await queryRunner.query('ALTER TABLE user_session NO FORCE ROW LEVEL SECURITY');
    await queryRunner.query('ALTER TABLE user_session DISABLE ROW LEVEL SECURITY');

    await queryRunner.query(`REVOKE ALL ON user_account_unit FROM ${APP_GROUP_ROLE}`);
    await queryRunner.query('DROP POLICY user_account_unit_owner ON user_account_unit');
    await queryRunner.query('DROP POLICY user_account_unit_tenant ON user_account_unit');
    await queryRunner.query('ALTER TABLE user_account_unit NO FORCE ROW LEVEL SECURITY');
    await queryRunner.query('ALTER TABLE user_account_unit DISABLE ROW LEVEL SECURITY');

    await queryRunner.query('DROP POLICY user_account_owner ON user_account');
    await disableTenantRls(queryRunner, 'user_account');

    for (const table of [...REFERENCE_TABLES].reverse()) {
      await revokeAppAccess(queryRunner, table);
    }
    // The role kl_app stays: roles are cluster-wide and other databases may use it.
  }
}

import type { MigrationInterface, QueryRunner } from 'typeorm';
import { AGGREGATE_GROUP_ROLE, APP_GROUP_ROLE } from '@kl/api/core';

/** What the national and regional tiers read: reference data, no kommun's people. */
const AGGREGATE_READ_TABLES = [
  'county',
  'municipality',
  'municipality_group_classification',
  'municipality_group',
  'municipality_group_membership',
  'service_area',
];

/** National frameworks, which national analysts keep. */
const AGGREGATE_WRITE_TABLES = [
  'competence_framework',
  'competence_area',
  'competence_topic',
  'competence_level_definition',
  'competence_crosswalk_entry',
];

const SESSION_RESOLVE_COLUMNS = `session_id uuid, csrf_token text, idle_expires_at timestamptz, absolute_expires_at timestamptz,
  account_id uuid, email text, display_name text, role user_role, municipality_id uuid,
  municipality_code text, municipality_name text, county_code text, staff_member_id uuid,
  unit_ids uuid[]`;

const SESSION_RESOLVE_BODY = (subtree: boolean) => `
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
         array(SELECT u.unit_id FROM user_account_unit u WHERE u.account_id = f.aid ORDER BY u.unit_id)${
           subtree
             ? `,
         -- A team leader's reach: the units assigned and every unit below them, in the same round trip.
         array(WITH RECURSIVE tree(id) AS (
                 SELECT u.unit_id FROM user_account_unit u WHERE u.account_id = f.aid
                 UNION
                 SELECT c.id FROM org_unit c JOIN tree t ON c.parent_id = t.id WHERE c.municipality_id = f.mid)
               SELECT id FROM tree ORDER BY id)`
             : ''
         }
  FROM found f
  LEFT JOIN municipality m ON m.id = f.mid`;

/**
 * One access scope (docs/scope.md, docs/decisions/0006-access-scope.md):
 * - the session lookup answers a team leader's whole unit subtree, so the guard builds the scope
 *   without another query (the owner may read every unit for it, as it reads every account);
 * - the national and regional tiers get their own group role, granted reference data and the
 *   national frameworks only: no table that names a person. National records reach the audit
 *   trail through two functions that touch rows without a kommun only.
 */
export class AddAccessScope1795480000001 implements MigrationInterface {
  name = 'AddAccessScope1795480000001';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('CREATE POLICY org_unit_owner ON org_unit TO CURRENT_USER USING (true) WITH CHECK (true)');
    await queryRunner.query('DROP FUNCTION auth_session_resolve(text, integer, integer)');
    await queryRunner.query(`CREATE FUNCTION auth_session_resolve(p_token_hash text, p_idle_minutes integer, p_touch_seconds integer)
      RETURNS TABLE (${SESSION_RESOLVE_COLUMNS}, subtree_unit_ids uuid[])
      LANGUAGE sql VOLATILE SECURITY DEFINER SET search_path = public, pg_temp
      AS $$ ${SESSION_RESOLVE_BODY(true)} $$`);
    await grantFunction(queryRunner, 'auth_session_resolve(text, integer, integer)', APP_GROUP_ROLE);

    await queryRunner.query(`DO $$
      BEGIN
        IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '${AGGREGATE_GROUP_ROLE}') THEN
          CREATE ROLE ${AGGREGATE_GROUP_ROLE} NOLOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE NOINHERIT;
        END IF;
      EXCEPTION WHEN duplicate_object OR unique_violation THEN
        NULL; -- created by a concurrent migration of another database in the cluster
      END $$`);
    for (const table of AGGREGATE_READ_TABLES) {
      await queryRunner.query(`GRANT SELECT ON "${table}" TO ${AGGREGATE_GROUP_ROLE}`);
    }
    for (const table of AGGREGATE_WRITE_TABLES) {
      await queryRunner.query(`GRANT SELECT, INSERT, UPDATE, DELETE ON "${table}" TO ${AGGREGATE_GROUP_ROLE}`);
    }
    // A kommun's local extension is the kommun's own: never the national tier's, whatever it sets.
    await queryRunner.query(`CREATE POLICY national_only ON competence_framework AS RESTRICTIVE TO ${AGGREGATE_GROUP_ROLE}
      USING (municipality_id IS NULL) WITH CHECK (municipality_id IS NULL)`);

    await queryRunner.query(`CREATE FUNCTION national_audit_record(p_actor uuid, p_entity_type text, p_entity_id uuid,
        p_action text, p_before jsonb, p_after jsonb)
      RETURNS void
      LANGUAGE sql VOLATILE SECURITY DEFINER SET search_path = public, pg_temp
      AS $$
        INSERT INTO audit_event (municipality_id, actor_user_id, entity_type, entity_id, action, before, after)
        VALUES (NULL, p_actor, p_entity_type::audit_entity_type, p_entity_id, p_action::audit_action, p_before, p_after)
      $$`);
    await queryRunner.query(`CREATE FUNCTION national_audit_history(p_entity_type text, p_entity_id uuid)
      RETURNS TABLE (id uuid, actor_user_id uuid, actor_display_name text, entity_type audit_entity_type,
                     entity_id uuid, action audit_action, before jsonb, after jsonb, occurred_at timestamptz)
      LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp
      AS $$
        SELECT e.id, e.actor_user_id,
               -- Only accounts without a kommun (national analysts) are named to the national tier.
               (SELECT a.display_name FROM user_account a WHERE a.id = e.actor_user_id AND a.municipality_id IS NULL),
               e.entity_type, e.entity_id, e.action, e.before, e.after, e.occurred_at
        FROM audit_event e
        WHERE e.municipality_id IS NULL AND e.entity_type = p_entity_type::audit_entity_type AND e.entity_id = p_entity_id
        ORDER BY e.occurred_at, e.id
      $$`);
    for (const signature of ['national_audit_record(uuid, text, uuid, text, jsonb, jsonb)', 'national_audit_history(text, uuid)']) {
      await grantFunction(queryRunner, signature, AGGREGATE_GROUP_ROLE);
    }
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP FUNCTION national_audit_history(text, uuid)');
    await queryRunner.query('DROP FUNCTION national_audit_record(uuid, text, uuid, text, jsonb, jsonb)');
    await queryRunner.query('DROP POLICY national_only ON competence_framework');
    for (const table of [...AGGREGATE_READ_TABLES, ...AGGREGATE_WRITE_TABLES]) {
      await queryRunner.query(`REVOKE ALL ON "${table}" FROM ${AGGREGATE_GROUP_ROLE}`);
    }
    // The role is cluster-wide and may serve other databases: it stays, like kl_app.
    await queryRunner.query('DROP FUNCTION auth_session_resolve(text, integer, integer)');
    await queryRunner.query(`CREATE FUNCTION auth_session_resolve(p_token_hash text, p_idle_minutes integer, p_touch_seconds integer)
      RETURNS TABLE (${SESSION_RESOLVE_COLUMNS})
      LANGUAGE sql VOLATILE SECURITY DEFINER SET search_path = public, pg_temp
      AS $$ ${SESSION_RESOLVE_BODY(false)} $$`);
    await grantFunction(queryRunner, 'auth_session_resolve(text, integer, integer)', APP_GROUP_ROLE);
    await queryRunner.query('DROP POLICY org_unit_owner ON org_unit');
  }
}

async function grantFunction(queryRunner: QueryRunner, signature: string, role: string): Promise<void> {
  await queryRunner.query(`REVOKE ALL ON FUNCTION ${signature} FROM PUBLIC`);
  await queryRunner.query(`GRANT EXECUTE ON FUNCTION ${signature} TO ${role}`);
}

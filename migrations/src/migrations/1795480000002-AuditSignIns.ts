import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Sign-in, sign-out and password events land in the audit trail, written by the database as the
 * sessions and passwords change, whichever path changed them (password, single sign-on, an
 * administrator disabling the account). The owner writes them for any kommun, so it gets its own
 * policy on the trail, as it has on accounts.
 */
export class AuditSignIns1795480000002 implements MigrationInterface {
  name = 'AuditSignIns1795480000002';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('CREATE POLICY audit_event_owner ON audit_event TO CURRENT_USER USING (true) WITH CHECK (true)');
    await queryRunner.query(`CREATE FUNCTION audit_session_event()
      RETURNS trigger
      LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp
      AS $$
        BEGIN
          IF TG_OP = 'INSERT' THEN
            INSERT INTO audit_event (municipality_id, actor_user_id, entity_type, entity_id, action, after)
            SELECT a.municipality_id, a.id, 'user_account', a.id, 'sign_in',
                   jsonb_build_object('sessionId', NEW.id, 'ip', NEW.ip)
            FROM user_account a WHERE a.id = NEW.account_id;
          ELSIF OLD.revoked_at IS NULL AND NEW.revoked_at IS NOT NULL THEN
            INSERT INTO audit_event (municipality_id, actor_user_id, entity_type, entity_id, action, after)
            SELECT a.municipality_id, a.id, 'user_account', a.id, 'sign_out', jsonb_build_object('sessionId', NEW.id)
            FROM user_account a WHERE a.id = NEW.account_id;
          END IF;
          RETURN NULL;
        END
      $$`);
    await queryRunner.query(`CREATE TRIGGER tr_user_session_audit
      AFTER INSERT OR UPDATE OF revoked_at ON user_session
      FOR EACH ROW EXECUTE FUNCTION audit_session_event()`);
    await queryRunner.query(`CREATE FUNCTION audit_password_event()
      RETURNS trigger
      LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp
      AS $$
        BEGIN
          INSERT INTO audit_event (municipality_id, actor_user_id, entity_type, entity_id, action)
          VALUES (NEW.municipality_id, NEW.id, 'user_account', NEW.id,
                  CASE WHEN OLD.status = 'invited' THEN 'accept_invitation' ELSE 'change_password' END::audit_action);
          RETURN NULL;
        END
      $$`);
    await queryRunner.query(`CREATE TRIGGER tr_user_account_password_audit
      AFTER UPDATE OF password_hash ON user_account
      FOR EACH ROW WHEN (OLD.password_hash IS DISTINCT FROM NEW.password_hash)
      EXECUTE FUNCTION audit_password_event()`);
    for (const fn of ['audit_session_event()', 'audit_password_event()']) {
      await queryRunner.query(`REVOKE ALL ON FUNCTION ${fn} FROM PUBLIC`);
    }
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TRIGGER tr_user_account_password_audit ON user_account');
    await queryRunner.query('DROP FUNCTION audit_password_event()');
    await queryRunner.query('DROP TRIGGER tr_user_session_audit ON user_session');
    await queryRunner.query('DROP FUNCTION audit_session_event()');
    await queryRunner.query('DROP POLICY audit_event_owner ON audit_event');
  }
}

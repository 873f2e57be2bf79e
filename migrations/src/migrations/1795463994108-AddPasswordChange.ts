import type { MigrationInterface, QueryRunner } from 'typeorm';
import { APP_GROUP_ROLE } from '@kl/api/core';

/**
 * Changing one's own password, for every role (national, regional and system accounts have no
 * kommun, so tenant queries cannot reach them): sets the new hash and ends every other session.
 */
export class AddPasswordChange1795463994108 implements MigrationInterface {
  name = 'AddPasswordChange1795463994108';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE FUNCTION auth_change_password(p_account_id uuid, p_password_hash text, p_keep_session_id uuid)
      RETURNS void
      LANGUAGE sql VOLATILE SECURITY DEFINER SET search_path = public, pg_temp
      AS $$
        UPDATE user_account SET password_hash = p_password_hash, row_version = row_version + 1, updated_at = now()
        WHERE id = p_account_id AND status = 'active';
        UPDATE user_session SET revoked_at = now()
        WHERE account_id = p_account_id AND id <> p_keep_session_id AND revoked_at IS NULL;
      $$`);
    await queryRunner.query('REVOKE ALL ON FUNCTION auth_change_password(uuid, text, uuid) FROM PUBLIC');
    await queryRunner.query(`GRANT EXECUTE ON FUNCTION auth_change_password(uuid, text, uuid) TO ${APP_GROUP_ROLE}`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP FUNCTION auth_change_password(uuid, text, uuid)');
  }
}

import type { MigrationInterface, QueryRunner } from 'typeorm';
import { APP_GROUP_ROLE } from '@kl/api/core';

/**
 * Invitations: a one-time token (stored as SHA-256) to set an invited account's first password.
 * The app creates them in the kommun's transaction (visible through the account's policy) and
 * redeems them, before any sign-in, only through auth_accept_invitation().
 */

export class AddUserInvitations1795462057798 implements MigrationInterface {
  name = 'AddUserInvitations1795462057798';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "user_invitation" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "token_hash" character(64) NOT NULL, "account_id" uuid NOT NULL, "invited_by_id" uuid, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "used_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "pk_user_invitation" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "ix_user_invitation_account" ON "user_invitation"  ("account_id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_user_invitation_token_hash" ON "user_invitation"  ("token_hash") `);
    await queryRunner.query(`ALTER TABLE "user_invitation" ADD CONSTRAINT "fk_user_invitation_account" FOREIGN KEY ("account_id") REFERENCES "user_account"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "user_invitation" ADD CONSTRAINT "fk_user_invitation_invited_by" FOREIGN KEY ("invited_by_id") REFERENCES "user_account"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);

    await queryRunner.query('ALTER TABLE user_invitation ENABLE ROW LEVEL SECURITY');
    await queryRunner.query('ALTER TABLE user_invitation FORCE ROW LEVEL SECURITY');
    await queryRunner.query(`CREATE POLICY user_invitation_tenant ON user_invitation
      USING (EXISTS (SELECT 1 FROM user_account a WHERE a.id = account_id))
      WITH CHECK (EXISTS (SELECT 1 FROM user_account a WHERE a.id = account_id))`);
    await queryRunner.query('CREATE POLICY user_invitation_owner ON user_invitation TO CURRENT_USER USING (true) WITH CHECK (true)');
    await queryRunner.query(`GRANT SELECT, INSERT, UPDATE, DELETE ON user_invitation TO ${APP_GROUP_ROLE}`);

    // Sets the first password of an invited account from a valid, unused token; null otherwise.
    await queryRunner.query(`CREATE FUNCTION auth_accept_invitation(p_token_hash text, p_password_hash text)
      RETURNS uuid
      LANGUAGE sql VOLATILE SECURITY DEFINER SET search_path = public, pg_temp
      AS $$
        WITH invitation AS (
          UPDATE user_invitation i SET used_at = now()
          FROM user_account a
          WHERE i.token_hash = p_token_hash AND i.used_at IS NULL AND i.expires_at > now()
            AND a.id = i.account_id AND a.status = 'invited'
          RETURNING i.account_id
        )
        UPDATE user_account a
        SET password_hash = p_password_hash, status = 'active', row_version = a.row_version + 1, updated_at = now()
        FROM invitation
        WHERE a.id = invitation.account_id
        RETURNING a.id
      $$`);
    await queryRunner.query('REVOKE ALL ON FUNCTION auth_accept_invitation(text, text) FROM PUBLIC');
    await queryRunner.query(`GRANT EXECUTE ON FUNCTION auth_accept_invitation(text, text) TO ${APP_GROUP_ROLE}`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP FUNCTION auth_accept_invitation(text, text)');
    await queryRunner.query(`REVOKE ALL ON user_invitation FROM ${APP_GROUP_ROLE}`);
    await queryRunner.query('DROP POLICY user_invitation_owner ON user_invitation');
    await queryRunner.query('DROP POLICY user_invitation_tenant ON user_invitation');
    await queryRunner.query(`ALTER TABLE "user_invitation" DROP CONSTRAINT "fk_user_invitation_invited_by"`);
    await queryRunner.query(`ALTER TABLE "user_invitation" DROP CONSTRAINT "fk_user_invitation_account"`);
    await queryRunner.query(`DROP INDEX "public"."uq_user_invitation_token_hash"`);
    await queryRunner.query(`DROP INDEX "public"."ix_user_invitation_account"`);
    await queryRunner.query(`DROP TABLE "user_invitation"`);
  }
}

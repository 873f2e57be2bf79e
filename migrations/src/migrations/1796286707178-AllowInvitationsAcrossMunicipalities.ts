import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * An invitation may name an e-mail that has an account in another kommun, so that inviting tells
 * an administrator nothing about other kommuner: the e-mail is unique among accounts past their
 * invitation (they sign in) and per kommun, no longer among invited ones. Sign-in looks up the
 * account that can sign in before any invited one.
 */
export class AllowInvitationsAcrossMunicipalities1796286707178 implements MigrationInterface {
  name = 'AllowInvitationsAcrossMunicipalities1796286707178';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_user_account_municipality_email" ON "user_account"  ("municipality_id", "email") `);
    await queryRunner.query(`DROP INDEX "public"."uq_user_account_email"`);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_user_account_email" ON "user_account" ("email") WHERE "status" <> 'invited'`);
    await queryRunner.query(`CREATE OR REPLACE FUNCTION auth_login_lookup(p_email text)
      RETURNS TABLE (id uuid, email text, password_hash text, status account_status)
      LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp
      AS $$ SELECT a.id, a.email, a.password_hash, a.status FROM user_account a WHERE a.email = p_email
            ORDER BY a.status = 'invited', a.created_at LIMIT 1 $$`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE OR REPLACE FUNCTION auth_login_lookup(p_email text)
      RETURNS TABLE (id uuid, email text, password_hash text, status account_status)
      LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp
      AS $$ SELECT a.id, a.email, a.password_hash, a.status FROM user_account a WHERE a.email = p_email $$`);
    // Fails while one e-mail is invited in two kommuner: resolve those invitations first.
    await queryRunner.query(`DROP INDEX "public"."uq_user_account_email"`);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_user_account_email" ON "user_account" ("email") `);
    await queryRunner.query(`DROP INDEX "public"."uq_user_account_municipality_email"`);
  }
}

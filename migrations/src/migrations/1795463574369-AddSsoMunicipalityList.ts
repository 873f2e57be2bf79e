import type { MigrationInterface, QueryRunner } from 'typeorm';
import { APP_GROUP_ROLE } from '@kl/api/core';

/**
 * The kommuner that offer single sign-on, for the login page before anyone is signed in: only
 * their codes and names leave the (row-level secured) provider table, through a definer function.
 */
export class AddSsoMunicipalityList1795463574369 implements MigrationInterface {
  name = 'AddSsoMunicipalityList1795463574369';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE FUNCTION auth_sso_municipalities()
      RETURNS TABLE (code text, name text)
      LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp
      AS $$
        SELECT m.code::text, m.name FROM municipality_identity_provider p
        JOIN municipality m ON m.id = p.municipality_id
        WHERE p.enabled ORDER BY m.name
      $$`);
    await queryRunner.query('REVOKE ALL ON FUNCTION auth_sso_municipalities() FROM PUBLIC');
    await queryRunner.query(`GRANT EXECUTE ON FUNCTION auth_sso_municipalities() TO ${APP_GROUP_ROLE}`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP FUNCTION auth_sso_municipalities()');
  }
}

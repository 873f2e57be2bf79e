import type { MigrationInterface, QueryRunner } from 'typeorm';
import { APP_GROUP_ROLE } from '@kl/api/core';

/**
 * The system administrator's list of every kommun with its administrator accounts. Accounts are
 * tenant rows, and the system administrator has no kommun: the list is read through a SECURITY
 * DEFINER function (as sign-in is, ADR 0001) that gives kommun administrators' accounts only,
 * never another role's and never competence data. The API calls it for the system administrator.
 */
export class AddMunicipalityAdministratorList1796289035788 implements MigrationInterface {
  name = 'AddMunicipalityAdministratorList1796289035788';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE FUNCTION system_municipality_administrators()
      RETURNS TABLE (municipality_code text, municipality_name text, county_name text, account_id uuid, email text,
                     display_name text, status account_status, invitation_expires_at timestamptz)
      LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp
      AS $$
        SELECT m.code, m.name, c.name, a.id, a.email, a.display_name, a.status,
               (SELECT max(i.expires_at) FROM user_invitation i WHERE i.account_id = a.id AND i.used_at IS NULL)
        FROM municipality m
        JOIN county c ON c.id = m.county_id
        LEFT JOIN user_account a ON a.municipality_id = m.id AND a.role = 'municipality_admin'
        ORDER BY m.name, m.code, a.display_name, a.email
      $$`);
    await queryRunner.query('REVOKE ALL ON FUNCTION system_municipality_administrators() FROM PUBLIC');
    await queryRunner.query(`GRANT EXECUTE ON FUNCTION system_municipality_administrators() TO ${APP_GROUP_ROLE}`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP FUNCTION system_municipality_administrators()');
  }
}

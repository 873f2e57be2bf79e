import type { MigrationInterface, QueryRunner } from 'typeorm';
import { disableTenantRls, enableTenantRls } from '@kl/api/core';

const PERIOD_COLUMNS = `unit_id, role, employment_type, fte, degree, degree_year, experience_start, employment_start, employment_end, leaving_reason`;
const NEW_VALUES = `NEW.unit_id, NEW.role, NEW.employment_type, NEW.fte, NEW.degree, NEW.degree_year, NEW.experience_start, NEW.employment_start, NEW.employment_end, NEW.leaving_reason`;

/**
 * Workforce planning (issue 14): year of birth and the reason a person left on the staff record,
 * and every employment period kept by the database. A staff record holds one employment; when a
 * person who left comes back (a new start after the old end), the earlier period stays here as
 * it was, so turnover and retention count both. Kept by a trigger so that every way a record
 * changes (form, leave, import) keeps it; erasure unlinks the periods, the figures stay.
 */
export class AddWorkforceHistory1796318000000 implements MigrationInterface {
  name = 'AddWorkforceHistory1796318000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TYPE "public"."staff_leaving_reason" AS ENUM('other_kommun_social_services', 'other_employer', 'left_profession', 'retirement', 'other')`);
    await queryRunner.query(`ALTER TABLE "staff_member" ADD "birth_year" smallint`);
    await queryRunner.query(`ALTER TABLE "staff_member" ADD "leaving_reason" "public"."staff_leaving_reason"`);
    await queryRunner.query(`CREATE TABLE "employment_period" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "municipality_id" uuid NOT NULL, "staff_member_id" uuid, "unit_id" uuid, "role" "public"."staff_role" NOT NULL, "employment_type" "public"."staff_employment_type" NOT NULL, "fte" numeric(4,3) NOT NULL, "degree" "public"."staff_degree" NOT NULL, "degree_year" smallint, "experience_start" date NOT NULL, "employment_start" date NOT NULL, "employment_end" date, "leaving_reason" "public"."staff_leaving_reason", CONSTRAINT "pk_employment_period" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "ix_employment_period_staff" ON "employment_period" ("staff_member_id", "employment_start") `);
    await queryRunner.query(`CREATE INDEX "ix_employment_period_municipality" ON "employment_period" ("municipality_id", "employment_start") `);
    await queryRunner.query(`ALTER TABLE "employment_period" ADD CONSTRAINT "fk_employment_period_municipality" FOREIGN KEY ("municipality_id") REFERENCES "municipality"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "employment_period" ADD CONSTRAINT "fk_employment_period_staff_member" FOREIGN KEY ("staff_member_id") REFERENCES "staff_member"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "employment_period" ADD CONSTRAINT "fk_employment_period_unit" FOREIGN KEY ("unit_id") REFERENCES "org_unit"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await enableTenantRls(queryRunner, 'employment_period');
    await queryRunner.query(`
      CREATE FUNCTION employment_period_follow() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE current_id uuid;
      BEGIN
        IF TG_OP = 'UPDATE' AND NOT (OLD.employment_end IS NOT NULL AND NEW.employment_start > OLD.employment_end) THEN
          SELECT id INTO current_id FROM employment_period
           WHERE staff_member_id = NEW.id ORDER BY employment_start DESC LIMIT 1;
        END IF;
        IF current_id IS NULL THEN
          INSERT INTO employment_period (municipality_id, staff_member_id, ${PERIOD_COLUMNS})
          VALUES (NEW.municipality_id, NEW.id, ${NEW_VALUES});
        ELSE
          UPDATE employment_period SET (${PERIOD_COLUMNS}) = (${NEW_VALUES}) WHERE id = current_id;
        END IF;
        RETURN NULL;
      END $$`);
    await queryRunner.query(`
      CREATE TRIGGER employment_period_follow AFTER INSERT OR UPDATE OF unit_id, role, employment_type, fte, degree, degree_year,
        experience_start, employment_start, employment_end, leaving_reason ON staff_member
      FOR EACH ROW EXECUTE FUNCTION employment_period_follow()`);
    await queryRunner.query(`INSERT INTO employment_period (municipality_id, staff_member_id, ${PERIOD_COLUMNS})
      SELECT municipality_id, id, ${PERIOD_COLUMNS} FROM staff_member`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER employment_period_follow ON staff_member`);
    await queryRunner.query(`DROP FUNCTION employment_period_follow()`);
    await disableTenantRls(queryRunner, 'employment_period');
    await queryRunner.query(`ALTER TABLE "employment_period" DROP CONSTRAINT "fk_employment_period_unit"`);
    await queryRunner.query(`ALTER TABLE "employment_period" DROP CONSTRAINT "fk_employment_period_staff_member"`);
    await queryRunner.query(`ALTER TABLE "employment_period" DROP CONSTRAINT "fk_employment_period_municipality"`);
    await queryRunner.query(`DROP INDEX "public"."ix_employment_period_municipality"`);
    await queryRunner.query(`DROP INDEX "public"."ix_employment_period_staff"`);
    await queryRunner.query(`DROP TABLE "employment_period"`);
    await queryRunner.query(`ALTER TABLE "staff_member" DROP COLUMN "leaving_reason"`);
    await queryRunner.query(`ALTER TABLE "staff_member" DROP COLUMN "birth_year"`);
    await queryRunner.query(`DROP TYPE "public"."staff_leaving_reason"`);
  }
}

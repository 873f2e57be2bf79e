import type { MigrationInterface, QueryRunner } from 'typeorm';
import { disableTenantRls, enableTenantRls } from '@kl/api/core';

const TENANT_TABLES = ['vacancy', 'workforce_planned_change', 'workforce_setting'];

/** Workforce planning (docs/workforce.md): vacancies, the staffing changes HR plans, the pension age. */
export class AddWorkforcePlanning1796318000002 implements MigrationInterface {
  name = 'AddWorkforcePlanning1796318000002';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TYPE "public"."vacancy_difficulty" AS ENUM('easy', 'hard', 'very_hard')`);
    await queryRunner.query(`CREATE TABLE "vacancy" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "municipality_id" uuid NOT NULL, "unit_id" uuid NOT NULL, "role" "public"."staff_role" NOT NULL, "fte" numeric(4,3) NOT NULL, "opened_on" date NOT NULL, "filled_on" date, "difficulty" "public"."vacancy_difficulty" NOT NULL, "covered_by_consultant" boolean NOT NULL DEFAULT false, "note" text, "row_version" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_vacancy_filled_after_opened" CHECK ("filled_on" IS NULL OR "filled_on" >= "opened_on"), CONSTRAINT "ck_vacancy_fte" CHECK ("fte" > 0 AND "fte" <= 1), CONSTRAINT "pk_vacancy" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "ix_vacancy_municipality_opened" ON "vacancy"  ("municipality_id", "opened_on") `);
    await queryRunner.query(`CREATE TABLE "workforce_planned_change" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "municipality_id" uuid NOT NULL, "unit_id" uuid, "role" "public"."staff_role" NOT NULL, "year" smallint NOT NULL, "headcount_change" smallint NOT NULL, "note" text, "row_version" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "pk_workforce_planned_change" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "ix_workforce_planned_change_year" ON "workforce_planned_change"  ("municipality_id", "year") `);
    await queryRunner.query(`CREATE TABLE "workforce_setting" ("municipality_id" uuid NOT NULL, "pension_age" smallint NOT NULL DEFAULT '67', "row_version" integer NOT NULL DEFAULT '1', CONSTRAINT "ck_workforce_setting_pension_age" CHECK ("pension_age" BETWEEN 60 AND 75), CONSTRAINT "pk_workforce_setting" PRIMARY KEY ("municipality_id"))`);
    await queryRunner.query(`ALTER TABLE "vacancy" ADD CONSTRAINT "fk_vacancy_municipality" FOREIGN KEY ("municipality_id") REFERENCES "municipality"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "vacancy" ADD CONSTRAINT "fk_vacancy_unit" FOREIGN KEY ("unit_id") REFERENCES "org_unit"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "workforce_planned_change" ADD CONSTRAINT "fk_workforce_planned_change_municipality" FOREIGN KEY ("municipality_id") REFERENCES "municipality"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "workforce_planned_change" ADD CONSTRAINT "fk_workforce_planned_change_unit" FOREIGN KEY ("unit_id") REFERENCES "org_unit"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "workforce_setting" ADD CONSTRAINT "fk_workforce_setting_municipality" FOREIGN KEY ("municipality_id") REFERENCES "municipality"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    for (const table of TENANT_TABLES) await enableTenantRls(queryRunner, table);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of TENANT_TABLES) await disableTenantRls(queryRunner, table);
    await queryRunner.query(`DROP TABLE "workforce_setting"`);
    await queryRunner.query(`DROP TABLE "workforce_planned_change"`);
    await queryRunner.query(`DROP TABLE "vacancy"`);
    await queryRunner.query(`DROP TYPE "public"."vacancy_difficulty"`);
  }
}

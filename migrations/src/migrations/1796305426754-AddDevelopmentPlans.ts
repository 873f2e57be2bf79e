import type { MigrationInterface, QueryRunner } from 'typeorm';
import { disableTenantRls, enableTenantRls } from '@kl/api/core';

/** Plans name people (individual plans): kommun tables under row-level security, like their siblings. */

export class AddDevelopmentPlans1796305426754 implements MigrationInterface {
  name = 'AddDevelopmentPlans1796305426754';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TYPE "public"."development_plan_kind" AS ENUM('overall', 'individual')`);
    await queryRunner.query(`CREATE TYPE "public"."development_plan_status" AS ENUM('draft', 'active', 'completed')`);
    await queryRunner.query(`CREATE TABLE "development_plan" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "municipality_id" uuid NOT NULL, "kind" "public"."development_plan_kind" NOT NULL, "year" smallint NOT NULL, "unit_id" uuid, "staff_member_id" uuid, "status" "public"."development_plan_status" NOT NULL DEFAULT 'draft', "budget_ordinary" numeric(12,2) NOT NULL DEFAULT '0', "budget_grant" numeric(12,2) NOT NULL DEFAULT '0', "budget_other" numeric(12,2) NOT NULL DEFAULT '0', "follow_up_done" text, "follow_up_not_done" text, "follow_up_next" text, "followed_up_on" date, "row_version" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_development_plan_budget" CHECK ("budget_ordinary" >= 0 AND "budget_grant" >= 0 AND "budget_other" >= 0), CONSTRAINT "ck_development_plan_kind" CHECK (("kind" = 'individual') = ("staff_member_id" IS NOT NULL)), CONSTRAINT "pk_development_plan" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_development_plan_individual" ON "development_plan"  ("staff_member_id", "year") WHERE "kind" = 'individual'`);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_development_plan_kommun" ON "development_plan"  ("municipality_id", "year") WHERE "kind" = 'overall' AND "unit_id" IS NULL`);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_development_plan_overall" ON "development_plan"  ("municipality_id", "unit_id", "year") WHERE "kind" = 'overall' AND "unit_id" IS NOT NULL`);
    await queryRunner.query(`CREATE TABLE "development_plan_goal" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "municipality_id" uuid NOT NULL, "plan_id" uuid NOT NULL, "topic_code" text NOT NULL, "level" "public"."course_level" NOT NULL, "gap_fte" numeric(8,3), CONSTRAINT "pk_development_plan_goal" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_development_plan_goal_plan_topic" ON "development_plan_goal"  ("plan_id", "topic_code") `);
    await queryRunner.query(`ALTER TABLE "development_plan" ADD CONSTRAINT "fk_development_plan_municipality" FOREIGN KEY ("municipality_id") REFERENCES "municipality"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "development_plan" ADD CONSTRAINT "fk_development_plan_unit" FOREIGN KEY ("unit_id") REFERENCES "org_unit"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "development_plan" ADD CONSTRAINT "fk_development_plan_staff_member" FOREIGN KEY ("staff_member_id") REFERENCES "staff_member"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "development_plan_goal" ADD CONSTRAINT "fk_development_plan_goal_municipality" FOREIGN KEY ("municipality_id") REFERENCES "municipality"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "development_plan_goal" ADD CONSTRAINT "fk_development_plan_goal_plan" FOREIGN KEY ("plan_id") REFERENCES "development_plan"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await enableTenantRls(queryRunner, 'development_plan');
    await enableTenantRls(queryRunner, 'development_plan_goal');
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await disableTenantRls(queryRunner, 'development_plan_goal');
    await disableTenantRls(queryRunner, 'development_plan');
    await queryRunner.query(`ALTER TABLE "development_plan_goal" DROP CONSTRAINT "fk_development_plan_goal_plan"`);
    await queryRunner.query(`ALTER TABLE "development_plan_goal" DROP CONSTRAINT "fk_development_plan_goal_municipality"`);
    await queryRunner.query(`ALTER TABLE "development_plan" DROP CONSTRAINT "fk_development_plan_staff_member"`);
    await queryRunner.query(`ALTER TABLE "development_plan" DROP CONSTRAINT "fk_development_plan_unit"`);
    await queryRunner.query(`ALTER TABLE "development_plan" DROP CONSTRAINT "fk_development_plan_municipality"`);
    await queryRunner.query(`DROP INDEX "public"."uq_development_plan_goal_plan_topic"`);
    await queryRunner.query(`DROP TABLE "development_plan_goal"`);
    await queryRunner.query(`DROP INDEX "public"."uq_development_plan_overall"`);
    await queryRunner.query(`DROP INDEX "public"."uq_development_plan_kommun"`);
    await queryRunner.query(`DROP INDEX "public"."uq_development_plan_individual"`);
    await queryRunner.query(`DROP TABLE "development_plan"`);
    await queryRunner.query(`DROP TYPE "public"."development_plan_status"`);
    await queryRunner.query(`DROP TYPE "public"."development_plan_kind"`);
  }
}

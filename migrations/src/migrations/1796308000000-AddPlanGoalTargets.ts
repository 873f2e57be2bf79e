import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A plan's goal gets a target share, a staff group and a due date; overall plans a staff group,
 * so the kommun keeps one for its caseworkers and one for its team leaders (the national survey
 * asks for both). Existing plans and goals are for everyone, at 100 %, without a due date.
 */
export class AddPlanGoalTargets1796308000000 implements MigrationInterface {
  name = 'AddPlanGoalTargets1796308000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TYPE "public"."plan_staff_group" AS ENUM('caseworker', 'team_leader', 'all')`);
    await queryRunner.query(`ALTER TABLE "development_plan" ADD "staff_group" "public"."plan_staff_group" NOT NULL DEFAULT 'all'`);
    await queryRunner.query(`ALTER TABLE "development_plan" ADD CONSTRAINT "ck_development_plan_staff_group" CHECK ("kind" = 'overall' OR "staff_group" = 'all')`);
    await queryRunner.query(`DROP INDEX "public"."uq_development_plan_kommun"`);
    await queryRunner.query(`DROP INDEX "public"."uq_development_plan_overall"`);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_development_plan_kommun" ON "development_plan"  ("municipality_id", "year", "staff_group") WHERE "kind" = 'overall' AND "unit_id" IS NULL`);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_development_plan_overall" ON "development_plan"  ("municipality_id", "unit_id", "year", "staff_group") WHERE "kind" = 'overall' AND "unit_id" IS NOT NULL`);
    await queryRunner.query(`ALTER TABLE "development_plan_goal" ADD "target_share" smallint NOT NULL DEFAULT '100'`);
    await queryRunner.query(`ALTER TABLE "development_plan_goal" ADD "staff_group" "public"."plan_staff_group" NOT NULL DEFAULT 'all'`);
    await queryRunner.query(`ALTER TABLE "development_plan_goal" ADD "due_on" date`);
    await queryRunner.query(`ALTER TABLE "development_plan_goal" ADD CONSTRAINT "ck_development_plan_goal_share" CHECK ("target_share" BETWEEN 1 AND 100)`);
  }

  /** Keeps each kommun's or unit's plan for all staff (or, without one, the caseworkers') of a year. */
  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "development_plan_goal" DROP CONSTRAINT "ck_development_plan_goal_share"`);
    await queryRunner.query(`ALTER TABLE "development_plan_goal" DROP COLUMN "due_on"`);
    await queryRunner.query(`ALTER TABLE "development_plan_goal" DROP COLUMN "staff_group"`);
    await queryRunner.query(`ALTER TABLE "development_plan_goal" DROP COLUMN "target_share"`);
    await queryRunner.query(`DROP INDEX "public"."uq_development_plan_overall"`);
    await queryRunner.query(`DROP INDEX "public"."uq_development_plan_kommun"`);
    await queryRunner.query(`DELETE FROM "development_plan" d WHERE d."kind" = 'overall' AND EXISTS (
      SELECT 1 FROM "development_plan" o WHERE o."kind" = 'overall' AND o."municipality_id" = d."municipality_id"
        AND o."unit_id" IS NOT DISTINCT FROM d."unit_id" AND o."year" = d."year" AND o."id" <> d."id"
        AND array_position(ARRAY['all', 'caseworker', 'team_leader'], o."staff_group"::text)
          < array_position(ARRAY['all', 'caseworker', 'team_leader'], d."staff_group"::text))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_development_plan_overall" ON "development_plan"  ("municipality_id", "unit_id", "year") WHERE "kind" = 'overall' AND "unit_id" IS NOT NULL`);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_development_plan_kommun" ON "development_plan"  ("municipality_id", "year") WHERE "kind" = 'overall' AND "unit_id" IS NULL`);
    await queryRunner.query(`ALTER TABLE "development_plan" DROP CONSTRAINT "ck_development_plan_staff_group"`);
    await queryRunner.query(`ALTER TABLE "development_plan" DROP COLUMN "staff_group"`);
    await queryRunner.query(`DROP TYPE "public"."plan_staff_group"`);
  }
}

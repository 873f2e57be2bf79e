import type { MigrationInterface, QueryRunner } from 'typeorm';
import { disableTenantRls, enableTenantRls } from '@kl/api/core';

const TABLES = ['introduction_programme', 'introduction_programme_step', 'staff_introduction', 'staff_introduction_step'];

/** Introduction programmes and new hires' introductions: kommun tables under row-level security. */
export class AddIntroductionProgrammes1796313000001 implements MigrationInterface {
  name = 'AddIntroductionProgrammes1796313000001';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TYPE "public"."introduction_step_kind" AS ENUM('course', 'supervision', 'mentor_meeting', 'reading', 'other')`);
    await queryRunner.query(`CREATE TABLE "introduction_programme" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "municipality_id" uuid NOT NULL, "name" text NOT NULL, "target_role" "public"."staff_role", "row_version" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "pk_introduction_programme" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_introduction_programme_name" ON "introduction_programme" ("municipality_id", "name") `);
    await queryRunner.query(`CREATE TABLE "introduction_programme_step" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "municipality_id" uuid NOT NULL, "programme_id" uuid NOT NULL, "position" integer NOT NULL, "kind" "public"."introduction_step_kind" NOT NULL, "title" text NOT NULL, "due_week" integer NOT NULL, "course_id" uuid, CONSTRAINT "pk_introduction_programme_step" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "ix_introduction_programme_step_programme" ON "introduction_programme_step" ("programme_id", "position") `);
    await queryRunner.query(`CREATE INDEX "ix_introduction_programme_step_course" ON "introduction_programme_step" ("course_id") `);
    await queryRunner.query(`CREATE TABLE "staff_introduction" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "municipality_id" uuid NOT NULL, "staff_member_id" uuid NOT NULL, "programme_id" uuid NOT NULL, "mentor_staff_member_id" uuid, "start_date" date NOT NULL, "row_version" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "pk_staff_introduction" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_staff_introduction_staff" ON "staff_introduction" ("staff_member_id") `);
    await queryRunner.query(`CREATE INDEX "ix_staff_introduction_mentor" ON "staff_introduction" ("mentor_staff_member_id") `);
    await queryRunner.query(`CREATE INDEX "ix_staff_introduction_programme" ON "staff_introduction" ("programme_id") `);
    await queryRunner.query(`CREATE TABLE "staff_introduction_step" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "municipality_id" uuid NOT NULL, "introduction_id" uuid NOT NULL, "step_id" uuid NOT NULL, "done_on" date NOT NULL, "done_by_user_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "pk_staff_introduction_step" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_staff_introduction_step" ON "staff_introduction_step" ("introduction_id", "step_id") `);
    await queryRunner.query(`CREATE INDEX "ix_staff_introduction_step_step" ON "staff_introduction_step" ("step_id") `);
    await queryRunner.query(`ALTER TABLE "introduction_programme" ADD CONSTRAINT "fk_introduction_programme_municipality" FOREIGN KEY ("municipality_id") REFERENCES "municipality"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "introduction_programme_step" ADD CONSTRAINT "fk_introduction_programme_step_municipality" FOREIGN KEY ("municipality_id") REFERENCES "municipality"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "introduction_programme_step" ADD CONSTRAINT "fk_introduction_programme_step_programme" FOREIGN KEY ("programme_id") REFERENCES "introduction_programme"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "introduction_programme_step" ADD CONSTRAINT "fk_introduction_programme_step_course" FOREIGN KEY ("course_id") REFERENCES "course"("id") ON DELETE NO ACTION ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "staff_introduction" ADD CONSTRAINT "fk_staff_introduction_municipality" FOREIGN KEY ("municipality_id") REFERENCES "municipality"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "staff_introduction" ADD CONSTRAINT "fk_staff_introduction_staff_member" FOREIGN KEY ("staff_member_id") REFERENCES "staff_member"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "staff_introduction" ADD CONSTRAINT "fk_staff_introduction_programme" FOREIGN KEY ("programme_id") REFERENCES "introduction_programme"("id") ON DELETE NO ACTION ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "staff_introduction" ADD CONSTRAINT "fk_staff_introduction_mentor" FOREIGN KEY ("mentor_staff_member_id") REFERENCES "staff_member"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "staff_introduction_step" ADD CONSTRAINT "fk_staff_introduction_step_municipality" FOREIGN KEY ("municipality_id") REFERENCES "municipality"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "staff_introduction_step" ADD CONSTRAINT "fk_staff_introduction_step_introduction" FOREIGN KEY ("introduction_id") REFERENCES "staff_introduction"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "staff_introduction_step" ADD CONSTRAINT "fk_staff_introduction_step_step" FOREIGN KEY ("step_id") REFERENCES "introduction_programme_step"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    for (const table of TABLES) await enableTenantRls(queryRunner, table);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of [...TABLES].reverse()) await disableTenantRls(queryRunner, table);
    await queryRunner.query(`DROP TABLE "staff_introduction_step"`);
    await queryRunner.query(`DROP TABLE "staff_introduction"`);
    await queryRunner.query(`DROP TABLE "introduction_programme_step"`);
    await queryRunner.query(`DROP TABLE "introduction_programme"`);
    await queryRunner.query(`DROP TYPE "public"."introduction_step_kind"`);
  }
}

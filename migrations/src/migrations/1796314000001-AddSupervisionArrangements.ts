import type { MigrationInterface, QueryRunner } from 'typeorm';
import { disableTenantRls, enableTenantRls } from '@kl/api/core';

/** Supervision arrangements name people: a kommun table under row-level security. */
export class AddSupervisionArrangements1796314000001 implements MigrationInterface {
  name = 'AddSupervisionArrangements1796314000001';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TYPE "public"."supervision_form" AS ENUM('individual', 'group')`);
    await queryRunner.query(`CREATE TYPE "public"."supervision_frequency" AS ENUM('weekly', 'every_other_week', 'monthly', 'other')`);
    await queryRunner.query(`CREATE TABLE "supervision_arrangement" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "municipality_id" uuid NOT NULL, "staff_member_id" uuid NOT NULL, "topic_code" text NOT NULL, "form" "public"."supervision_form" NOT NULL, "supervisor_staff_member_id" uuid, "external_supervisor" text, "frequency" "public"."supervision_frequency" NOT NULL, "starts_on" date NOT NULL, "ends_on" date, "note" text NOT NULL DEFAULT '', "row_version" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_supervision_arrangement_period" CHECK ("ends_on" IS NULL OR "ends_on" >= "starts_on"), CONSTRAINT "ck_supervision_arrangement_supervisor" CHECK ("supervisor_staff_member_id" IS NULL OR "external_supervisor" IS NULL), CONSTRAINT "pk_supervision_arrangement" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "ix_supervision_arrangement_staff" ON "supervision_arrangement" ("staff_member_id", "topic_code") `);
    await queryRunner.query(`ALTER TABLE "supervision_arrangement" ADD CONSTRAINT "fk_supervision_arrangement_municipality" FOREIGN KEY ("municipality_id") REFERENCES "municipality"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "supervision_arrangement" ADD CONSTRAINT "fk_supervision_arrangement_staff_member" FOREIGN KEY ("staff_member_id") REFERENCES "staff_member"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "supervision_arrangement" ADD CONSTRAINT "fk_supervision_arrangement_supervisor" FOREIGN KEY ("supervisor_staff_member_id") REFERENCES "staff_member"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await enableTenantRls(queryRunner, 'supervision_arrangement');
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await disableTenantRls(queryRunner, 'supervision_arrangement');
    await queryRunner.query(`ALTER TABLE "supervision_arrangement" DROP CONSTRAINT "fk_supervision_arrangement_supervisor"`);
    await queryRunner.query(`ALTER TABLE "supervision_arrangement" DROP CONSTRAINT "fk_supervision_arrangement_staff_member"`);
    await queryRunner.query(`ALTER TABLE "supervision_arrangement" DROP CONSTRAINT "fk_supervision_arrangement_municipality"`);
    await queryRunner.query(`DROP INDEX "public"."ix_supervision_arrangement_staff"`);
    await queryRunner.query(`DROP TABLE "supervision_arrangement"`);
    await queryRunner.query(`DROP TYPE "public"."supervision_frequency"`);
    await queryRunner.query(`DROP TYPE "public"."supervision_form"`);
  }
}

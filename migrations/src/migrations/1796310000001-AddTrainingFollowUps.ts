import type { MigrationInterface, QueryRunner } from 'typeorm';
import { disableTenantRls, enableTenantRls } from '@kl/api/core';

/** Follow-ups name people: kommun tables under row-level security, like the participation they follow. */
export class AddTrainingFollowUps1796310000001 implements MigrationInterface {
  name = 'AddTrainingFollowUps1796310000001';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TYPE "public"."follow_up_applied" AS ENUM('fully', 'partly', 'not')`);
    await queryRunner.query(`CREATE TABLE "training_follow_up" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "municipality_id" uuid NOT NULL, "participation_id" uuid NOT NULL, "staff_member_id" uuid, "applied" "public"."follow_up_applied" NOT NULL, "note" text NOT NULL DEFAULT '', "recorded_on" date NOT NULL, "row_version" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "pk_training_follow_up" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_training_follow_up_participation" ON "training_follow_up" ("participation_id") `);
    await queryRunner.query(`CREATE INDEX "ix_training_follow_up_staff" ON "training_follow_up" ("staff_member_id") `);
    await queryRunner.query(`CREATE TABLE "training_follow_up_topic" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "municipality_id" uuid NOT NULL, "follow_up_id" uuid NOT NULL, "topic_code" text NOT NULL, "reassess_on" date NOT NULL, CONSTRAINT "pk_training_follow_up_topic" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_training_follow_up_topic" ON "training_follow_up_topic" ("follow_up_id", "topic_code") `);
    await queryRunner.query(`CREATE INDEX "ix_training_follow_up_topic_reassess" ON "training_follow_up_topic" ("municipality_id", "reassess_on") `);
    await queryRunner.query(`ALTER TABLE "training_follow_up" ADD CONSTRAINT "fk_training_follow_up_municipality" FOREIGN KEY ("municipality_id") REFERENCES "municipality"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "training_follow_up" ADD CONSTRAINT "fk_training_follow_up_participation" FOREIGN KEY ("participation_id") REFERENCES "participation"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "training_follow_up" ADD CONSTRAINT "fk_training_follow_up_staff_member" FOREIGN KEY ("staff_member_id") REFERENCES "staff_member"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "training_follow_up_topic" ADD CONSTRAINT "fk_training_follow_up_topic_municipality" FOREIGN KEY ("municipality_id") REFERENCES "municipality"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "training_follow_up_topic" ADD CONSTRAINT "fk_training_follow_up_topic_follow_up" FOREIGN KEY ("follow_up_id") REFERENCES "training_follow_up"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await enableTenantRls(queryRunner, 'training_follow_up');
    await enableTenantRls(queryRunner, 'training_follow_up_topic');
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await disableTenantRls(queryRunner, 'training_follow_up_topic');
    await disableTenantRls(queryRunner, 'training_follow_up');
    await queryRunner.query(`ALTER TABLE "training_follow_up_topic" DROP CONSTRAINT "fk_training_follow_up_topic_follow_up"`);
    await queryRunner.query(`ALTER TABLE "training_follow_up_topic" DROP CONSTRAINT "fk_training_follow_up_topic_municipality"`);
    await queryRunner.query(`ALTER TABLE "training_follow_up" DROP CONSTRAINT "fk_training_follow_up_staff_member"`);
    await queryRunner.query(`ALTER TABLE "training_follow_up" DROP CONSTRAINT "fk_training_follow_up_participation"`);
    await queryRunner.query(`ALTER TABLE "training_follow_up" DROP CONSTRAINT "fk_training_follow_up_municipality"`);
    await queryRunner.query(`DROP INDEX "public"."ix_training_follow_up_topic_reassess"`);
    await queryRunner.query(`DROP INDEX "public"."uq_training_follow_up_topic"`);
    await queryRunner.query(`DROP TABLE "training_follow_up_topic"`);
    await queryRunner.query(`DROP INDEX "public"."ix_training_follow_up_staff"`);
    await queryRunner.query(`DROP INDEX "public"."uq_training_follow_up_participation"`);
    await queryRunner.query(`DROP TABLE "training_follow_up"`);
    await queryRunner.query(`DROP TYPE "public"."follow_up_applied"`);
  }
}

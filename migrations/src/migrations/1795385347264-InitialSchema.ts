import type { MigrationInterface, QueryRunner } from 'typeorm';

export class InitialSchema1795385347264 implements MigrationInterface {
  name = 'InitialSchema1795385347264';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "county" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "code" character(2) NOT NULL, "name" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "pk_county" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_county_code" ON "county"  ("code") `);
    await queryRunner.query(`CREATE TABLE "municipality_group_classification" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "code" text NOT NULL, "name" text NOT NULL, "is_current" boolean NOT NULL DEFAULT false, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "pk_municipality_group_classification" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_municipality_group_classification_current" ON "municipality_group_classification"  ("is_current") WHERE is_current`);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_municipality_group_classification_code" ON "municipality_group_classification"  ("code") `);
    await queryRunner.query(`CREATE TABLE "municipality_group" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "classification_id" uuid NOT NULL, "code" text NOT NULL, "name" text NOT NULL, CONSTRAINT "pk_municipality_group" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_municipality_group_code" ON "municipality_group"  ("classification_id", "code") `);
    await queryRunner.query(`CREATE TABLE "municipality" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "code" character(4) NOT NULL, "name" text NOT NULL, "county_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "pk_municipality" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "ix_municipality_county" ON "municipality"  ("county_id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_municipality_code" ON "municipality"  ("code") `);
    await queryRunner.query(`CREATE TABLE "municipality_group_membership" ("municipality_id" uuid NOT NULL, "classification_id" uuid NOT NULL, "group_id" uuid NOT NULL, CONSTRAINT "pk_municipality_group_membership" PRIMARY KEY ("municipality_id", "classification_id"))`);
    await queryRunner.query(`CREATE INDEX "ix_municipality_group_membership_group" ON "municipality_group_membership"  ("group_id") `);
    await queryRunner.query(`CREATE TABLE "service_area" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "code" text NOT NULL, "name" text NOT NULL, "position" smallint NOT NULL, CONSTRAINT "pk_service_area" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_service_area_code" ON "service_area"  ("code") `);
    await queryRunner.query(`CREATE TYPE "public"."framework_status" AS ENUM('draft', 'published')`);
    await queryRunner.query(`CREATE TABLE "competence_framework" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "code" text NOT NULL, "version" integer NOT NULL, "name" text NOT NULL, "service_area_id" uuid NOT NULL, "status" "public"."framework_status" NOT NULL DEFAULT 'draft', "municipality_id" uuid, "based_on_id" uuid, "source" text, "published_at" TIMESTAMP WITH TIME ZONE, "row_version" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "pk_competence_framework" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "ix_competence_framework_municipality" ON "competence_framework"  ("municipality_id") `);
    await queryRunner.query(`CREATE INDEX "ix_competence_framework_service_area" ON "competence_framework"  ("service_area_id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_competence_framework_code_version" ON "competence_framework"  ("code", "version") `);
    await queryRunner.query(`CREATE TABLE "competence_area" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "framework_id" uuid NOT NULL, "code" text NOT NULL, "name" text NOT NULL, "position" smallint NOT NULL, CONSTRAINT "pk_competence_area" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_competence_area_framework_code" ON "competence_area"  ("framework_id", "code") `);
    await queryRunner.query(`CREATE TYPE "public"."competence_level" AS ENUM('insufficient', 'basic', 'advanced')`);
    await queryRunner.query(`CREATE TABLE "competence_level_definition" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "framework_id" uuid NOT NULL, "level" "public"."competence_level" NOT NULL, "name" text NOT NULL, "definition" text NOT NULL, CONSTRAINT "pk_competence_level_definition" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_competence_level_definition_framework_level" ON "competence_level_definition"  ("framework_id", "level") `);
    await queryRunner.query(`CREATE TABLE "competence_topic" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "framework_id" uuid NOT NULL, "area_id" uuid NOT NULL, "code" text NOT NULL, "name" text NOT NULL, "position" smallint NOT NULL, CONSTRAINT "pk_competence_topic" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "ix_competence_topic_area" ON "competence_topic"  ("area_id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_competence_topic_framework_code" ON "competence_topic"  ("framework_id", "code") `);
    await queryRunner.query(`ALTER TABLE "municipality_group" ADD CONSTRAINT "fk_municipality_group_classification" FOREIGN KEY ("classification_id") REFERENCES "municipality_group_classification"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "municipality" ADD CONSTRAINT "fk_municipality_county" FOREIGN KEY ("county_id") REFERENCES "county"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "municipality_group_membership" ADD CONSTRAINT "fk_membership_municipality" FOREIGN KEY ("municipality_id") REFERENCES "municipality"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "municipality_group_membership" ADD CONSTRAINT "fk_membership_classification" FOREIGN KEY ("classification_id") REFERENCES "municipality_group_classification"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "municipality_group_membership" ADD CONSTRAINT "fk_membership_group" FOREIGN KEY ("group_id") REFERENCES "municipality_group"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "competence_framework" ADD CONSTRAINT "fk_competence_framework_service_area" FOREIGN KEY ("service_area_id") REFERENCES "service_area"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "competence_framework" ADD CONSTRAINT "fk_competence_framework_municipality" FOREIGN KEY ("municipality_id") REFERENCES "municipality"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "competence_framework" ADD CONSTRAINT "fk_competence_framework_based_on" FOREIGN KEY ("based_on_id") REFERENCES "competence_framework"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "competence_area" ADD CONSTRAINT "fk_competence_area_framework" FOREIGN KEY ("framework_id") REFERENCES "competence_framework"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "competence_level_definition" ADD CONSTRAINT "fk_competence_level_definition_framework" FOREIGN KEY ("framework_id") REFERENCES "competence_framework"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "competence_topic" ADD CONSTRAINT "fk_competence_topic_framework" FOREIGN KEY ("framework_id") REFERENCES "competence_framework"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "competence_topic" ADD CONSTRAINT "fk_competence_topic_area" FOREIGN KEY ("area_id") REFERENCES "competence_area"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "competence_topic" DROP CONSTRAINT "fk_competence_topic_area"`);
    await queryRunner.query(`ALTER TABLE "competence_topic" DROP CONSTRAINT "fk_competence_topic_framework"`);
    await queryRunner.query(`ALTER TABLE "competence_level_definition" DROP CONSTRAINT "fk_competence_level_definition_framework"`);
    await queryRunner.query(`ALTER TABLE "competence_area" DROP CONSTRAINT "fk_competence_area_framework"`);
    await queryRunner.query(`ALTER TABLE "competence_framework" DROP CONSTRAINT "fk_competence_framework_based_on"`);
    await queryRunner.query(`ALTER TABLE "competence_framework" DROP CONSTRAINT "fk_competence_framework_municipality"`);
    await queryRunner.query(`ALTER TABLE "competence_framework" DROP CONSTRAINT "fk_competence_framework_service_area"`);
    await queryRunner.query(`ALTER TABLE "municipality_group_membership" DROP CONSTRAINT "fk_membership_group"`);
    await queryRunner.query(`ALTER TABLE "municipality_group_membership" DROP CONSTRAINT "fk_membership_classification"`);
    await queryRunner.query(`ALTER TABLE "municipality_group_membership" DROP CONSTRAINT "fk_membership_municipality"`);
    await queryRunner.query(`ALTER TABLE "municipality" DROP CONSTRAINT "fk_municipality_county"`);
    await queryRunner.query(`ALTER TABLE "municipality_group" DROP CONSTRAINT "fk_municipality_group_classification"`);
    await queryRunner.query(`DROP INDEX "public"."uq_competence_topic_framework_code"`);
    await queryRunner.query(`DROP INDEX "public"."ix_competence_topic_area"`);
    await queryRunner.query(`DROP TABLE "competence_topic"`);
    await queryRunner.query(`DROP INDEX "public"."uq_competence_level_definition_framework_level"`);
    await queryRunner.query(`DROP TABLE "competence_level_definition"`);
    await queryRunner.query(`DROP TYPE "public"."competence_level"`);
    await queryRunner.query(`DROP INDEX "public"."uq_competence_area_framework_code"`);
    await queryRunner.query(`DROP TABLE "competence_area"`);
    await queryRunner.query(`DROP INDEX "public"."uq_competence_framework_code_version"`);
    await queryRunner.query(`DROP INDEX "public"."ix_competence_framework_service_area"`);
    await queryRunner.query(`DROP INDEX "public"."ix_competence_framework_municipality"`);
    await queryRunner.query(`DROP TABLE "competence_framework"`);
    await queryRunner.query(`DROP TYPE "public"."framework_status"`);
    await queryRunner.query(`DROP INDEX "public"."uq_service_area_code"`);
    await queryRunner.query(`DROP TABLE "service_area"`);
    await queryRunner.query(`DROP INDEX "public"."ix_municipality_group_membership_group"`);
    await queryRunner.query(`DROP TABLE "municipality_group_membership"`);
    await queryRunner.query(`DROP INDEX "public"."uq_municipality_code"`);
    await queryRunner.query(`DROP INDEX "public"."ix_municipality_county"`);
    await queryRunner.query(`DROP TABLE "municipality"`);
    await queryRunner.query(`DROP INDEX "public"."uq_municipality_group_code"`);
    await queryRunner.query(`DROP TABLE "municipality_group"`);
    await queryRunner.query(`DROP INDEX "public"."uq_municipality_group_classification_code"`);
    await queryRunner.query(`DROP INDEX "public"."uq_municipality_group_classification_current"`);
    await queryRunner.query(`DROP TABLE "municipality_group_classification"`);
    await queryRunner.query(`DROP INDEX "public"."uq_county_code"`);
    await queryRunner.query(`DROP TABLE "county"`);
  }
}

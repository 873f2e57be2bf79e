import type { MigrationInterface, QueryRunner } from 'typeorm';
import { disableTenantRls, enableTenantRls } from '@kl/api/core';

const TENANT_TABLES = ['competence_target_set', 'competence_target'];

/**
 * Målnivåer (docs/planning.md): per kommun-wide set or unit, framework version and staff role,
 * a setting per topic. Both tables are tenant tables under row-level security.
 */
export class AddCompetenceTargets1795472253515 implements MigrationInterface {
  name = 'AddCompetenceTargets1795472253515';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "competence_target_set" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "municipality_id" uuid NOT NULL, "unit_id" uuid, "framework_id" uuid NOT NULL, "role" "public"."staff_role" NOT NULL, "row_version" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "pk_competence_target_set" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "ix_competence_target_set_framework" ON "competence_target_set"  ("framework_id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_competence_target_set_kommun" ON "competence_target_set"  ("municipality_id", "framework_id", "role") WHERE "unit_id" IS NULL`);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_competence_target_set_unit" ON "competence_target_set"  ("unit_id", "framework_id", "role") WHERE "unit_id" IS NOT NULL`);
    await queryRunner.query(`CREATE TYPE "public"."competence_target_choice" AS ENUM('basic', 'advanced', 'none')`);
    await queryRunner.query(`CREATE TABLE "competence_target" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "municipality_id" uuid NOT NULL, "set_id" uuid NOT NULL, "topic_id" uuid NOT NULL, "choice" "public"."competence_target_choice" NOT NULL, CONSTRAINT "pk_competence_target" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "ix_competence_target_topic" ON "competence_target"  ("topic_id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_competence_target_set_topic" ON "competence_target"  ("set_id", "topic_id") `);
    await queryRunner.query(`DROP INDEX "public"."ix_audit_event_entity"`);
    await queryRunner.query(`ALTER TYPE "public"."audit_entity_type" ADD VALUE 'competence_target_set'`);
    await queryRunner.query(`CREATE INDEX "ix_audit_event_entity" ON "audit_event"  ("entity_type", "entity_id", "occurred_at") `);
    await queryRunner.query(`ALTER TABLE "competence_target_set" ADD CONSTRAINT "fk_competence_target_set_municipality" FOREIGN KEY ("municipality_id") REFERENCES "municipality"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "competence_target_set" ADD CONSTRAINT "fk_competence_target_set_unit" FOREIGN KEY ("unit_id") REFERENCES "org_unit"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "competence_target_set" ADD CONSTRAINT "fk_competence_target_set_framework" FOREIGN KEY ("framework_id") REFERENCES "competence_framework"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "competence_target" ADD CONSTRAINT "fk_competence_target_municipality" FOREIGN KEY ("municipality_id") REFERENCES "municipality"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "competence_target" ADD CONSTRAINT "fk_competence_target_set" FOREIGN KEY ("set_id") REFERENCES "competence_target_set"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "competence_target" ADD CONSTRAINT "fk_competence_target_topic" FOREIGN KEY ("topic_id") REFERENCES "competence_topic"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    for (const table of TENANT_TABLES) await enableTenantRls(queryRunner, table);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of TENANT_TABLES) await disableTenantRls(queryRunner, table);
    // The trail of the tables dropped below goes with them: the audit type cannot name them any more.
    await queryRunner.query(`DELETE FROM "audit_event" WHERE "entity_type" = 'competence_target_set'`);
    await queryRunner.query(`ALTER TABLE "competence_target" DROP CONSTRAINT "fk_competence_target_topic"`);
    await queryRunner.query(`ALTER TABLE "competence_target" DROP CONSTRAINT "fk_competence_target_set"`);
    await queryRunner.query(`ALTER TABLE "competence_target" DROP CONSTRAINT "fk_competence_target_municipality"`);
    await queryRunner.query(`ALTER TABLE "competence_target_set" DROP CONSTRAINT "fk_competence_target_set_framework"`);
    await queryRunner.query(`ALTER TABLE "competence_target_set" DROP CONSTRAINT "fk_competence_target_set_unit"`);
    await queryRunner.query(`ALTER TABLE "competence_target_set" DROP CONSTRAINT "fk_competence_target_set_municipality"`);
    await queryRunner.query(`DROP INDEX "public"."ix_audit_event_entity"`);
    await queryRunner.query(`CREATE TYPE "public"."audit_entity_type_old" AS ENUM('org_unit', 'staff_member', 'competence_framework', 'inventory_round', 'assessment')`);
    await queryRunner.query(`ALTER TABLE "audit_event" ALTER COLUMN "entity_type" TYPE "public"."audit_entity_type_old" USING "entity_type"::"text"::"public"."audit_entity_type_old"`);
    await queryRunner.query(`DROP TYPE "public"."audit_entity_type"`);
    await queryRunner.query(`ALTER TYPE "public"."audit_entity_type_old" RENAME TO "audit_entity_type"`);
    await queryRunner.query(`CREATE INDEX "ix_audit_event_entity" ON "audit_event" USING btree ("entity_type", "entity_id", "occurred_at") `);
    await queryRunner.query(`DROP INDEX "public"."uq_competence_target_set_topic"`);
    await queryRunner.query(`DROP INDEX "public"."ix_competence_target_topic"`);
    await queryRunner.query(`DROP TABLE "competence_target"`);
    await queryRunner.query(`DROP TYPE "public"."competence_target_choice"`);
    await queryRunner.query(`DROP INDEX "public"."uq_competence_target_set_unit"`);
    await queryRunner.query(`DROP INDEX "public"."uq_competence_target_set_kommun"`);
    await queryRunner.query(`DROP INDEX "public"."ix_competence_target_set_framework"`);
    await queryRunner.query(`DROP TABLE "competence_target_set"`);
  }
}

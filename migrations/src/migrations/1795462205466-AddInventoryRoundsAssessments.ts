import type { MigrationInterface, QueryRunner } from 'typeorm';

const TENANT_TABLES = ['inventory_round', 'assessment'];
const TENANT_PREDICATE = `municipality_id = nullif(current_setting('app.municipality_id', true), '')::uuid`;
/** The restricted group role the application connects through (created idempotently, never dropped). */
const APP_GROUP_ROLE = 'kl_app';

export class AddInventoryRoundsAssessments1795462205466 implements MigrationInterface {
  name = 'AddInventoryRoundsAssessments1795462205466';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TYPE "public"."inventory_round_status" AS ENUM('planned', 'open', 'closed')`,
    );
    await queryRunner.query(
      `CREATE TABLE "inventory_round" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "municipality_id" uuid NOT NULL, "name" text NOT NULL, "national_round_id" uuid, "framework_id" uuid NOT NULL, "reference_date" date NOT NULL, "opens_on" date NOT NULL, "closes_on" date NOT NULL, "unit_ids" uuid array NOT NULL DEFAULT '{}', "status" "public"."inventory_round_status" NOT NULL DEFAULT 'planned', "row_version" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_inventory_round_window" CHECK ("opens_on" <= "closes_on"), CONSTRAINT "pk_inventory_round" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_inventory_round_framework" ON "inventory_round"  ("framework_id") `,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_inventory_round_municipality_name" ON "inventory_round"  ("municipality_id", "name") `,
    );
    await queryRunner.query(`CREATE TYPE "public"."assessment_source" AS ENUM('leader', 'self')`);
    await queryRunner.query(
      `CREATE TYPE "public"."assessment_value" AS ENUM('insufficient', 'basic', 'advanced', 'not_applicable')`,
    );
    await queryRunner.query(
      `CREATE TABLE "assessment" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "municipality_id" uuid NOT NULL, "round_id" uuid NOT NULL, "staff_member_id" uuid NOT NULL, "topic_id" uuid NOT NULL, "source" "public"."assessment_source" NOT NULL, "seq" integer NOT NULL, "value" "public"."assessment_value", "comment" text, "assessor_id" uuid NOT NULL, "assessed_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_assessment_seq" CHECK ("seq" >= 1), CONSTRAINT "pk_assessment" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_assessment_topic" ON "assessment"  ("topic_id") `);
    await queryRunner.query(
      `CREATE INDEX "ix_assessment_staff_member" ON "assessment"  ("staff_member_id") `,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_assessment_cell_seq" ON "assessment"  ("round_id", "staff_member_id", "topic_id", "source", "seq") `,
    );
    await queryRunner.query(`DROP INDEX "public"."ix_audit_event_entity"`);
    await queryRunner.query(`ALTER TYPE "public"."audit_entity_type" ADD VALUE 'inventory_round'`);
    await queryRunner.query(`ALTER TYPE "public"."audit_entity_type" ADD VALUE 'assessment'`);
    await queryRunner.query(`ALTER TYPE "public"."audit_action" ADD VALUE 'open'`);
    await queryRunner.query(`ALTER TYPE "public"."audit_action" ADD VALUE 'reopen'`);
    await queryRunner.query(
      `CREATE INDEX "ix_audit_event_entity" ON "audit_event"  ("entity_type", "entity_id", "occurred_at") `,
    );
    await queryRunner.query(
      `ALTER TABLE "inventory_round" ADD CONSTRAINT "fk_inventory_round_municipality" FOREIGN KEY ("municipality_id") REFERENCES "municipality"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "inventory_round" ADD CONSTRAINT "fk_inventory_round_framework" FOREIGN KEY ("framework_id") REFERENCES "competence_framework"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "assessment" ADD CONSTRAINT "fk_assessment_municipality" FOREIGN KEY ("municipality_id") REFERENCES "municipality"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "assessment" ADD CONSTRAINT "fk_assessment_round" FOREIGN KEY ("round_id") REFERENCES "inventory_round"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "assessment" ADD CONSTRAINT "fk_assessment_staff_member" FOREIGN KEY ("staff_member_id") REFERENCES "staff_member"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "assessment" ADD CONSTRAINT "fk_assessment_topic" FOREIGN KEY ("topic_id") REFERENCES "competence_topic"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    // Tenant isolation (DESIGN.md §7, docs ADR 0001): rows are visible only inside a transaction
    // that set the caller's kommun; the application role gets the table, no more. Assessments are
    // append-only, so the app role may not update or delete them.
    await queryRunner.query(`DO $$
      BEGIN
        IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '${APP_GROUP_ROLE}') THEN
          CREATE ROLE ${APP_GROUP_ROLE} NOLOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE NOINHERIT;
        END IF;
      EXCEPTION WHEN duplicate_object OR unique_violation THEN
        NULL;
      END $$`);
    for (const table of TENANT_TABLES) {
      await queryRunner.query(`ALTER TABLE "${table}" ENABLE ROW LEVEL SECURITY`);
      await queryRunner.query(`ALTER TABLE "${table}" FORCE ROW LEVEL SECURITY`);
      await queryRunner.query(
        `CREATE POLICY "${table}_tenant" ON "${table}" USING (${TENANT_PREDICATE}) WITH CHECK (${TENANT_PREDICATE})`,
      );
    }
    await queryRunner.query(
      `GRANT SELECT, INSERT, UPDATE ON "inventory_round" TO ${APP_GROUP_ROLE}`,
    );
    await queryRunner.query(`GRANT SELECT, INSERT ON "assessment" TO ${APP_GROUP_ROLE}`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of TENANT_TABLES) {
      await queryRunner.query(`REVOKE ALL ON "${table}" FROM ${APP_GROUP_ROLE}`);
      await queryRunner.query(`DROP POLICY "${table}_tenant" ON "${table}"`);
      await queryRunner.query(`ALTER TABLE "${table}" NO FORCE ROW LEVEL SECURITY`);
      await queryRunner.query(`ALTER TABLE "${table}" DISABLE ROW LEVEL SECURITY`);
    }
    await queryRunner.query(`ALTER TABLE "assessment" DROP CONSTRAINT "fk_assessment_topic"`);
    await queryRunner.query(
      `ALTER TABLE "assessment" DROP CONSTRAINT "fk_assessment_staff_member"`,
    );
    await queryRunner.query(`ALTER TABLE "assessment" DROP CONSTRAINT "fk_assessment_round"`);
    await queryRunner.query(
      `ALTER TABLE "assessment" DROP CONSTRAINT "fk_assessment_municipality"`,
    );
    await queryRunner.query(
      `ALTER TABLE "inventory_round" DROP CONSTRAINT "fk_inventory_round_framework"`,
    );
    await queryRunner.query(
      `ALTER TABLE "inventory_round" DROP CONSTRAINT "fk_inventory_round_municipality"`,
    );
    await queryRunner.query(`DROP INDEX "public"."ix_audit_event_entity"`);
    await queryRunner.query(
      `CREATE TYPE "public"."audit_action_old" AS ENUM('create', 'update', 'delete', 'move', 'close', 'leave', 'publish')`,
    );
    await queryRunner.query(
      `ALTER TABLE "audit_event" ALTER COLUMN "action" TYPE "public"."audit_action_old" USING "action"::"text"::"public"."audit_action_old"`,
    );
    await queryRunner.query(`DROP TYPE "public"."audit_action"`);
    await queryRunner.query(`ALTER TYPE "public"."audit_action_old" RENAME TO "audit_action"`);
    await queryRunner.query(
      `CREATE TYPE "public"."audit_entity_type_old" AS ENUM('org_unit', 'staff_member', 'competence_framework')`,
    );
    await queryRunner.query(
      `ALTER TABLE "audit_event" ALTER COLUMN "entity_type" TYPE "public"."audit_entity_type_old" USING "entity_type"::"text"::"public"."audit_entity_type_old"`,
    );
    await queryRunner.query(`DROP TYPE "public"."audit_entity_type"`);
    await queryRunner.query(
      `ALTER TYPE "public"."audit_entity_type_old" RENAME TO "audit_entity_type"`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_audit_event_entity" ON "audit_event" ("entity_type", "entity_id", "occurred_at") `,
    );
    await queryRunner.query(`DROP INDEX "public"."uq_assessment_cell_seq"`);
    await queryRunner.query(`DROP INDEX "public"."ix_assessment_staff_member"`);
    await queryRunner.query(`DROP INDEX "public"."ix_assessment_topic"`);
    await queryRunner.query(`DROP TABLE "assessment"`);
    await queryRunner.query(`DROP TYPE "public"."assessment_value"`);
    await queryRunner.query(`DROP TYPE "public"."assessment_source"`);
    await queryRunner.query(`DROP INDEX "public"."uq_inventory_round_municipality_name"`);
    await queryRunner.query(`DROP INDEX "public"."ix_inventory_round_framework"`);
    await queryRunner.query(`DROP TABLE "inventory_round"`);
    await queryRunner.query(`DROP TYPE "public"."inventory_round_status"`);
  }
}

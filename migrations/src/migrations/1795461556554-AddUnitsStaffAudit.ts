import type { MigrationInterface, QueryRunner } from 'typeorm';

const TENANT_TABLES = ['org_unit', 'staff_member'];
const TENANT_SETTING = `nullif(current_setting('app.municipality_id', true), '')::uuid`;
const TENANT_CONDITION = `municipality_id = ${TENANT_SETTING}`;
const AUDIT_CONDITION = `municipality_id IS NOT DISTINCT FROM ${TENANT_SETTING}`;

export class AddUnitsStaffAudit1795461556554 implements MigrationInterface {
  name = 'AddUnitsStaffAudit1795461556554';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TYPE "public"."audit_entity_type" AS ENUM('org_unit', 'staff_member', 'competence_framework')`);
    await queryRunner.query(`CREATE TYPE "public"."audit_action" AS ENUM('create', 'update', 'delete', 'move', 'close', 'leave', 'publish')`);
    await queryRunner.query(`CREATE TABLE "audit_event" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "municipality_id" uuid, "actor_user_id" uuid, "entity_type" "public"."audit_entity_type" NOT NULL, "entity_id" uuid NOT NULL, "action" "public"."audit_action" NOT NULL, "before" jsonb, "after" jsonb, "occurred_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "pk_audit_event" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "ix_audit_event_municipality_occurred" ON "audit_event"  ("municipality_id", "occurred_at") `);
    await queryRunner.query(`CREATE INDEX "ix_audit_event_entity" ON "audit_event"  ("entity_type", "entity_id", "occurred_at") `);
    await queryRunner.query(`CREATE TYPE "public"."org_unit_kind" AS ENUM('administration', 'department', 'unit', 'district')`);
    await queryRunner.query(`CREATE TABLE "org_unit" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "municipality_id" uuid NOT NULL, "parent_id" uuid, "kind" "public"."org_unit_kind" NOT NULL, "name" text NOT NULL, "service_area_id" uuid NOT NULL, "closed_at" TIMESTAMP WITH TIME ZONE, "row_version" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "pk_org_unit" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_org_unit_municipality_name" ON "org_unit"  ("municipality_id", "name") `);
    await queryRunner.query(`CREATE INDEX "ix_org_unit_service_area" ON "org_unit"  ("service_area_id") `);
    await queryRunner.query(`CREATE INDEX "ix_org_unit_parent" ON "org_unit"  ("parent_id") `);
    await queryRunner.query(`CREATE INDEX "ix_org_unit_municipality_parent" ON "org_unit"  ("municipality_id", "parent_id") `);
    await queryRunner.query(`CREATE TYPE "public"."staff_role" AS ENUM('caseworker', 'team_leader')`);
    await queryRunner.query(`CREATE TYPE "public"."staff_gender" AS ENUM('woman', 'man', 'other')`);
    await queryRunner.query(`CREATE TYPE "public"."staff_employment_type" AS ENUM('permanent', 'temporary', 'consultant')`);
    await queryRunner.query(`CREATE TYPE "public"."staff_degree" AS ENUM('social_work', 'social_care', 'other_relevant', 'foreign_social_work', 'none')`);
    await queryRunner.query(`CREATE TYPE "public"."staff_qualification_status" AS ENUM('qualified', 'dispensation', 'in_education', 'not_qualified')`);
    await queryRunner.query(`CREATE TABLE "staff_member" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "municipality_id" uuid NOT NULL, "employee_number" text NOT NULL, "first_name" text NOT NULL, "last_name" text NOT NULL, "email" text, "unit_id" uuid NOT NULL, "role" "public"."staff_role" NOT NULL, "gender" "public"."staff_gender" NOT NULL, "fte" numeric(3,2) NOT NULL, "employment_type" "public"."staff_employment_type" NOT NULL, "employment_start" date NOT NULL, "employment_end" date, "experience_start" date NOT NULL, "degree" "public"."staff_degree" NOT NULL, "degree_year" smallint, "continuing_education" boolean NOT NULL DEFAULT false, "further_education" boolean NOT NULL DEFAULT false, "masters" boolean NOT NULL DEFAULT false, "qualification_status" "public"."staff_qualification_status", "dispensation_until" date, "first_managerial_job" boolean, "needs_development" boolean, "row_version" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_staff_member_dispensation" CHECK (("qualification_status" = 'dispensation') = ("dispensation_until" IS NOT NULL)), CONSTRAINT "ck_staff_member_fte" CHECK ("fte" >= 0.01 AND "fte" <= 1), CONSTRAINT "pk_staff_member" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "ix_staff_member_municipality_name" ON "staff_member"  ("municipality_id", "last_name", "first_name") `);
    await queryRunner.query(`CREATE INDEX "ix_staff_member_unit" ON "staff_member"  ("unit_id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_staff_member_municipality_employee_number" ON "staff_member"  ("municipality_id", "employee_number") `);
    await queryRunner.query(`ALTER TABLE "audit_event" ADD CONSTRAINT "fk_audit_event_municipality" FOREIGN KEY ("municipality_id") REFERENCES "municipality"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "org_unit" ADD CONSTRAINT "fk_org_unit_municipality" FOREIGN KEY ("municipality_id") REFERENCES "municipality"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "org_unit" ADD CONSTRAINT "fk_org_unit_parent" FOREIGN KEY ("parent_id") REFERENCES "org_unit"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "org_unit" ADD CONSTRAINT "fk_org_unit_service_area" FOREIGN KEY ("service_area_id") REFERENCES "service_area"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "staff_member" ADD CONSTRAINT "fk_staff_member_municipality" FOREIGN KEY ("municipality_id") REFERENCES "municipality"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "staff_member" ADD CONSTRAINT "fk_staff_member_unit" FOREIGN KEY ("unit_id") REFERENCES "org_unit"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    // Defence in depth (DESIGN.md §7): tenant rows are visible only inside a transaction that set
    // the caller's kommun (inTenantTransaction); with no setting they show no rows at all.
    for (const table of TENANT_TABLES) {
      await queryRunner.query(`ALTER TABLE "${table}" ENABLE ROW LEVEL SECURITY`);
      await queryRunner.query(`ALTER TABLE "${table}" FORCE ROW LEVEL SECURITY`);
      await queryRunner.query(
        `CREATE POLICY "tenant_isolation" ON "${table}" USING (${TENANT_CONDITION}) WITH CHECK (${TENANT_CONDITION})`,
      );
    }
    // National records (national frameworks) have no kommun: they are seen by callers without one.
    await queryRunner.query(`ALTER TABLE "audit_event" ENABLE ROW LEVEL SECURITY`);
    await queryRunner.query(`ALTER TABLE "audit_event" FORCE ROW LEVEL SECURITY`);
    await queryRunner.query(
      `CREATE POLICY "tenant_isolation" ON "audit_event" USING (${AUDIT_CONDITION}) WITH CHECK (${AUDIT_CONDITION})`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of [...TENANT_TABLES, 'audit_event']) {
      await queryRunner.query(`DROP POLICY "tenant_isolation" ON "${table}"`);
      await queryRunner.query(`ALTER TABLE "${table}" NO FORCE ROW LEVEL SECURITY`);
      await queryRunner.query(`ALTER TABLE "${table}" DISABLE ROW LEVEL SECURITY`);
    }
    await queryRunner.query(`ALTER TABLE "staff_member" DROP CONSTRAINT "fk_staff_member_unit"`);
    await queryRunner.query(`ALTER TABLE "staff_member" DROP CONSTRAINT "fk_staff_member_municipality"`);
    await queryRunner.query(`ALTER TABLE "org_unit" DROP CONSTRAINT "fk_org_unit_service_area"`);
    await queryRunner.query(`ALTER TABLE "org_unit" DROP CONSTRAINT "fk_org_unit_parent"`);
    await queryRunner.query(`ALTER TABLE "org_unit" DROP CONSTRAINT "fk_org_unit_municipality"`);
    await queryRunner.query(`ALTER TABLE "audit_event" DROP CONSTRAINT "fk_audit_event_municipality"`);
    await queryRunner.query(`DROP INDEX "public"."uq_staff_member_municipality_employee_number"`);
    await queryRunner.query(`DROP INDEX "public"."ix_staff_member_unit"`);
    await queryRunner.query(`DROP INDEX "public"."ix_staff_member_municipality_name"`);
    await queryRunner.query(`DROP TABLE "staff_member"`);
    await queryRunner.query(`DROP TYPE "public"."staff_qualification_status"`);
    await queryRunner.query(`DROP TYPE "public"."staff_degree"`);
    await queryRunner.query(`DROP TYPE "public"."staff_employment_type"`);
    await queryRunner.query(`DROP TYPE "public"."staff_gender"`);
    await queryRunner.query(`DROP TYPE "public"."staff_role"`);
    await queryRunner.query(`DROP INDEX "public"."ix_org_unit_municipality_parent"`);
    await queryRunner.query(`DROP INDEX "public"."ix_org_unit_parent"`);
    await queryRunner.query(`DROP INDEX "public"."ix_org_unit_service_area"`);
    await queryRunner.query(`DROP INDEX "public"."uq_org_unit_municipality_name"`);
    await queryRunner.query(`DROP TABLE "org_unit"`);
    await queryRunner.query(`DROP TYPE "public"."org_unit_kind"`);
    await queryRunner.query(`DROP INDEX "public"."ix_audit_event_entity"`);
    await queryRunner.query(`DROP INDEX "public"."ix_audit_event_municipality_occurred"`);
    await queryRunner.query(`DROP TABLE "audit_event"`);
    await queryRunner.query(`DROP TYPE "public"."audit_action"`);
    await queryRunner.query(`DROP TYPE "public"."audit_entity_type"`);
  }
}

import type { MigrationInterface, QueryRunner } from 'typeorm';
import { disableTenantRls, enableTenantRls } from '@kl/api/core';

export class AddPersonalDataReads1795475054532 implements MigrationInterface {
  name = 'AddPersonalDataReads1795475054532';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TYPE "public"."personal_data_resource" AS ENUM('staff_record', 'staff_history', 'person_assessments', 'person_targets', 'team_matrix')`);
    await queryRunner.query(`CREATE TABLE "personal_data_read" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "municipality_id" uuid NOT NULL, "actor_user_id" uuid, "resource" "public"."personal_data_resource" NOT NULL, "staff_member_ids" uuid array NOT NULL, "occurred_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "pk_personal_data_read" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "ix_personal_data_read_municipality_occurred" ON "personal_data_read"  ("municipality_id", "occurred_at") `);
    await queryRunner.query(`ALTER TABLE "personal_data_read" ADD CONSTRAINT "fk_personal_data_read_municipality" FOREIGN KEY ("municipality_id") REFERENCES "municipality"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    // One person's reads: "which rows name this id" (the entity marks it synchronize: false).
    await queryRunner.query(`CREATE INDEX "ix_personal_data_read_staff" ON "personal_data_read" USING gin ("staff_member_ids")`);
    await enableTenantRls(queryRunner, 'personal_data_read');
    // Append-only for the application, like the audit trail.
    await queryRunner.query(`REVOKE UPDATE, DELETE ON "personal_data_read" FROM kl_app`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await disableTenantRls(queryRunner, 'personal_data_read');
    await queryRunner.query(`DROP INDEX "public"."ix_personal_data_read_staff"`);
    await queryRunner.query(`ALTER TABLE "personal_data_read" DROP CONSTRAINT "fk_personal_data_read_municipality"`);
    await queryRunner.query(`DROP INDEX "public"."ix_personal_data_read_municipality_occurred"`);
    await queryRunner.query(`DROP TABLE "personal_data_read"`);
    await queryRunner.query(`DROP TYPE "public"."personal_data_resource"`);
  }
}

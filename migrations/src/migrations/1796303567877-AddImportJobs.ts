import type { MigrationInterface, QueryRunner } from 'typeorm';
import { disableTenantRls, enableTenantRls } from '@kl/api/core';

/**
 * Import jobs (docs/imports.md): one row per uploaded staff or assessment file, with its preview,
 * state and result. A tenant table under row-level security.
 */
export class AddImportJobs1796303567877 implements MigrationInterface {
  name = 'AddImportJobs1796303567877';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TYPE "public"."import_kind" AS ENUM('staff', 'assessments')`);
    await queryRunner.query(`CREATE TYPE "public"."import_job_state" AS ENUM('previewed', 'invalid', 'writing', 'done', 'failed')`);
    await queryRunner.query(`CREATE TABLE "import_job" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "municipality_id" uuid NOT NULL, "kind" "public"."import_kind" NOT NULL, "round_id" uuid, "state" "public"."import_job_state" NOT NULL, "file_name" text NOT NULL, "file" bytea, "preview" jsonb NOT NULL, "created_by_user_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "finished_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "pk_import_job" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "ix_import_job_municipality_created" ON "import_job"  ("municipality_id", "created_at") `);
    await queryRunner.query(`ALTER TABLE "import_job" ADD CONSTRAINT "fk_import_job_municipality" FOREIGN KEY ("municipality_id") REFERENCES "municipality"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "import_job" ADD CONSTRAINT "fk_import_job_round" FOREIGN KEY ("round_id") REFERENCES "inventory_round"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "import_job" ADD CONSTRAINT "fk_import_job_created_by" FOREIGN KEY ("created_by_user_id") REFERENCES "user_account"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await enableTenantRls(queryRunner, 'import_job');
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await disableTenantRls(queryRunner, 'import_job');
    await queryRunner.query(`ALTER TABLE "import_job" DROP CONSTRAINT "fk_import_job_created_by"`);
    await queryRunner.query(`ALTER TABLE "import_job" DROP CONSTRAINT "fk_import_job_round"`);
    await queryRunner.query(`ALTER TABLE "import_job" DROP CONSTRAINT "fk_import_job_municipality"`);
    await queryRunner.query(`DROP INDEX "public"."ix_import_job_municipality_created"`);
    await queryRunner.query(`DROP TABLE "import_job"`);
    await queryRunner.query(`DROP TYPE "public"."import_job_state"`);
    await queryRunner.query(`DROP TYPE "public"."import_kind"`);
  }
}

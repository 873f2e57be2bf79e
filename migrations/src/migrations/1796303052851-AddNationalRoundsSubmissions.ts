import type { MigrationInterface, QueryRunner } from 'typeorm';
import { AGGREGATE_GROUP_ROLE, APP_GROUP_ROLE, disableTenantRls, enableTenantRls } from '@kl/api/core';
import { NATIONAL_FUNCTIONS, NATIONAL_FUNCTION_SIGNATURES } from './1796303052851-national-functions';

/**
 * The national tier (docs/national.md, docs/decisions/0007-national-submissions.md): national
 * rounds, kommuner's submissions (kept, the current one per kommun and round unreplaced), and the
 * aggregates the tables are served from. No table names a person. The national tier's role reads
 * them all; a kommun's transaction reads its own submissions (row-level security) and writes them
 * only through `national_submission_store_own`, which keeps the aggregates in the same
 * transaction; the national analyst's file load writes many kommuner through
 * `national_submissions_store`.
 */
export class AddNationalRoundsSubmissions1796303052851 implements MigrationInterface {
  name = 'AddNationalRoundsSubmissions1796303052851';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "national_round" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "code" text NOT NULL, "framework_id" uuid NOT NULL, "classification_id" uuid NOT NULL, "reference_date" date NOT NULL, "opens_on" date NOT NULL, "closes_on" date NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "pk_national_round" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_national_round_code" ON "national_round"  ("code") `);
    await queryRunner.query(`CREATE TABLE "national_aggregate" ("national_round_id" uuid NOT NULL, "filter_key" text NOT NULL, "measure" text NOT NULL, "topic" text NOT NULL, "level" text NOT NULL, "gender" text NOT NULL, "answer" text NOT NULL, "value_sum" numeric NOT NULL, "kommuner" integer NOT NULL, "nonzero" integer NOT NULL, CONSTRAINT "pk_national_aggregate" PRIMARY KEY ("national_round_id", "filter_key", "measure", "topic", "level", "gender", "answer"))`);
    await queryRunner.query(`CREATE TYPE "public"."national_submission_source" AS ENUM('kommun_data', 'kommun_file', 'national_file')`);
    await queryRunner.query(`CREATE TABLE "national_submission" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "national_round_id" uuid NOT NULL, "municipality_id" uuid NOT NULL, "source" "public"."national_submission_source" NOT NULL, "row_count" integer NOT NULL, "submitted_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "replaced_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "pk_national_submission" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "ix_national_submission_municipality" ON "national_submission"  ("municipality_id", "submitted_at") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_national_submission_current" ON "national_submission"  ("national_round_id", "municipality_id") WHERE "replaced_at" IS NULL`);
    await queryRunner.query(`CREATE TABLE "national_submission_value" ("submission_id" uuid NOT NULL, "measure" text NOT NULL, "topic" text NOT NULL, "level" text NOT NULL, "gender" text NOT NULL, "municipality_id" uuid NOT NULL, "value" numeric(12,1), "answer" text, CONSTRAINT "pk_national_submission_value" PRIMARY KEY ("submission_id", "measure", "topic", "level", "gender"))`);
    await queryRunner.query(`ALTER TABLE "municipality_group" ADD "definition" text`);
    await queryRunner.query(`ALTER TABLE "national_round" ADD CONSTRAINT "fk_national_round_framework" FOREIGN KEY ("framework_id") REFERENCES "competence_framework"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "national_round" ADD CONSTRAINT "fk_national_round_classification" FOREIGN KEY ("classification_id") REFERENCES "municipality_group_classification"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "national_aggregate" ADD CONSTRAINT "fk_national_aggregate_round" FOREIGN KEY ("national_round_id") REFERENCES "national_round"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "national_submission" ADD CONSTRAINT "fk_national_submission_round" FOREIGN KEY ("national_round_id") REFERENCES "national_round"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "national_submission" ADD CONSTRAINT "fk_national_submission_municipality" FOREIGN KEY ("municipality_id") REFERENCES "municipality"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "national_submission_value" ADD CONSTRAINT "fk_national_submission_value_submission" FOREIGN KEY ("submission_id") REFERENCES "national_submission"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`CREATE INDEX "ix_national_submission_value_municipality" ON "national_submission_value" ("municipality_id")`);

    for (const table of ['national_submission', 'national_submission_value']) {
      await enableTenantRls(queryRunner, table);
      await queryRunner.query(`REVOKE ALL ON "${table}" FROM ${APP_GROUP_ROLE}`);
      await queryRunner.query(`GRANT SELECT ON "${table}" TO ${APP_GROUP_ROLE}`);
      // The national tier reads every kommun's aggregates; the functions (owner) write and sum them.
      await queryRunner.query(`CREATE POLICY "${table}_national" ON "${table}" FOR SELECT TO ${AGGREGATE_GROUP_ROLE} USING (true)`);
      await queryRunner.query(`CREATE POLICY "${table}_owner" ON "${table}" TO CURRENT_USER USING (true) WITH CHECK (true)`);
      await queryRunner.query(`GRANT SELECT ON "${table}" TO ${AGGREGATE_GROUP_ROLE}`);
    }
    await queryRunner.query(`GRANT SELECT, INSERT, UPDATE ON "national_round" TO ${AGGREGATE_GROUP_ROLE}`);
    await queryRunner.query(`GRANT SELECT ON "national_round" TO ${APP_GROUP_ROLE}`);
    await queryRunner.query(`GRANT SELECT ON "national_aggregate" TO ${AGGREGATE_GROUP_ROLE}`);
    // Classifications are data the national analyst loads from a file.
    for (const table of ['municipality_group_classification', 'municipality_group', 'municipality_group_membership']) {
      await queryRunner.query(`GRANT INSERT, UPDATE, DELETE ON "${table}" TO ${AGGREGATE_GROUP_ROLE}`);
    }
    for (const sql of NATIONAL_FUNCTIONS) await queryRunner.query(sql);
    for (const [signature, roles] of NATIONAL_FUNCTION_SIGNATURES) {
      await queryRunner.query(`REVOKE ALL ON FUNCTION ${signature} FROM PUBLIC`);
      for (const role of roles) await queryRunner.query(`GRANT EXECUTE ON FUNCTION ${signature} TO ${role}`);
    }
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    for (const [signature] of [...NATIONAL_FUNCTION_SIGNATURES].reverse()) await queryRunner.query(`DROP FUNCTION ${signature}`);
    for (const table of ['municipality_group_classification', 'municipality_group', 'municipality_group_membership']) {
      await queryRunner.query(`REVOKE INSERT, UPDATE, DELETE ON "${table}" FROM ${AGGREGATE_GROUP_ROLE}`);
    }
    for (const table of ['national_round', 'national_aggregate', 'national_submission', 'national_submission_value']) {
      await queryRunner.query(`REVOKE ALL ON "${table}" FROM ${AGGREGATE_GROUP_ROLE}`);
    }
    await queryRunner.query(`REVOKE ALL ON "national_round" FROM ${APP_GROUP_ROLE}`);
    for (const table of ['national_submission', 'national_submission_value']) {
      await queryRunner.query(`DROP POLICY "${table}_owner" ON "${table}"`);
      await queryRunner.query(`DROP POLICY "${table}_national" ON "${table}"`);
      await disableTenantRls(queryRunner, table);
    }
    await queryRunner.query(`DROP INDEX "public"."ix_national_submission_value_municipality"`);
    await queryRunner.query(`ALTER TABLE "national_submission_value" DROP CONSTRAINT "fk_national_submission_value_submission"`);
    await queryRunner.query(`ALTER TABLE "national_submission" DROP CONSTRAINT "fk_national_submission_municipality"`);
    await queryRunner.query(`ALTER TABLE "national_submission" DROP CONSTRAINT "fk_national_submission_round"`);
    await queryRunner.query(`ALTER TABLE "national_aggregate" DROP CONSTRAINT "fk_national_aggregate_round"`);
    await queryRunner.query(`ALTER TABLE "national_round" DROP CONSTRAINT "fk_national_round_classification"`);
    await queryRunner.query(`ALTER TABLE "national_round" DROP CONSTRAINT "fk_national_round_framework"`);
    await queryRunner.query(`ALTER TABLE "municipality_group" DROP COLUMN "definition"`);
    await queryRunner.query(`DROP TABLE "national_submission_value"`);
    await queryRunner.query(`DROP INDEX "public"."uq_national_submission_current"`);
    await queryRunner.query(`DROP INDEX "public"."ix_national_submission_municipality"`);
    await queryRunner.query(`DROP TABLE "national_submission"`);
    await queryRunner.query(`DROP TYPE "public"."national_submission_source"`);
    await queryRunner.query(`DROP TABLE "national_aggregate"`);
    await queryRunner.query(`DROP INDEX "public"."uq_national_round_code"`);
    await queryRunner.query(`DROP TABLE "national_round"`);
  }
}

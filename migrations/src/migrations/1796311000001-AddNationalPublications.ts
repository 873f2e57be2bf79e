import type { MigrationInterface, QueryRunner } from 'typeorm';
import { AGGREGATE_GROUP_ROLE } from '@kl/api/core';

/**
 * Publications of national rounds (docs/national.md §6): immutable. The national tier's role may
 * insert and read them only, and a trigger refuses UPDATE, DELETE and TRUNCATE to everyone, the
 * owner too. An insert tells every process that keeps tables (as the other national sources do).
 */
export class AddNationalPublications1796311000001 implements MigrationInterface {
  name = 'AddNationalPublications1796311000001';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "national_publication" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "national_round_id" uuid NOT NULL, "sequence" integer NOT NULL, "policy" jsonb NOT NULL, "published_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "published_by" uuid, "note" text, "tables" jsonb NOT NULL, "counts" jsonb NOT NULL, CONSTRAINT "ck_national_publication_note" CHECK ("sequence" = 1 OR "note" IS NOT NULL), CONSTRAINT "pk_national_publication" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_national_publication_sequence" ON "national_publication"  ("national_round_id", "sequence") `);
    await queryRunner.query(`ALTER TABLE "national_publication" ADD CONSTRAINT "fk_national_publication_round" FOREIGN KEY ("national_round_id") REFERENCES "national_round"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`
      CREATE FUNCTION national_publication_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'A national publication is immutable: publish a correction instead' USING ERRCODE = 'restrict_violation';
      END $$`);
    await queryRunner.query(`CREATE TRIGGER "trg_national_publication_immutable" BEFORE UPDATE OR DELETE ON "national_publication"
      FOR EACH ROW EXECUTE FUNCTION national_publication_immutable()`);
    await queryRunner.query(`CREATE TRIGGER "trg_national_publication_truncate" BEFORE TRUNCATE ON "national_publication"
      FOR EACH STATEMENT EXECUTE FUNCTION national_publication_immutable()`);
    await queryRunner.query(`CREATE TRIGGER "trg_national_publication_national_tables" AFTER INSERT ON "national_publication"
      FOR EACH STATEMENT EXECUTE FUNCTION national_tables_changed()`);
    await queryRunner.query(`GRANT SELECT, INSERT ON "national_publication" TO ${AGGREGATE_GROUP_ROLE}`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`REVOKE ALL ON "national_publication" FROM ${AGGREGATE_GROUP_ROLE}`);
    await queryRunner.query(`DROP TABLE "national_publication"`);
    await queryRunner.query(`DROP FUNCTION national_publication_immutable()`);
  }
}

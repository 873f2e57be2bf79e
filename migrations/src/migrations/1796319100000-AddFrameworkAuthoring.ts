import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Frameworks made from scratch, copied from an example or imported (docs/frameworks.md):
 * - a topic may carry a one-line note (where it comes from, what it covers);
 * - a framework code is unique among the national frameworks and within one kommun's own, so a
 *   kommun can import another kommun's framework under its code and never learns which codes
 *   other kommuner use.
 */
export class AddFrameworkAuthoring1796319100000 implements MigrationInterface {
  name = 'AddFrameworkAuthoring1796319100000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "competence_topic" ADD "note" text`);
    await queryRunner.query(`DROP INDEX "public"."uq_competence_framework_code_version"`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_competence_framework_national_code_version" ON "competence_framework" ("code", "version") WHERE municipality_id IS NULL`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_competence_framework_local_code_version" ON "competence_framework" ("municipality_id", "code", "version") WHERE municipality_id IS NOT NULL`,
    );
  }

  /** Fails while two kommuner hold the same code, rather than dropping either's framework. */
  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."uq_competence_framework_local_code_version"`);
    await queryRunner.query(`DROP INDEX "public"."uq_competence_framework_national_code_version"`);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_competence_framework_code_version" ON "competence_framework" ("code", "version") `);
    await queryRunner.query(`ALTER TABLE "competence_topic" DROP COLUMN "note"`);
  }
}

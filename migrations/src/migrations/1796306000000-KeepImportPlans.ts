import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Faster imports (docs/imports.md): an import job keeps the plan its preview validated, so that a
 * confirmation writes it without reading the file again when nothing it rests on has changed; and
 * the audit trail's word for an import's leader levels, one event per person with their cells
 * (nothing uses the value in this migration, as PostgreSQL requires).
 */
export class KeepImportPlans1796306000000 implements MigrationInterface {
  name = 'KeepImportPlans1796306000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "import_job" ADD "plan" jsonb`);
    await queryRunner.query(`ALTER TYPE audit_action ADD VALUE IF NOT EXISTS 'import'`);
  }

  /** The enum value stays unused (PostgreSQL cannot drop one), as in AddImportAndErasureVocabulary. */
  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DELETE FROM audit_event WHERE action::text = 'import'`);
    await queryRunner.query(`ALTER TABLE "import_job" DROP COLUMN "plan"`);
  }
}

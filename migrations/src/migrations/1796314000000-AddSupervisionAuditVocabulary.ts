import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The audit trail's word for a supervision arrangement. In a migration of its own: PostgreSQL will
 * not use an enum value in the transaction that added it.
 */
export class AddSupervisionAuditVocabulary1796314000000 implements MigrationInterface {
  name = 'AddSupervisionAuditVocabulary1796314000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TYPE audit_entity_type ADD VALUE IF NOT EXISTS 'supervision_arrangement'`);
  }

  /** The rows that use the word go; the word stays in the enum, unused (as AddTrainingAuditVocabulary explains). */
  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DELETE FROM audit_event WHERE entity_type::text = 'supervision_arrangement'`);
  }
}

import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The audit trail's word for a training follow-up. In a migration of its own: PostgreSQL will not
 * use an enum value in the transaction that added it.
 */
export class AddFollowUpAuditVocabulary1796310000000 implements MigrationInterface {
  name = 'AddFollowUpAuditVocabulary1796310000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TYPE audit_entity_type ADD VALUE IF NOT EXISTS 'training_follow_up'`);
  }

  /** The rows that use the word go; the word stays in the enum, unused (as AddTrainingAuditVocabulary explains). */
  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DELETE FROM audit_event WHERE entity_type::text = 'training_follow_up'`);
  }
}

import type { MigrationInterface, QueryRunner } from 'typeorm';

const ENTITY_TYPES = ['introduction_programme', 'staff_introduction'];
const RESOURCES = ['introduction'];

/**
 * The audit trail's words for introduction programmes and a new hire's introduction, and the read
 * log's for reading one. In a migration of their own: PostgreSQL will not use an enum value in the
 * transaction that added it.
 */
export class AddIntroductionAuditVocabulary1796313000000 implements MigrationInterface {
  name = 'AddIntroductionAuditVocabulary1796313000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    for (const value of ENTITY_TYPES) await queryRunner.query(`ALTER TYPE audit_entity_type ADD VALUE IF NOT EXISTS '${value}'`);
    for (const value of RESOURCES) await queryRunner.query(`ALTER TYPE personal_data_resource ADD VALUE IF NOT EXISTS '${value}'`);
  }

  /** The rows that use the words go; the words stay in the enums, unused (as AddTrainingAuditVocabulary explains). */
  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DELETE FROM personal_data_read WHERE resource::text = ANY($1)`, [RESOURCES]);
    await queryRunner.query(`DELETE FROM audit_event WHERE entity_type::text = ANY($1)`, [ENTITY_TYPES]);
  }
}

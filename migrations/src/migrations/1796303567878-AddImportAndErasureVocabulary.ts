import type { MigrationInterface, QueryRunner } from 'typeorm';

const ACTIONS = ['erase', 'purge'];
const RESOURCES = ['file_export', 'person_export'];

/**
 * The audit trail's words for GDPR (a person's data erased, a closed round's person-level data
 * purged) and two more kinds of logged reads (an exported staff or assessment file, a person's
 * own register extract). A migration of their own: PostgreSQL will not use an enum value in the
 * transaction that added it.
 */
export class AddImportAndErasureVocabulary1796303567878 implements MigrationInterface {
  name = 'AddImportAndErasureVocabulary1796303567878';

  public async up(queryRunner: QueryRunner): Promise<void> {
    for (const value of ACTIONS) await queryRunner.query(`ALTER TYPE audit_action ADD VALUE IF NOT EXISTS '${value}'`);
    for (const value of RESOURCES) await queryRunner.query(`ALTER TYPE personal_data_resource ADD VALUE IF NOT EXISTS '${value}'`);
  }

  /**
   * PostgreSQL cannot drop an enum value, and the type cannot be made again here (functions such
   * as national_audit_history depend on it): the rows using the values go, the values stay unused.
   */
  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DELETE FROM personal_data_read WHERE resource::text = ANY($1)`, [RESOURCES]);
    await queryRunner.query(`DELETE FROM audit_event WHERE action::text = ANY($1)`, [ACTIONS]);
  }
}

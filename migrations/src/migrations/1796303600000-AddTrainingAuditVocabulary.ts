import type { MigrationInterface, QueryRunner } from 'typeorm';

const ENTITY_TYPES = ['course', 'course_session', 'participation', 'state_grant', 'development_plan'];
const RESOURCES = ['gap_list', 'participation'];

/**
 * The audit trail's words for training: courses, sessions, participation, state grants and
 * development plans as audited records; gap lists and bookings as logged reads. In a migration of
 * their own: PostgreSQL will not use an enum value in the transaction that added it.
 */
export class AddTrainingAuditVocabulary1796303600000 implements MigrationInterface {
  name = 'AddTrainingAuditVocabulary1796303600000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    for (const value of ENTITY_TYPES) await queryRunner.query(`ALTER TYPE audit_entity_type ADD VALUE IF NOT EXISTS '${value}'`);
    for (const value of RESOURCES) await queryRunner.query(`ALTER TYPE personal_data_resource ADD VALUE IF NOT EXISTS '${value}'`);
  }

  /**
   * The rows that use the words go; the words themselves stay in the enums, unused. Dropping an
   * enum value means making the type again, and `national_audit_history` returns the type, so it
   * would have to be dropped and made again here too: more risk than two unused labels carry.
   * `ADD VALUE IF NOT EXISTS` makes the next `up` a no-op for them.
   */
  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DELETE FROM personal_data_read WHERE resource::text = ANY($1)`, [RESOURCES]);
    await queryRunner.query(`DELETE FROM audit_event WHERE entity_type::text = ANY($1)`, [ENTITY_TYPES]);
  }
}

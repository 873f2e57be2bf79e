import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The publication's word in the audit trail, apart: PostgreSQL will not use an enum value in the transaction that added it. */
export class AddPublicationAuditVocabulary1796311000000 implements MigrationInterface {
  name = 'AddPublicationAuditVocabulary1796311000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TYPE audit_entity_type ADD VALUE IF NOT EXISTS 'national_publication'`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DELETE FROM audit_event WHERE entity_type::text = 'national_publication'`);
    // The value stays: enum values cannot be dropped in place; unused, it is harmless.
  }
}

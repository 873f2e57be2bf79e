import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Workforce planning's words in the audit trail, apart: PostgreSQL will not use an enum value in the transaction that added it. */
export class AddWorkforceAuditVocabulary1796318000001 implements MigrationInterface {
  name = 'AddWorkforceAuditVocabulary1796318000001';

  public async up(queryRunner: QueryRunner): Promise<void> {
    for (const value of ['vacancy', 'workforce_planned_change', 'workforce_setting']) {
      await queryRunner.query(`ALTER TYPE audit_entity_type ADD VALUE IF NOT EXISTS '${value}'`);
    }
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DELETE FROM audit_event WHERE entity_type::text IN ('vacancy', 'workforce_planned_change', 'workforce_setting')`);
    // The values stay: enum values cannot be dropped in place; unused, they are harmless.
  }
}

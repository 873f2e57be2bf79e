import type { MigrationInterface, QueryRunner } from 'typeorm';

const ENTITY_TYPES = ['national_round', 'national_submission', 'municipality_group_classification'];
const ACTIONS = ['submit'];

/**
 * The national tier's words in the audit trail, in a migration of their own: PostgreSQL will not
 * use an enum value in the transaction that added it.
 */
export class AddNationalAuditVocabulary1796300000000 implements MigrationInterface {
  name = 'AddNationalAuditVocabulary1796300000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    for (const value of ENTITY_TYPES) await queryRunner.query(`ALTER TYPE audit_entity_type ADD VALUE IF NOT EXISTS '${value}'`);
    for (const value of ACTIONS) await queryRunner.query(`ALTER TYPE audit_action ADD VALUE IF NOT EXISTS '${value}'`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DELETE FROM audit_event WHERE entity_type::text = ANY($1) OR action::text = ANY($2)`, [
      ENTITY_TYPES,
      ACTIONS,
    ]);
    // The values stay: the national audit function's result type depends on the enum, and
    // enum values cannot be dropped in place; unused, they are harmless.
  }
}

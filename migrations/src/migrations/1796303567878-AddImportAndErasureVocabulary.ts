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

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DELETE FROM personal_data_read WHERE resource::text = ANY($1)`, [RESOURCES]);
    await queryRunner.query(`DELETE FROM audit_event WHERE action::text = ANY($1)`, [ACTIONS]);
    await dropValues(queryRunner, 'personal_data_resource', [['personal_data_read', 'resource']], RESOURCES);
    await dropValues(queryRunner, 'audit_action', [['audit_event', 'action']], ACTIONS);
  }
}

/** PostgreSQL cannot drop an enum value: the type is made again without them. */
async function dropValues(queryRunner: QueryRunner, type: string, columns: [table: string, column: string][], values: string[]): Promise<void> {
  const [{ labels }]: { labels: string[] }[] = await queryRunner.query(
    `SELECT array_agg(enumlabel::text ORDER BY enumsortorder) AS labels FROM pg_enum WHERE enumtypid = $1::regtype`,
    [type],
  );
  const kept = labels.filter((label) => !values.includes(label));
  await queryRunner.query(`ALTER TYPE ${type} RENAME TO ${type}_old`);
  await queryRunner.query(`CREATE TYPE ${type} AS ENUM(${kept.map((v) => `'${v}'`).join(', ')})`);
  for (const [table, column] of columns) {
    await queryRunner.query(`ALTER TABLE ${table} ALTER COLUMN ${column} TYPE ${type} USING ${column}::text::${type}`);
  }
  await queryRunner.query(`DROP TYPE ${type}_old`);
}

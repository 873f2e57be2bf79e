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

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DELETE FROM personal_data_read WHERE resource::text = ANY($1)`, [RESOURCES]);
    await queryRunner.query(`DELETE FROM audit_event WHERE entity_type::text = ANY($1)`, [ENTITY_TYPES]);
    await dropValues(queryRunner, 'personal_data_resource', [['personal_data_read', 'resource']], RESOURCES);
    await dropValues(queryRunner, 'audit_entity_type', [['audit_event', 'entity_type']], ENTITY_TYPES);
  }
}

/** PostgreSQL cannot drop an enum value: the type is made again without them. */
async function dropValues(
  queryRunner: QueryRunner,
  type: string,
  columns: [table: string, column: string][],
  values: string[],
): Promise<void> {
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

import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Every table a national table or trend is read from (docs/national.md, "Kept tables in the process"). */
const SOURCES = [
  'national_round',
  'national_aggregate',
  'national_submission',
  'national_submission_value',
  'municipality_group_classification',
  'municipality_group',
  'municipality_group_membership',
];

/**
 * The API keeps finished national tables in its process; a change to anything they are read from
 * tells every process through NOTIFY, which PostgreSQL delivers at commit (never for a rolled-back
 * change) and once per transaction however many statements fired it.
 */
export class NotifyNationalTableChanges1796306500000 implements MigrationInterface {
  name = 'NotifyNationalTableChanges1796306500000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE FUNCTION national_tables_changed() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM pg_notify('kl_national_tables', '');
        RETURN NULL;
      END $$`);
    for (const table of SOURCES) {
      await queryRunner.query(
        `CREATE TRIGGER "trg_${table}_national_tables" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "${table}"
         FOR EACH STATEMENT EXECUTE FUNCTION national_tables_changed()`,
      );
    }
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of SOURCES) {
      await queryRunner.query(`DROP TRIGGER "trg_${table}_national_tables" ON "${table}"`);
    }
    await queryRunner.query(`DROP FUNCTION national_tables_changed()`);
  }
}

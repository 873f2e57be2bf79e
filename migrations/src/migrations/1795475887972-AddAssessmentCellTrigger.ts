import type { MigrationInterface, QueryRunner } from 'typeorm';

const TENANT_PREDICATE = `municipality_id = (SELECT nullif(current_setting('app.municipality_id', true), '')::uuid)`;
const COLUMNS =
  'round_id, staff_member_id, topic_id, source, municipality_id, seq, value, comment, assessor_id, assessed_at';

/** The latest row of each cell among `rows`, as an upsert that never moves a cell backwards. */
const upsertLatestOf = (rows: string) => `
  INSERT INTO assessment_cell (${COLUMNS})
  SELECT DISTINCT ON (round_id, staff_member_id, topic_id, source) ${COLUMNS}
  FROM ${rows}
  ORDER BY round_id, staff_member_id, topic_id, source, seq DESC
  ON CONFLICT ON CONSTRAINT pk_assessment_cell DO UPDATE
    SET seq = excluded.seq, value = excluded.value, comment = excluded.comment,
        assessor_id = excluded.assessor_id, assessed_at = excluded.assessed_at
    WHERE assessment_cell.seq < excluded.seq`;

/**
 * Keeps `assessment_cell` (the current value of each cell) in step with the append-only
 * `assessment`: one statement-level trigger per INSERT, in the writer's transaction, whoever
 * writes (the API, imports, the benchmark's generator). It runs as the table owner, so the
 * application role only reads the cells. Existing assessments are copied once.
 */
export class AddAssessmentCellTrigger1795475887972 implements MigrationInterface {
  name = 'AddAssessmentCellTrigger1795475887972';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE FUNCTION assessment_cell_follow() RETURNS trigger
      LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp
      AS $$ BEGIN ${upsertLatestOf('appended')}; RETURN NULL; END $$`);
    await queryRunner.query(`CREATE TRIGGER assessment_cell_follow AFTER INSERT ON assessment
      REFERENCING NEW TABLE AS appended FOR EACH STATEMENT EXECUTE FUNCTION assessment_cell_follow()`);
    // The owner is held to the tenant policies too (FORCE): lift that for the copy of every kommun.
    await queryRunner.query('ALTER TABLE assessment NO FORCE ROW LEVEL SECURITY');
    await queryRunner.query(upsertLatestOf('assessment'));
    await queryRunner.query('ALTER TABLE assessment FORCE ROW LEVEL SECURITY');
    // Statistics now, not at autovacuum's leisure: without them the planner guesses one row.
    await queryRunner.query('ANALYZE assessment_cell');
    await queryRunner.query('ALTER TABLE assessment_cell ENABLE ROW LEVEL SECURITY');
    await queryRunner.query('ALTER TABLE assessment_cell FORCE ROW LEVEL SECURITY');
    await queryRunner.query(
      `CREATE POLICY assessment_cell_tenant ON assessment_cell USING (${TENANT_PREDICATE}) WITH CHECK (${TENANT_PREDICATE})`,
    );
    await queryRunner.query('GRANT SELECT ON assessment_cell TO kl_app');
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('REVOKE ALL ON assessment_cell FROM kl_app');
    await queryRunner.query('DROP POLICY assessment_cell_tenant ON assessment_cell');
    await queryRunner.query('ALTER TABLE assessment_cell NO FORCE ROW LEVEL SECURITY');
    await queryRunner.query('ALTER TABLE assessment_cell DISABLE ROW LEVEL SECURITY');
    await queryRunner.query('DROP TRIGGER assessment_cell_follow ON assessment');
    await queryRunner.query('DROP FUNCTION assessment_cell_follow()');
  }
}

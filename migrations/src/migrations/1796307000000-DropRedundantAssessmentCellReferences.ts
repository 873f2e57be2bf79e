import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The references a cell no longer checks itself (as AddAssessmentCell made them), for `down`. */
const DROPPED: [name: string, column: string, table: string, onDelete: string][] = [
  ['fk_assessment_cell_municipality', 'municipality_id', 'municipality', 'CASCADE'],
  ['fk_assessment_cell_round', 'round_id', 'inventory_round', 'RESTRICT'],
  ['fk_assessment_cell_topic', 'topic_id', 'competence_topic', 'RESTRICT'],
];

/**
 * A current cell is written only by the `assessment_cell_follow` trigger, as a copy of an
 * `assessment` row that has checked its kommun, round and topic already (ADR 0005): checking them
 * again per cell cost an import of 39 000 cells about as much as the append itself. The staff
 * member's reference stays, for erasure (a person's cells go with the staff record, as a
 * kommun's go with its staff). The topic index served only the topic reference's check.
 *
 * Not a composite reference to the `assessment` row (tried, bench/lib/imports.ts): its check
 * locks each of the 39 000 rows just appended (FOR KEY SHARE) and made the trigger 25 times
 * slower, where the staff member's check locks the same 1 500 rows again and again.
 */
export class DropRedundantAssessmentCellReferences1796307000000 implements MigrationInterface {
  name = 'DropRedundantAssessmentCellReferences1796307000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    for (const [name] of DROPPED) {
      await queryRunner.query(`ALTER TABLE "assessment_cell" DROP CONSTRAINT "${name}"`);
    }
    await queryRunner.query(`DROP INDEX "public"."ix_assessment_cell_topic"`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE INDEX "ix_assessment_cell_topic" ON "assessment_cell" ("topic_id")`);
    for (const [name, column, table, onDelete] of DROPPED) {
      await queryRunner.query(
        `ALTER TABLE "assessment_cell" ADD CONSTRAINT "${name}" FOREIGN KEY ("${column}") REFERENCES "${table}"("id") ON DELETE ${onDelete} ON UPDATE NO ACTION`,
      );
    }
  }
}

import type { MigrationInterface, QueryRunner } from 'typeorm';

const CELL_KEY = '"round_id", "staff_member_id", "topic_id", "source", "seq"';

/** The four references of a cell as they were (AddAssessmentCell), for `down`. */
const OWN_REFERENCES: [name: string, column: string, table: string, onDelete: string][] = [
  ['fk_assessment_cell_municipality', 'municipality_id', 'municipality', 'CASCADE'],
  ['fk_assessment_cell_round', 'round_id', 'inventory_round', 'RESTRICT'],
  ['fk_assessment_cell_staff_member', 'staff_member_id', 'staff_member', 'CASCADE'],
  ['fk_assessment_cell_topic', 'topic_id', 'competence_topic', 'RESTRICT'],
];

/**
 * A current cell refers to the `assessment` row it copies (ADR 0005) instead of checking the kommun,
 * round, staff member and topic again: that row has checked them already, so one lookup in
 * `uq_assessment_cell_seq` per written cell replaces four (an import writes tens of thousands). The
 * cell goes when its row goes (a person's erasure cascades staff → assessment → cell); a round or
 * topic that has assessments stays undeletable through `assessment`'s own RESTRICT. The topic
 * index served only the topic reference's check; nothing reads cells by topic alone.
 */
export class LinkAssessmentCellToAssessment1796307000000 implements MigrationInterface {
  name = 'LinkAssessmentCellToAssessment1796307000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    for (const [name] of OWN_REFERENCES) {
      await queryRunner.query(`ALTER TABLE "assessment_cell" DROP CONSTRAINT "${name}"`);
    }
    await queryRunner.query(`DROP INDEX "public"."ix_assessment_cell_topic"`);
    await queryRunner.query(
      `ALTER TABLE "assessment_cell" ADD CONSTRAINT "fk_assessment_cell_assessment" FOREIGN KEY (${CELL_KEY})
       REFERENCES "assessment"(${CELL_KEY}) ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "assessment_cell" DROP CONSTRAINT "fk_assessment_cell_assessment"`);
    await queryRunner.query(`CREATE INDEX "ix_assessment_cell_topic" ON "assessment_cell" ("topic_id")`);
    for (const [name, column, table, onDelete] of OWN_REFERENCES) {
      await queryRunner.query(
        `ALTER TABLE "assessment_cell" ADD CONSTRAINT "${name}" FOREIGN KEY ("${column}") REFERENCES "${table}"("id") ON DELETE ${onDelete} ON UPDATE NO ACTION`,
      );
    }
  }
}

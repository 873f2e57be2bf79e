import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AddAssessmentCell1795475887971 implements MigrationInterface {
  name = 'AddAssessmentCell1795475887971';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "assessment_cell" ("round_id" uuid NOT NULL, "staff_member_id" uuid NOT NULL, "topic_id" uuid NOT NULL, "source" "public"."assessment_source" NOT NULL, "municipality_id" uuid NOT NULL, "seq" integer NOT NULL, "value" "public"."assessment_value", "comment" text, "assessor_id" uuid NOT NULL, "assessed_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "ck_assessment_cell_seq" CHECK ("seq" >= 1), CONSTRAINT "pk_assessment_cell" PRIMARY KEY ("round_id", "staff_member_id", "topic_id", "source"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_assessment_cell_topic" ON "assessment_cell"  ("topic_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_assessment_cell_staff_member" ON "assessment_cell"  ("staff_member_id") `,
    );
    await queryRunner.query(
      `ALTER TABLE "assessment_cell" ADD CONSTRAINT "fk_assessment_cell_municipality" FOREIGN KEY ("municipality_id") REFERENCES "municipality"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "assessment_cell" ADD CONSTRAINT "fk_assessment_cell_round" FOREIGN KEY ("round_id") REFERENCES "inventory_round"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "assessment_cell" ADD CONSTRAINT "fk_assessment_cell_staff_member" FOREIGN KEY ("staff_member_id") REFERENCES "staff_member"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "assessment_cell" ADD CONSTRAINT "fk_assessment_cell_topic" FOREIGN KEY ("topic_id") REFERENCES "competence_topic"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "assessment_cell" DROP CONSTRAINT "fk_assessment_cell_topic"`,
    );
    await queryRunner.query(
      `ALTER TABLE "assessment_cell" DROP CONSTRAINT "fk_assessment_cell_staff_member"`,
    );
    await queryRunner.query(
      `ALTER TABLE "assessment_cell" DROP CONSTRAINT "fk_assessment_cell_round"`,
    );
    await queryRunner.query(
      `ALTER TABLE "assessment_cell" DROP CONSTRAINT "fk_assessment_cell_municipality"`,
    );
    await queryRunner.query(`DROP INDEX "public"."ix_assessment_cell_staff_member"`);
    await queryRunner.query(`DROP INDEX "public"."ix_assessment_cell_topic"`);
    await queryRunner.query(`DROP TABLE "assessment_cell"`);
  }
}

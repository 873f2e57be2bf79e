import type { MigrationInterface, QueryRunner } from 'typeorm';

const TENANT_SETTING = `nullif(current_setting('app.municipality_id', true), '')::uuid`;
/** National frameworks are seen by everyone; a kommun's extension only inside its own kommun. */
const FRAMEWORK_CONDITION = `municipality_id IS NULL OR municipality_id = ${TENANT_SETTING}`;
/** Content follows its framework: the subquery itself sees only frameworks the policy above lets through. */
const CONTENT_CONDITION = `EXISTS (SELECT 1 FROM competence_framework f WHERE f.id = framework_id)`;
const CONTENT_TABLES = ['competence_area', 'competence_topic', 'competence_level_definition', 'competence_crosswalk_entry'];

export class AddFrameworkCrosswalk1795462454602 implements MigrationInterface {
  name = 'AddFrameworkCrosswalk1795462454602';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TYPE "public"."crosswalk_kind" AS ENUM('same', 'renamed', 'split', 'merged', 'new', 'removed')`);
    await queryRunner.query(`CREATE TABLE "competence_crosswalk_entry" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "framework_id" uuid NOT NULL, "topic_code" text, "previous_topic_code" text, "kind" "public"."crosswalk_kind" NOT NULL, "position" smallint NOT NULL, CONSTRAINT "pk_competence_crosswalk_entry" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "ix_competence_crosswalk_entry_framework" ON "competence_crosswalk_entry"  ("framework_id", "position") `);
    await queryRunner.query(`ALTER TABLE "competence_crosswalk_entry" ADD CONSTRAINT "fk_competence_crosswalk_entry_framework" FOREIGN KEY ("framework_id") REFERENCES "competence_framework"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    const policies: [string, string][] = [['competence_framework', FRAMEWORK_CONDITION], ...CONTENT_TABLES.map((t): [string, string] => [t, CONTENT_CONDITION])];
    for (const [table, condition] of policies) {
      await queryRunner.query(`ALTER TABLE "${table}" ENABLE ROW LEVEL SECURITY`);
      await queryRunner.query(`ALTER TABLE "${table}" FORCE ROW LEVEL SECURITY`);
      await queryRunner.query(`CREATE POLICY "tenant_isolation" ON "${table}" USING (${condition}) WITH CHECK (${condition})`);
    }
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of ['competence_framework', ...CONTENT_TABLES]) {
      await queryRunner.query(`DROP POLICY "tenant_isolation" ON "${table}"`);
      await queryRunner.query(`ALTER TABLE "${table}" NO FORCE ROW LEVEL SECURITY`);
      await queryRunner.query(`ALTER TABLE "${table}" DISABLE ROW LEVEL SECURITY`);
    }
    await queryRunner.query(`ALTER TABLE "competence_crosswalk_entry" DROP CONSTRAINT "fk_competence_crosswalk_entry_framework"`);
    await queryRunner.query(`DROP INDEX "public"."ix_competence_crosswalk_entry_framework"`);
    await queryRunner.query(`DROP TABLE "competence_crosswalk_entry"`);
    await queryRunner.query(`DROP TYPE "public"."crosswalk_kind"`);
  }
}

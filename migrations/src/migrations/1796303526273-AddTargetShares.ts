import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AddTargetShares1796303526273 implements MigrationInterface {
  name = 'AddTargetShares1796303526273';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "competence_target" ADD "share" smallint NOT NULL DEFAULT '100'`);
    await queryRunner.query(`ALTER TABLE "competence_target" ADD CONSTRAINT "ck_competence_target_share" CHECK ("share" BETWEEN 1 AND 100)`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "competence_target" DROP CONSTRAINT "ck_competence_target_share"`);
    await queryRunner.query(`ALTER TABLE "competence_target" DROP COLUMN "share"`);
  }
}

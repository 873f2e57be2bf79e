import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * FTE in thousandths, so that 87,5 % (0.875) can be recorded, on the staff record and in the
 * frozen round populations that copy it; `down` rounds to hundredths.
 */
export class WidenStaffMemberFte1796287823043 implements MigrationInterface {
  name = 'WidenStaffMemberFte1796287823043';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "staff_member" ALTER COLUMN "fte" TYPE numeric(4,3)`);
    await queryRunner.query(`ALTER TABLE "round_population" ALTER COLUMN "fte" TYPE numeric(4,3)`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "round_population" ALTER COLUMN "fte" TYPE numeric(3,2)`);
    await queryRunner.query(`ALTER TABLE "staff_member" ALTER COLUMN "fte" TYPE numeric(3,2)`);
  }
}

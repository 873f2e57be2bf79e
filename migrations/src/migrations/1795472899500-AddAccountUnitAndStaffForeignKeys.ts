import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AddAccountUnitAndStaffForeignKeys1795472899500 implements MigrationInterface {
  name = 'AddAccountUnitAndStaffForeignKeys1795472899500';

  public async up(queryRunner: QueryRunner): Promise<void> {
    // References made before the keys existed may point at nothing: drop or unlink them first.
    await queryRunner.query(`DELETE FROM "user_account_unit" au WHERE NOT EXISTS (SELECT 1 FROM "org_unit" u WHERE u."id" = au."unit_id")`);
    await queryRunner.query(
      `UPDATE "user_account" a SET "staff_member_id" = NULL
       WHERE a."staff_member_id" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "staff_member" s WHERE s."id" = a."staff_member_id")`,
    );
    await queryRunner.query(`CREATE INDEX "ix_user_account_staff_member" ON "user_account"  ("staff_member_id") `);
    await queryRunner.query(`ALTER TABLE "user_account" ADD CONSTRAINT "fk_user_account_staff_member" FOREIGN KEY ("staff_member_id") REFERENCES "staff_member"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "user_account_unit" ADD CONSTRAINT "fk_user_account_unit_unit" FOREIGN KEY ("unit_id") REFERENCES "org_unit"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "user_account_unit" DROP CONSTRAINT "fk_user_account_unit_unit"`);
    await queryRunner.query(`ALTER TABLE "user_account" DROP CONSTRAINT "fk_user_account_staff_member"`);
    await queryRunner.query(`DROP INDEX "public"."ix_user_account_staff_member"`);
  }
}

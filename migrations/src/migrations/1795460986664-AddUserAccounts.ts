import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AddUserAccounts1795460986664 implements MigrationInterface {
  name = 'AddUserAccounts1795460986664';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TYPE "public"."user_role" AS ENUM('caseworker', 'team_leader', 'municipality_admin', 'national_analyst', 'regional_analyst', 'system_admin')`);
    await queryRunner.query(`CREATE TYPE "public"."account_status" AS ENUM('invited', 'active', 'disabled')`);
    await queryRunner.query(`CREATE TABLE "user_account" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "email" text NOT NULL, "password_hash" text, "display_name" text NOT NULL, "role" "public"."user_role" NOT NULL, "municipality_id" uuid, "county_code" character(2), "staff_member_id" uuid, "status" "public"."account_status" NOT NULL DEFAULT 'invited', "row_version" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_user_account_county_role" CHECK (("role" = 'regional_analyst') = ("county_code" IS NOT NULL)), CONSTRAINT "ck_user_account_municipality_role" CHECK (("role" IN ('caseworker', 'team_leader', 'municipality_admin')) = ("municipality_id" IS NOT NULL)), CONSTRAINT "ck_user_account_email_lower" CHECK ("email" = lower("email")), CONSTRAINT "pk_user_account" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "ix_user_account_municipality" ON "user_account"  ("municipality_id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_user_account_email" ON "user_account"  ("email") `);
    await queryRunner.query(`CREATE TABLE "user_account_unit" ("account_id" uuid NOT NULL, "unit_id" uuid NOT NULL, CONSTRAINT "pk_user_account_unit" PRIMARY KEY ("account_id", "unit_id"))`);
    await queryRunner.query(`CREATE INDEX "ix_user_account_unit_unit" ON "user_account_unit"  ("unit_id") `);
    await queryRunner.query(`CREATE TABLE "user_session" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "token_hash" character(64) NOT NULL, "account_id" uuid NOT NULL, "csrf_token" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "last_seen_at" TIMESTAMP WITH TIME ZONE NOT NULL, "idle_expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "absolute_expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "revoked_at" TIMESTAMP WITH TIME ZONE, "ip" text, "user_agent" text, CONSTRAINT "pk_user_session" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "ix_user_session_account" ON "user_session"  ("account_id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_user_session_token_hash" ON "user_session"  ("token_hash") `);
    await queryRunner.query(`ALTER TABLE "user_account" ADD CONSTRAINT "fk_user_account_municipality" FOREIGN KEY ("municipality_id") REFERENCES "municipality"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "user_account_unit" ADD CONSTRAINT "fk_user_account_unit_account" FOREIGN KEY ("account_id") REFERENCES "user_account"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "user_session" ADD CONSTRAINT "fk_user_session_account" FOREIGN KEY ("account_id") REFERENCES "user_account"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "user_session" DROP CONSTRAINT "fk_user_session_account"`);
    await queryRunner.query(`ALTER TABLE "user_account_unit" DROP CONSTRAINT "fk_user_account_unit_account"`);
    await queryRunner.query(`ALTER TABLE "user_account" DROP CONSTRAINT "fk_user_account_municipality"`);
    await queryRunner.query(`DROP INDEX "public"."uq_user_session_token_hash"`);
    await queryRunner.query(`DROP INDEX "public"."ix_user_session_account"`);
    await queryRunner.query(`DROP TABLE "user_session"`);
    await queryRunner.query(`DROP INDEX "public"."ix_user_account_unit_unit"`);
    await queryRunner.query(`DROP TABLE "user_account_unit"`);
    await queryRunner.query(`DROP INDEX "public"."uq_user_account_email"`);
    await queryRunner.query(`DROP INDEX "public"."ix_user_account_municipality"`);
    await queryRunner.query(`DROP TABLE "user_account"`);
    await queryRunner.query(`DROP TYPE "public"."account_status"`);
    await queryRunner.query(`DROP TYPE "public"."user_role"`);
  }
}

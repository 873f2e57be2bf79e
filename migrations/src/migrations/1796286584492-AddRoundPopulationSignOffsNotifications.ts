import type { MigrationInterface, QueryRunner } from 'typeorm';
import { APP_GROUP_ROLE, disableTenantRls, enableTenantRls } from '@kl/api/core';

/** New tenant tables and what the application may do with them (a frozen population is rewritten only by a reopen and the next close). */
const TENANT_TABLES: [table: string, privileges: string][] = [
  ['round_population', 'SELECT, INSERT, DELETE'],
  ['round_unit_sign_off', 'SELECT, INSERT, DELETE'],
  ['notification', 'SELECT, INSERT, UPDATE'],
];

/**
 * The population of a round, frozen at its close (docs/scope.md); the team leaders' sign-off of
 * their units; messages in the app. With them `org_unit_subtree`, the one SQL definition of "a
 * unit and all units below it" that population rules use (it runs with the caller's rights, so
 * row-level security holds it to the kommun set).
 */
export class AddRoundPopulationSignOffsNotifications1796286584492 implements MigrationInterface {
  name = 'AddRoundPopulationSignOffsNotifications1796286584492';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "round_population" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "municipality_id" uuid NOT NULL, "round_id" uuid NOT NULL, "staff_member_id" uuid, "unit_id" uuid, "unit_name" text NOT NULL, "role" "public"."staff_role" NOT NULL, "fte" numeric(3,2) NOT NULL, "gender" "public"."staff_gender" NOT NULL, "employment_type" "public"."staff_employment_type" NOT NULL, "employment_start" date NOT NULL, "experience_start" date NOT NULL, "degree" "public"."staff_degree" NOT NULL, "continuing_education" boolean NOT NULL, "further_education" boolean NOT NULL, "masters" boolean NOT NULL, "qualification_status" "public"."staff_qualification_status", "dispensation_until" date, "first_managerial_job" boolean, "needs_development" boolean, "levels" text NOT NULL DEFAULT '', CONSTRAINT "pk_round_population" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "ix_round_population_staff" ON "round_population"  ("staff_member_id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_round_population_round_staff" ON "round_population"  ("round_id", "staff_member_id") `);
    await queryRunner.query(`CREATE TABLE "round_unit_sign_off" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "municipality_id" uuid NOT NULL, "round_id" uuid NOT NULL, "unit_id" uuid NOT NULL, "signed_by_user_id" uuid, "signed_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "pk_round_unit_sign_off" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_round_unit_sign_off_round_unit" ON "round_unit_sign_off"  ("round_id", "unit_id") `);
    await queryRunner.query(`CREATE TYPE "public"."notification_kind" AS ENUM('round_reminder')`);
    await queryRunner.query(`CREATE TABLE "notification" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "municipality_id" uuid NOT NULL, "recipient_user_id" uuid NOT NULL, "sender_user_id" uuid, "kind" "public"."notification_kind" NOT NULL, "payload" jsonb NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "read_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "pk_notification" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "ix_notification_recipient_created" ON "notification"  ("recipient_user_id", "created_at") `);
    await queryRunner.query(`ALTER TABLE "inventory_round" ADD "population_frozen_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "round_population" ADD CONSTRAINT "fk_round_population_municipality" FOREIGN KEY ("municipality_id") REFERENCES "municipality"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "round_population" ADD CONSTRAINT "fk_round_population_round" FOREIGN KEY ("round_id") REFERENCES "inventory_round"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "round_population" ADD CONSTRAINT "fk_round_population_staff_member" FOREIGN KEY ("staff_member_id") REFERENCES "staff_member"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "round_population" ADD CONSTRAINT "fk_round_population_unit" FOREIGN KEY ("unit_id") REFERENCES "org_unit"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "round_unit_sign_off" ADD CONSTRAINT "fk_round_unit_sign_off_municipality" FOREIGN KEY ("municipality_id") REFERENCES "municipality"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "round_unit_sign_off" ADD CONSTRAINT "fk_round_unit_sign_off_round" FOREIGN KEY ("round_id") REFERENCES "inventory_round"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "round_unit_sign_off" ADD CONSTRAINT "fk_round_unit_sign_off_unit" FOREIGN KEY ("unit_id") REFERENCES "org_unit"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "notification" ADD CONSTRAINT "fk_notification_municipality" FOREIGN KEY ("municipality_id") REFERENCES "municipality"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "notification" ADD CONSTRAINT "fk_notification_recipient" FOREIGN KEY ("recipient_user_id") REFERENCES "user_account"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    for (const [table, privileges] of TENANT_TABLES) {
      await enableTenantRls(queryRunner, table);
      await queryRunner.query(`REVOKE ALL ON "${table}" FROM ${APP_GROUP_ROLE}`);
      await queryRunner.query(`GRANT ${privileges} ON "${table}" TO ${APP_GROUP_ROLE}`);
    }
    await queryRunner.query(`CREATE FUNCTION org_unit_subtree(p_municipality_id uuid, p_roots uuid[])
      RETURNS SETOF uuid
      LANGUAGE sql STABLE
      AS $$
        WITH RECURSIVE tree(id) AS (
          SELECT id FROM org_unit WHERE municipality_id = p_municipality_id AND id = ANY(p_roots)
          UNION
          SELECT c.id FROM org_unit c JOIN tree t ON c.parent_id = t.id WHERE c.municipality_id = p_municipality_id
        )
        SELECT id FROM tree
      $$`);
    // The round clock finds the rounds whose dates have come in every kommun; it then moves each
    // in that kommun's own transaction. The owner reads every round for it, as it reads accounts.
    await queryRunner.query('CREATE POLICY inventory_round_owner ON inventory_round TO CURRENT_USER USING (true) WITH CHECK (true)');
    await queryRunner.query(`CREATE FUNCTION inventory_rounds_due(p_today date)
      RETURNS TABLE (municipality_id uuid, round_id uuid)
      LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp
      AS $$
        SELECT r.municipality_id, r.id FROM inventory_round r
        WHERE (r.status = 'planned' AND r.opens_on <= p_today AND r.closes_on >= p_today)
           OR (r.status = 'open' AND r.closes_on < p_today)
        ORDER BY r.closes_on, r.id
      $$`);
    await queryRunner.query('REVOKE ALL ON FUNCTION inventory_rounds_due(date) FROM PUBLIC');
    await queryRunner.query(`GRANT EXECUTE ON FUNCTION inventory_rounds_due(date) TO ${APP_GROUP_ROLE}`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP FUNCTION inventory_rounds_due(date)');
    await queryRunner.query('DROP POLICY inventory_round_owner ON inventory_round');
    await queryRunner.query('DROP FUNCTION org_unit_subtree(uuid, uuid[])');
    for (const [table] of TENANT_TABLES) await disableTenantRls(queryRunner, table);
    await queryRunner.query(`ALTER TABLE "notification" DROP CONSTRAINT "fk_notification_recipient"`);
    await queryRunner.query(`ALTER TABLE "notification" DROP CONSTRAINT "fk_notification_municipality"`);
    await queryRunner.query(`ALTER TABLE "round_unit_sign_off" DROP CONSTRAINT "fk_round_unit_sign_off_unit"`);
    await queryRunner.query(`ALTER TABLE "round_unit_sign_off" DROP CONSTRAINT "fk_round_unit_sign_off_round"`);
    await queryRunner.query(`ALTER TABLE "round_unit_sign_off" DROP CONSTRAINT "fk_round_unit_sign_off_municipality"`);
    await queryRunner.query(`ALTER TABLE "round_population" DROP CONSTRAINT "fk_round_population_unit"`);
    await queryRunner.query(`ALTER TABLE "round_population" DROP CONSTRAINT "fk_round_population_staff_member"`);
    await queryRunner.query(`ALTER TABLE "round_population" DROP CONSTRAINT "fk_round_population_round"`);
    await queryRunner.query(`ALTER TABLE "round_population" DROP CONSTRAINT "fk_round_population_municipality"`);
    await queryRunner.query(`ALTER TABLE "inventory_round" DROP COLUMN "population_frozen_at"`);
    await queryRunner.query(`DROP INDEX "public"."ix_notification_recipient_created"`);
    await queryRunner.query(`DROP TABLE "notification"`);
    await queryRunner.query(`DROP TYPE "public"."notification_kind"`);
    await queryRunner.query(`DROP INDEX "public"."uq_round_unit_sign_off_round_unit"`);
    await queryRunner.query(`DROP TABLE "round_unit_sign_off"`);
    await queryRunner.query(`DROP INDEX "public"."uq_round_population_round_staff"`);
    await queryRunner.query(`DROP INDEX "public"."ix_round_population_staff"`);
    await queryRunner.query(`DROP TABLE "round_population"`);
  }
}

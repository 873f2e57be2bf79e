import type { MigrationInterface, QueryRunner } from 'typeorm';
import { AGGREGATE_GROUP_ROLE, APP_GROUP_ROLE, disableTenantRls, enableTenantRls } from '@kl/api/core';

/** The kommun of the transaction, and its län, each read once per statement. */
const TENANT = `(SELECT nullif(current_setting('app.municipality_id', true), '')::uuid)`;
const TENANT_COUNTY = `(SELECT c.code FROM municipality m JOIN county c ON c.id = m.county_id WHERE m.id = ${TENANT})`;
/** The regional analyst's län on the aggregate connection (empty for the national tier: no rows). */
const AGGREGATE_COUNTY = `(SELECT nullif(current_setting('app.county_code', true), ''))`;

/**
 * The catalogue tables name no person: a kommun reads its own rows and what the kommuner of its
 * län share, and writes only its own; the regional analyst (role kl_aggregate) reads and writes the
 * län's own rows, never a kommun's (ADR 0008). Policies per table: [read, kommun write, län write].
 */
const CATALOGUE_POLICIES: [table: string, read: string, kommunWrite: string, countyWrite: string][] = [
  [
    'course',
    `municipality_id = ${TENANT} OR (shared AND county_code = ${TENANT_COUNTY})`,
    `municipality_id = ${TENANT}`,
    `municipality_id IS NULL AND county_code = ${AGGREGATE_COUNTY}`,
  ],
  [
    'course_topic',
    'EXISTS (SELECT 1 FROM course c WHERE c.id = course_id)',
    `EXISTS (SELECT 1 FROM course c WHERE c.id = course_id AND c.municipality_id = ${TENANT})`,
    'EXISTS (SELECT 1 FROM course c WHERE c.id = course_id AND c.municipality_id IS NULL)',
  ],
  [
    'course_session',
    'EXISTS (SELECT 1 FROM course c WHERE c.id = course_id)',
    `municipality_id = ${TENANT}`,
    `municipality_id IS NULL AND county_code = ${AGGREGATE_COUNTY}`,
  ],
  [
    'course_session_seat',
    `municipality_id = ${TENANT} OR organiser_municipality_id = ${TENANT}`,
    `organiser_municipality_id = ${TENANT}`,
    'organiser_municipality_id IS NULL AND EXISTS (SELECT 1 FROM course_session s WHERE s.id = session_id)',
  ],
];

export class AddCoursesSessionsParticipation1796304554075 implements MigrationInterface {
  name = 'AddCoursesSessionsParticipation1796304554075';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TYPE "public"."course_type" AS ENUM('university_course', 'one_day_course', 'two_day_course', 'supervision', 'introduction_programme', 'commissioned_training', 'network_conference', 'e_learning', 'other')`);
    await queryRunner.query(`CREATE TYPE "public"."course_provider" AS ENUM('university', 'skr', 'municipal_association', 'regional_development_leader', 'internal', 'other')`);
    await queryRunner.query(`CREATE TYPE "public"."course_target_degree" AS ENUM('any', 'social_work', 'not_social_work')`);
    await queryRunner.query(`CREATE TYPE "public"."course_target_experience" AS ENUM('any', 'under1', 'under2', 'under3', 'over4')`);
    await queryRunner.query(`CREATE TABLE "course" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "municipality_id" uuid, "county_code" character(2) NOT NULL, "shared" boolean NOT NULL DEFAULT false, "title" text NOT NULL, "type" "public"."course_type" NOT NULL, "provider" "public"."course_provider" NOT NULL, "credits" numeric(5,1), "duration_days" numeric(5,1), "cost_per_participant" numeric(12,2) NOT NULL DEFAULT '0', "target_role" "public"."staff_role", "target_degree" "public"."course_target_degree" NOT NULL DEFAULT 'any', "target_experience" "public"."course_target_experience" NOT NULL DEFAULT 'any', "row_version" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_course_county_shared" CHECK ("municipality_id" IS NOT NULL OR "shared"), CONSTRAINT "pk_course" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "ix_course_county" ON "course"  ("county_code") `);
    await queryRunner.query(`CREATE INDEX "ix_course_municipality" ON "course"  ("municipality_id") `);
    await queryRunner.query(`CREATE TABLE "course_session" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "course_id" uuid NOT NULL, "municipality_id" uuid, "county_code" character(2) NOT NULL, "starts_on" date NOT NULL, "ends_on" date NOT NULL, "place" text, "online" boolean NOT NULL DEFAULT false, "capacity" integer NOT NULL, "row_version" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_course_session_capacity" CHECK ("capacity" > 0), CONSTRAINT "ck_course_session_dates" CHECK ("ends_on" >= "starts_on"), CONSTRAINT "pk_course_session" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "ix_course_session_dates" ON "course_session"  ("starts_on", "ends_on") `);
    await queryRunner.query(`CREATE INDEX "ix_course_session_course" ON "course_session"  ("course_id", "starts_on") `);
    await queryRunner.query(`CREATE TABLE "course_session_seat" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "session_id" uuid NOT NULL, "municipality_id" uuid NOT NULL, "organiser_municipality_id" uuid, "seats" integer NOT NULL, CONSTRAINT "ck_course_session_seat_seats" CHECK ("seats" > 0), CONSTRAINT "pk_course_session_seat" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "ix_course_session_seat_municipality" ON "course_session_seat"  ("municipality_id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_course_session_seat_session_municipality" ON "course_session_seat"  ("session_id", "municipality_id") `);
    await queryRunner.query(`CREATE TYPE "public"."course_level" AS ENUM('basic', 'advanced')`);
    await queryRunner.query(`CREATE TABLE "course_topic" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "course_id" uuid NOT NULL, "topic_code" text NOT NULL, "level" "public"."course_level" NOT NULL, CONSTRAINT "pk_course_topic" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "ix_course_topic_topic" ON "course_topic"  ("topic_code") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_course_topic_course_topic" ON "course_topic"  ("course_id", "topic_code") `);
    await queryRunner.query(`CREATE TABLE "state_grant" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "municipality_id" uuid NOT NULL, "name" text NOT NULL, "year" smallint NOT NULL, "granted" numeric(12,2) NOT NULL, "requisitioned" numeric(12,2) NOT NULL DEFAULT '0', "row_version" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_state_grant_amounts" CHECK ("granted" >= 0 AND "requisitioned" >= 0), CONSTRAINT "pk_state_grant" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_state_grant_name_year" ON "state_grant"  ("municipality_id", "name", "year") `);
    await queryRunner.query(`CREATE TYPE "public"."participation_status" AS ENUM('planned', 'booked', 'completed', 'cancelled', 'no_show')`);
    await queryRunner.query(`CREATE TYPE "public"."cancellation_reason" AS ENUM('workload', 'no_substitute', 'illness', 'course_cancelled', 'other')`);
    await queryRunner.query(`CREATE TYPE "public"."funding_source" AS ENUM('ordinary_budget', 'grant', 'other')`);
    await queryRunner.query(`CREATE TABLE "participation" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "municipality_id" uuid NOT NULL, "staff_member_id" uuid, "session_id" uuid NOT NULL, "status" "public"."participation_status" NOT NULL, "cancellation_reason" "public"."cancellation_reason", "cost" numeric(12,2) NOT NULL, "funding_source" "public"."funding_source" NOT NULL, "grant_id" uuid, "row_version" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_participation_cost" CHECK ("cost" >= 0), CONSTRAINT "ck_participation_grant" CHECK (("funding_source" = 'grant') = ("grant_id" IS NOT NULL)), CONSTRAINT "ck_participation_cancellation" CHECK (("status" = 'cancelled') = ("cancellation_reason" IS NOT NULL)), CONSTRAINT "pk_participation" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "ix_participation_grant" ON "participation"  ("grant_id") `);
    await queryRunner.query(`CREATE INDEX "ix_participation_municipality_session" ON "participation"  ("municipality_id", "session_id") `);
    await queryRunner.query(`CREATE INDEX "ix_participation_staff" ON "participation"  ("staff_member_id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_participation_session_staff_active" ON "participation"  ("session_id", "staff_member_id") WHERE "status" <> 'cancelled'`);
    await queryRunner.query(`ALTER TABLE "course" ADD CONSTRAINT "fk_course_municipality" FOREIGN KEY ("municipality_id") REFERENCES "municipality"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "course_session" ADD CONSTRAINT "fk_course_session_course" FOREIGN KEY ("course_id") REFERENCES "course"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "course_session" ADD CONSTRAINT "fk_course_session_municipality" FOREIGN KEY ("municipality_id") REFERENCES "municipality"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "course_session_seat" ADD CONSTRAINT "fk_course_session_seat_session" FOREIGN KEY ("session_id") REFERENCES "course_session"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "course_session_seat" ADD CONSTRAINT "fk_course_session_seat_municipality" FOREIGN KEY ("municipality_id") REFERENCES "municipality"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "course_topic" ADD CONSTRAINT "fk_course_topic_course" FOREIGN KEY ("course_id") REFERENCES "course"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "state_grant" ADD CONSTRAINT "fk_state_grant_municipality" FOREIGN KEY ("municipality_id") REFERENCES "municipality"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "participation" ADD CONSTRAINT "fk_participation_municipality" FOREIGN KEY ("municipality_id") REFERENCES "municipality"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "participation" ADD CONSTRAINT "fk_participation_staff_member" FOREIGN KEY ("staff_member_id") REFERENCES "staff_member"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "participation" ADD CONSTRAINT "fk_participation_session" FOREIGN KEY ("session_id") REFERENCES "course_session"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "participation" ADD CONSTRAINT "fk_participation_grant" FOREIGN KEY ("grant_id") REFERENCES "state_grant"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await enableTenantRls(queryRunner, 'state_grant');
    await enableTenantRls(queryRunner, 'participation');
    for (const [table, read, kommunWrite, countyWrite] of CATALOGUE_POLICIES) {
      await queryRunner.query(`ALTER TABLE "${table}" ENABLE ROW LEVEL SECURITY`);
      await queryRunner.query(`ALTER TABLE "${table}" FORCE ROW LEVEL SECURITY`);
      await queryRunner.query(`CREATE POLICY "${table}_read" ON "${table}" FOR SELECT USING (${read})`);
      await queryRunner.query(`CREATE POLICY "${table}_kommun" ON "${table}" USING (${kommunWrite}) WITH CHECK (${kommunWrite})`);
      await queryRunner.query(
        `CREATE POLICY "${table}_county" ON "${table}" TO ${AGGREGATE_GROUP_ROLE} USING (${countyWrite}) WITH CHECK (${countyWrite})`,
      );
      await queryRunner.query(`GRANT SELECT, INSERT, UPDATE, DELETE ON "${table}" TO ${APP_GROUP_ROLE}`);
      await queryRunner.query(`GRANT SELECT, INSERT, UPDATE, DELETE ON "${table}" TO ${AGGREGATE_GROUP_ROLE}`);
    }
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    for (const [table] of CATALOGUE_POLICIES) {
      await queryRunner.query(`REVOKE ALL ON "${table}" FROM ${APP_GROUP_ROLE}`);
      await queryRunner.query(`REVOKE ALL ON "${table}" FROM ${AGGREGATE_GROUP_ROLE}`);
      for (const suffix of ['read', 'kommun', 'county']) await queryRunner.query(`DROP POLICY "${table}_${suffix}" ON "${table}"`);
      await queryRunner.query(`ALTER TABLE "${table}" NO FORCE ROW LEVEL SECURITY`);
      await queryRunner.query(`ALTER TABLE "${table}" DISABLE ROW LEVEL SECURITY`);
    }
    await disableTenantRls(queryRunner, 'participation');
    await disableTenantRls(queryRunner, 'state_grant');
    await queryRunner.query(`ALTER TABLE "participation" DROP CONSTRAINT "fk_participation_grant"`);
    await queryRunner.query(`ALTER TABLE "participation" DROP CONSTRAINT "fk_participation_session"`);
    await queryRunner.query(`ALTER TABLE "participation" DROP CONSTRAINT "fk_participation_staff_member"`);
    await queryRunner.query(`ALTER TABLE "participation" DROP CONSTRAINT "fk_participation_municipality"`);
    await queryRunner.query(`ALTER TABLE "state_grant" DROP CONSTRAINT "fk_state_grant_municipality"`);
    await queryRunner.query(`ALTER TABLE "course_topic" DROP CONSTRAINT "fk_course_topic_course"`);
    await queryRunner.query(`ALTER TABLE "course_session_seat" DROP CONSTRAINT "fk_course_session_seat_municipality"`);
    await queryRunner.query(`ALTER TABLE "course_session_seat" DROP CONSTRAINT "fk_course_session_seat_session"`);
    await queryRunner.query(`ALTER TABLE "course_session" DROP CONSTRAINT "fk_course_session_municipality"`);
    await queryRunner.query(`ALTER TABLE "course_session" DROP CONSTRAINT "fk_course_session_course"`);
    await queryRunner.query(`ALTER TABLE "course" DROP CONSTRAINT "fk_course_municipality"`);
    await queryRunner.query(`DROP INDEX "public"."uq_participation_session_staff_active"`);
    await queryRunner.query(`DROP INDEX "public"."ix_participation_staff"`);
    await queryRunner.query(`DROP INDEX "public"."ix_participation_municipality_session"`);
    await queryRunner.query(`DROP INDEX "public"."ix_participation_grant"`);
    await queryRunner.query(`DROP TABLE "participation"`);
    await queryRunner.query(`DROP TYPE "public"."funding_source"`);
    await queryRunner.query(`DROP TYPE "public"."cancellation_reason"`);
    await queryRunner.query(`DROP TYPE "public"."participation_status"`);
    await queryRunner.query(`DROP INDEX "public"."uq_state_grant_name_year"`);
    await queryRunner.query(`DROP TABLE "state_grant"`);
    await queryRunner.query(`DROP INDEX "public"."uq_course_topic_course_topic"`);
    await queryRunner.query(`DROP INDEX "public"."ix_course_topic_topic"`);
    await queryRunner.query(`DROP TABLE "course_topic"`);
    await queryRunner.query(`DROP TYPE "public"."course_level"`);
    await queryRunner.query(`DROP INDEX "public"."uq_course_session_seat_session_municipality"`);
    await queryRunner.query(`DROP INDEX "public"."ix_course_session_seat_municipality"`);
    await queryRunner.query(`DROP TABLE "course_session_seat"`);
    await queryRunner.query(`DROP INDEX "public"."ix_course_session_course"`);
    await queryRunner.query(`DROP INDEX "public"."ix_course_session_dates"`);
    await queryRunner.query(`DROP TABLE "course_session"`);
    await queryRunner.query(`DROP INDEX "public"."ix_course_municipality"`);
    await queryRunner.query(`DROP INDEX "public"."ix_course_county"`);
    await queryRunner.query(`DROP TABLE "course"`);
    await queryRunner.query(`DROP TYPE "public"."course_target_experience"`);
    await queryRunner.query(`DROP TYPE "public"."course_target_degree"`);
    await queryRunner.query(`DROP TYPE "public"."course_provider"`);
    await queryRunner.query(`DROP TYPE "public"."course_type"`);
  }
}

import type { MigrationInterface, QueryRunner } from 'typeorm';
import { disableTenantRls, enableTenantRls } from '@kl/api/core';

/** Each kommun's OIDC identity provider: a tenant table (the sign-in start knows the kommun from its URL). */

export class AddMunicipalityIdentityProviders1795462977734 implements MigrationInterface {
  name = 'AddMunicipalityIdentityProviders1795462977734';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "municipality_identity_provider" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "municipality_id" uuid NOT NULL, "issuer" text NOT NULL, "client_id" text NOT NULL, "client_secret" text NOT NULL, "enabled" boolean NOT NULL DEFAULT true, "row_version" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "pk_municipality_identity_provider" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_municipality_identity_provider_municipality" ON "municipality_identity_provider"  ("municipality_id") `);
    await queryRunner.query(`ALTER TABLE "municipality_identity_provider" ADD CONSTRAINT "fk_municipality_identity_provider_municipality" FOREIGN KEY ("municipality_id") REFERENCES "municipality"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await enableTenantRls(queryRunner, 'municipality_identity_provider');
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await disableTenantRls(queryRunner, 'municipality_identity_provider');
    await queryRunner.query(`ALTER TABLE "municipality_identity_provider" DROP CONSTRAINT "fk_municipality_identity_provider_municipality"`);
    await queryRunner.query(`DROP INDEX "public"."uq_municipality_identity_provider_municipality"`);
    await queryRunner.query(`DROP TABLE "municipality_identity_provider"`);
  }
}

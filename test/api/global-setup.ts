// Jest loads the global setup outside its module system: aliases and .csv first.
// eslint-disable-next-line @nx/enforce-module-boundaries -- a plain Node hook, not a project
import '../../tools/node-aliases';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  buildDataSourceOptions,
  dropDatabase,
  ensureAppLoginRole,
  ensureDatabase,
  startEmbeddedPostgres,
  withDatabase,
} from '@kl/api/core';
import { seedReferenceData } from '@kl/api/seed';
import { TEST_RUN_PREFIX_ENV, TEST_SERVER_URL_ENV, TEST_TEMPLATE_ENV } from '@kl/api/testing';
import { allEntities, migrations } from '@kl/migrations';
import { DataSource } from 'typeorm';

/** Where the global teardown finds how to stop what the setup started. */
export const testRun = globalThis as typeof globalThis & { __klTestTeardown?: () => Promise<void> };

/**
 * One PostgreSQL for the whole run (embedded, or DATABASE_URL's server) and one template database
 * built by the real migrations and seed; every spec file copies the template into its own database.
 */
export default async function globalSetup(): Promise<void> {
  const external = process.env['DATABASE_URL'];
  const tempDir = external ? undefined : mkdtempSync(join(tmpdir(), 'kl-test-pg-'));
  const server = external
    ? { url: external, stop: async () => undefined }
    : await startEmbeddedPostgres({ dataDir: tempDir as string, persistent: false });
  const prefix = `kl_test_${randomBytes(3).toString('hex')}_`;
  const template = `${prefix}template`;
  await ensureDatabase(server.url, template);
  const dataSource = new DataSource(
    buildDataSourceOptions({ url: withDatabase(server.url, template), entities: allEntities, migrations }),
  );
  await dataSource.initialize();
  await dataSource.runMigrations({ transaction: 'each' });
  await seedReferenceData(dataSource);
  await dataSource.destroy();
  // The app's login role is cluster-wide: set it up once, before the spec files start in parallel.
  await ensureAppLoginRole(withDatabase(server.url, template));

  process.env[TEST_SERVER_URL_ENV] = server.url;
  process.env[TEST_TEMPLATE_ENV] = template;
  process.env[TEST_RUN_PREFIX_ENV] = prefix;
  testRun.__klTestTeardown = async () => {
    const leftovers = new DataSource({ type: 'postgres', url: server.url });
    await leftovers.initialize();
    const rows: { datname: string }[] = await leftovers.query(
      'SELECT datname FROM pg_database WHERE starts_with(datname, $1)',
      [prefix],
    );
    await leftovers.destroy();
    for (const { datname } of rows) {
      await dropDatabase(server.url, datname);
    }
    await server.stop();
    if (tempDir) rmSync(tempDir, { recursive: true, force: true });
  };
}

import { randomBytes } from 'node:crypto';
import { dropDatabase, ensureDatabase, withDatabase } from '@kl/api/core';

/**
 * Set by the integration suites' global setup: the server (embedded, or DATABASE_URL's) and a
 * template database already built by the migrations and the reference seed.
 */
export const TEST_SERVER_URL_ENV = 'KL_TEST_SERVER_URL';
export const TEST_TEMPLATE_ENV = 'KL_TEST_TEMPLATE_DATABASE';
export const TEST_RUN_PREFIX_ENV = 'KL_TEST_DATABASE_PREFIX';

export interface TestDatabase {
  name: string;
  url: string;
  drop(): Promise<void>;
}

function requireEnv(name: string): string {
  const value = process.env[name];
  if (!value) {
    throw new Error(`${name} is not set: run integration tests through test/api/jest.config.ts`);
  }
  return value;
}

/** A fresh database for one spec file, copied from the migrated template. */
export async function createTestDatabase(): Promise<TestDatabase> {
  const serverUrl = requireEnv(TEST_SERVER_URL_ENV);
  const name = `${requireEnv(TEST_RUN_PREFIX_ENV)}${randomBytes(4).toString('hex')}`;
  await ensureDatabase(serverUrl, name, requireEnv(TEST_TEMPLATE_ENV));
  return { name, url: withDatabase(serverUrl, name), drop: () => dropDatabase(serverUrl, name) };
}

import type { NestExpressApplication } from '@nestjs/platform-express';
import { buildDataSourceOptions, loadConfig } from '@kl/api/core';
import { createApp } from '@kl/api/shell';
import { allEntities } from '@kl/migrations';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { createTestDatabase, type TestDatabase } from './test-database';

export interface TestApp {
  app: NestExpressApplication;
  /** supertest against the running app's HTTP server. */
  http: () => ReturnType<typeof request>;
  /** The app's own connection: the restricted role, held by row-level security. */
  dataSource: DataSource;
  /**
   * The owner of the test database (a superuser): for fixtures and for inspecting rows the app
   * cannot see. Never use it to prove what the app may see.
   */
  owner: DataSource;
  database: TestDatabase;
  close(): Promise<void>;
}

/** The real application on its own fresh database, as configured in production. */
export async function createTestApp(
  options: { webDistDir?: string; /** Extra configuration, as environment variables. */ env?: Record<string, string> } = {},
): Promise<TestApp> {
  const database = await createTestDatabase();
  // The round clock is off: specs move rounds by calling it with the day they need.
  const config = loadConfig({
    NODE_ENV: 'test',
    // KL_TEST_LOG_LEVEL=error shows what a failing spec's requests logged.
    LOG_LEVEL: process.env['KL_TEST_LOG_LEVEL'] ?? 'silent',
    ROUND_CLOCK_INTERVAL_SECONDS: '0',
    ...options.env,
  });
  const app = await createApp({
    config,
    databaseUrl: database.url,
    webDistDir: options.webDistDir,
    quiet: !process.env['KL_TEST_LOG_LEVEL'],
  });
  await app.init();
  const owner = new DataSource(
    buildDataSourceOptions({ url: database.url, entities: allEntities, migrations: [], poolSize: 2 }),
  );
  await owner.initialize();
  const server = app.getHttpServer();
  return {
    app,
    http: () => request(server),
    dataSource: app.get(DataSource),
    owner,
    database,
    close: async () => {
      await app.close();
      await owner.destroy();
      await database.drop();
    },
  };
}

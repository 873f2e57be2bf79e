import type { NestExpressApplication } from '@nestjs/platform-express';
import { loadConfig } from '@kl/api/core';
import { createApp } from '@kl/api/shell';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { createTestDatabase, type TestDatabase } from './test-database';

export interface TestApp {
  app: NestExpressApplication;
  /** supertest against the running app's HTTP server. */
  http: () => ReturnType<typeof request>;
  dataSource: DataSource;
  database: TestDatabase;
  close(): Promise<void>;
}

/** The real application on its own fresh database, as configured in production. */
export async function createTestApp(options: { webDistDir?: string } = {}): Promise<TestApp> {
  const database = await createTestDatabase();
  const config = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent' });
  const app = await createApp({
    config,
    databaseUrl: database.url,
    webDistDir: options.webDistDir,
    quiet: true,
  });
  await app.init();
  const server = app.getHttpServer();
  return {
    app,
    http: () => request(server),
    dataSource: app.get(DataSource),
    database,
    close: async () => {
      await app.close();
      await database.drop();
    },
  };
}

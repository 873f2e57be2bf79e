import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import {
  AGGREGATE_ROLE,
  AppConfig,
  APP_GROUP_ROLE,
  assertRestrictedRole,
  buildDataSourceOptions,
  configureApp,
  ensureAppLoginRole,
  ensureLoginRole,
} from '@kl/api/core';
import { seedReferenceData } from '@kl/api/seed';
import { allEntities } from '@kl/migrations';
import { Logger } from 'nestjs-pino';
import { DataSource } from 'typeorm';
import { AppModule } from './app.module';

export interface CreateAppOptions {
  config: AppConfig;
  /** The owner's database URL (DATABASE_URL or the embedded server): seeds run as the owner. */
  databaseUrl: string;
  webDistDir?: string;
  /** Keep Nest's own start-up logs quiet (tests). */
  quiet?: boolean;
}

/**
 * The application, configured exactly as in production: main.ts and the integration tests both
 * build it here. Reference data is seeded (idempotently, as the owner) before it is returned; the
 * application itself connects as the restricted role that row-level security holds.
 */
export async function createApp(options: CreateAppOptions): Promise<NestExpressApplication> {
  await withOwnerDataSource(options.databaseUrl, seedReferenceData);
  const appDatabaseUrl = options.config.DATABASE_APP_URL ?? (await ensureAppLoginRole(options.databaseUrl));
  await assertRestrictedRole(appDatabaseUrl);
  const aggregateDatabaseUrl =
    options.config.DATABASE_AGGREGATE_URL ?? (await ensureLoginRole(options.databaseUrl, AGGREGATE_ROLE));
  await assertRestrictedRole(aggregateDatabaseUrl, APP_GROUP_ROLE);
  const app = await NestFactory.create<NestExpressApplication>(
    AppModule.forRoot(options.config, appDatabaseUrl, aggregateDatabaseUrl),
    // Bodies are parsed by configureApp (JSON only, with limits on size and shape).
    { bufferLogs: true, bodyParser: false, logger: options.quiet ? false : undefined },
  );
  if (!options.quiet) {
    app.useLogger(app.get(Logger));
  }
  configureApp(app, { webDistDir: options.webDistDir });
  return app;
}

/** Runs `work` on a short-lived connection as the database owner. */
export async function withOwnerDataSource<T>(ownerUrl: string, work: (dataSource: DataSource) => Promise<T>): Promise<T> {
  const dataSource = new DataSource(
    buildDataSourceOptions({ url: ownerUrl, entities: allEntities, migrations: [], poolSize: 2 }),
  );
  await dataSource.initialize();
  try {
    return await work(dataSource);
  } finally {
    await dataSource.destroy();
  }
}

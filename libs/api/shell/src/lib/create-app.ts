import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { AppConfig, configureApp } from '@kl/api/core';
import { seedReferenceData } from '@kl/api/seed';
import { Logger } from 'nestjs-pino';
import { DataSource } from 'typeorm';
import { AppModule } from './app.module';

export interface CreateAppOptions {
  config: AppConfig;
  databaseUrl: string;
  webDistDir?: string;
  /** Keep Nest's own start-up logs quiet (tests). */
  quiet?: boolean;
}

/**
 * The application, configured exactly as in production: main.ts and the integration tests both
 * build it here. Reference data is seeded (idempotently) before it is returned.
 */
export async function createApp(options: CreateAppOptions): Promise<NestExpressApplication> {
  const app = await NestFactory.create<NestExpressApplication>(
    AppModule.forRoot(options.config, options.databaseUrl),
    { bufferLogs: true, logger: options.quiet ? false : undefined },
  );
  if (!options.quiet) {
    app.useLogger(app.get(Logger));
  }
  configureApp(app, { webDistDir: options.webDistDir });
  await seedReferenceData(app.get(DataSource));
  return app;
}

import type { DataSourceOptions, EntitySchema, MigrationInterface } from 'typeorm';
import { SnakeNamingStrategy } from './snake-naming.strategy';

// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type -- TypeORM's own entity list type
type EntityClass = Function | EntitySchema;
type MigrationClass = new () => MigrationInterface;

export interface DatabaseOptionsInput {
  url: string;
  entities: readonly EntityClass[];
  migrations: readonly MigrationClass[];
  poolSize?: number;
  onPoolError?: (error: Error) => void;
}

/** The one place TypeORM is configured: the app, the CLI, tests and benchmarks all use it. */
export function buildDataSourceOptions(input: DatabaseOptionsInput): DataSourceOptions {
  return {
    type: 'postgres',
    url: input.url,
    entities: [...input.entities],
    migrations: [...input.migrations],
    migrationsTableName: 'migrations',
    migrationsTransactionMode: 'each',
    namingStrategy: new SnakeNamingStrategy(),
    synchronize: false,
    // gen_random_uuid() is built into PostgreSQL 13+: no extension to install, no superuser needed.
    uuidExtension: 'pgcrypto',
    installExtensions: false,
    migrationsRun: false,
    logging: false,
    poolSize: input.poolSize ?? 10,
    // A dropped connection must never end the process: log it, let the pool replace it.
    poolErrorHandler: input.onPoolError ?? (() => undefined),
    extra: {
      // Fail fast (503) rather than queue forever when the server is gone.
      connectionTimeoutMillis: 5_000,
      idleTimeoutMillis: 30_000,
      application_name: 'kompetenslaget',
    },
  };
}

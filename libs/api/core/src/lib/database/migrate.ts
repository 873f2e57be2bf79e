import { DataSource, type MigrationInterface } from 'typeorm';
import { buildDataSourceOptions } from './database-options';

type MigrationClass = new () => MigrationInterface;

/** Runs pending migrations as the connecting (owner) role; returns the names it ran. */
export async function runMigrations(
  url: string,
  migrations: readonly MigrationClass[],
): Promise<string[]> {
  const dataSource = new DataSource(buildDataSourceOptions({ url, entities: [], migrations }));
  await dataSource.initialize();
  try {
    const ran = await dataSource.runMigrations({ transaction: 'each' });
    return ran.map((migration) => migration.name);
  } finally {
    await dataSource.destroy();
  }
}

/** Creates a database (on the server `adminUrl` points at) unless it exists. */
export async function ensureDatabase(
  adminUrl: string,
  name: string,
  template?: string,
): Promise<void> {
  const dataSource = new DataSource({ type: 'postgres', url: adminUrl });
  await dataSource.initialize();
  try {
    const rows: unknown[] = await dataSource.query('SELECT 1 FROM pg_database WHERE datname = $1', [
      name,
    ]);
    if (rows.length === 0) {
      await dataSource.query(
        `CREATE DATABASE ${quoteIdentifier(name)}${template ? ` TEMPLATE ${quoteIdentifier(template)}` : ''}`,
      );
    }
  } finally {
    await dataSource.destroy();
  }
}

export async function dropDatabase(adminUrl: string, name: string): Promise<void> {
  const dataSource = new DataSource({ type: 'postgres', url: adminUrl });
  await dataSource.initialize();
  try {
    await dataSource.query(`DROP DATABASE IF EXISTS ${quoteIdentifier(name)} WITH (FORCE)`);
  } finally {
    await dataSource.destroy();
  }
}

export function quoteIdentifier(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}

/** The same server URL with another database name. */
export function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${encodeURIComponent(database)}`;
  return parsed.toString();
}

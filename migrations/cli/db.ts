/**
 * Database tasks: `migrate`, `revert`, `check` (the drift gate) and `generate <Name>`.
 * They use DATABASE_URL when set, else the embedded server of `npm start` (migrate, revert) or a
 * throwaway embedded server (check, generate).
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  buildDataSourceOptions,
  dropDatabase,
  ensureDatabase,
  loadConfig,
  startDatabaseServer,
  startEmbeddedPostgres,
  withDatabase,
} from '@kl/api/core';
import { allEntities, migrations } from '../src';
import { DataSource } from 'typeorm';

const MIGRATIONS_DIR = join(__dirname, '..', 'src');

async function main(): Promise<number> {
  const [command, name] = process.argv.slice(2);
  switch (command) {
    case 'migrate':
    case 'revert':
      return withAppDatabase(async (dataSource) => {
        if (command === 'migrate') {
          const ran = await dataSource.runMigrations({ transaction: 'each' });
          console.log(ran.length ? `Ran ${ran.map((m) => m.name).join(', ')}` : 'No pending migrations');
        } else {
          await dataSource.undoLastMigration({ transaction: 'each' });
          console.log('Reverted the last migration');
        }
        return 0;
      });
    case 'check':
      return withThrowawayDatabase(async (dataSource) => {
        const { upQueries } = await dataSource.driver.createSchemaBuilder().log();
        if (upQueries.length === 0) {
          console.log(`Entities and migrations agree (${migrations.length} migrations).`);
          return 0;
        }
        console.error('Entities and migrations disagree. The migrations lack:');
        for (const query of upQueries) console.error(`  ${query.query};`);
        console.error('Run: npm run db:migration:generate <Name>');
        return 1;
      });
    case 'generate':
      if (!name || !/^[A-Z][A-Za-z0-9]+$/.test(name)) {
        console.error('Usage: npm run db:migration:generate <VerbNoun>, e.g. AddStaffMember');
        return 2;
      }
      return withThrowawayDatabase(async (dataSource) => {
        const { upQueries, downQueries } = await dataSource.driver.createSchemaBuilder().log();
        if (upQueries.length === 0) {
          console.log('No changes: entities and migrations already agree.');
          return 0;
        }
        const file = writeMigration(name, upQueries.map((q) => q.query), downQueries.reverse().map((q) => q.query));
        console.log(`Wrote ${file}. Review it, then run npm run db:check.`);
        return 0;
      });
    default:
      console.error('Usage: db.ts migrate | revert | check | generate <Name>');
      return 2;
  }
}

async function withAppDatabase(work: (dataSource: DataSource) => Promise<number>): Promise<number> {
  const config = loadConfig();
  const server = await startDatabaseServer({
    databaseUrl: config.DATABASE_URL,
    dataDir: config.DATA_DIR,
    log: console.log,
  });
  const dataSource = new DataSource(buildDataSourceOptions({ url: server.url, entities: allEntities, migrations }));
  try {
    await dataSource.initialize();
    return await work(dataSource);
  } finally {
    await dataSource.destroy().catch(() => undefined);
    await server.stop();
  }
}

/** A fresh database with every migration applied, on DATABASE_URL's server or a temporary one. */
async function withThrowawayDatabase(work: (dataSource: DataSource) => Promise<number>): Promise<number> {
  const external = process.env['DATABASE_URL'];
  const tempDir = external ? undefined : mkdtempSync(join(tmpdir(), 'kl-db-'));
  const server = external
    ? { url: external, stop: async () => undefined }
    : await startEmbeddedPostgres({ dataDir: tempDir as string, persistent: false });
  const name = `kl_drift_${randomBytes(4).toString('hex')}`;
  await ensureDatabase(server.url, name);
  const dataSource = new DataSource(
    buildDataSourceOptions({ url: withDatabase(server.url, name), entities: allEntities, migrations }),
  );
  try {
    await dataSource.initialize();
    await dataSource.runMigrations({ transaction: 'each' });
    return await work(dataSource);
  } finally {
    await dataSource.destroy().catch(() => undefined);
    await dropDatabase(server.url, name).catch(() => undefined);
    await server.stop();
    if (tempDir) rmSync(tempDir, { recursive: true, force: true });
  }
}

function writeMigration(name: string, up: string[], down: string[]): string {
  const timestamp = Date.now();
  const className = `${name}${timestamp}`;
  const body = (queries: string[]) =>
    queries.map((q) => `    await queryRunner.query(\`${q.replace(/[`\\]/g, '\\$&')}\`);`).join('\n');
  const file = join(MIGRATIONS_DIR, 'migrations', `${timestamp}-${name}.ts`);
  writeFileSync(
    file,
    `import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ${className} implements MigrationInterface {
  name = '${className}';

  public async up(queryRunner: QueryRunner): Promise<void> {
${body(up)}
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
${body(down)}
  }
}
`,
  );
  writeMigrationList();
  return file;
}

/** Rewrites migrations.ts from the files in migrations/, in timestamp order. */
function writeMigrationList(): void {
  const files = readdirSync(join(MIGRATIONS_DIR, 'migrations'))
    .filter((f) => /^\d+-[A-Za-z0-9]+\.ts$/.test(f))
    .sort();
  const entries = files.map((f) => {
    const [timestamp, name] = f.replace(/\.ts$/, '').split('-');
    return { module: `./migrations/${timestamp}-${name}`, className: `${name}${timestamp}` };
  });
  writeFileSync(
    join(MIGRATIONS_DIR, 'migrations.ts'),
    `${entries.map((e) => `import { ${e.className} } from '${e.module}';`).join('\n')}

// The migrations in order. \`npm run db:migration:generate <Name>\` adds new ones here.
export const migrations = [${entries.map((e) => `\n  ${e.className},`).join('')}\n];
`,
  );
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);

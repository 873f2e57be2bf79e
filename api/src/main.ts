import 'reflect-metadata';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { ConfigValidationError, drainHttpServer, loadConfig, runMigrations, startDatabaseServer } from '@kl/api/core';
import { seedDemoData, seedDemoNationalRounds, seedDemoOrganisation, seedDemoRoundHistory, seedReferenceData, shouldSeedDemoData } from '@kl/api/seed';
import { createApp, withOwnerDataSource } from '@kl/api/shell';
import { migrations } from '@kl/migrations';

/** In-flight requests get this long to finish after SIGTERM; connections still busy are then cut. */
const DRAIN_GRACE_MS = 7_000;
/** The process ends within this time after SIGTERM whatever happens (closing the pool, the embedded server). */
const SHUTDOWN_DEADLINE_MS = 9_500;

async function main(): Promise<void> {
  const config = loadConfig();
  const log = (message: string) => console.log(`[kompetensläget] ${message}`);
  const database = await startDatabaseServer({
    databaseUrl: config.DATABASE_URL,
    dataDir: config.DATA_DIR,
    log,
  });
  log(database.embedded ? `Embedded PostgreSQL started (data in ${config.DATA_DIR})` : 'Using DATABASE_URL');
  const ran = await runMigrations(database.url, migrations);
  if (ran.length > 0) log(`Migrated: ${ran.join(', ')}`);
  // Demo mode (NODE_ENV=development, the default): a demo kommun with units, 40 staff, an open
  // round, two earlier closed rounds with assessments (for the trend) and one account per role.
  // With NODE_ENV=production no demo data is written and no password is ever printed.
  const demoLogins = shouldSeedDemoData(config.NODE_ENV)
    ? await withOwnerDataSource(database.url, async (owner) => {
        await seedReferenceData(owner);
        const logins = await seedDemoData(owner, { organisation: seedDemoOrganisation, roundHistory: seedDemoRoundHistory });
        await seedDemoNationalRounds(owner);
        return logins;
      })
    : [];

  const webDistDir = config.WEB_DIST_DIR ?? join(__dirname, '..', 'web', 'browser');
  const serveWeb = existsSync(join(webDistDir, 'index.html'));
  const app = await createApp({ config, databaseUrl: database.url, webDistDir: serveWeb ? webDistDir : undefined });
  try {
    await app.listen(config.PORT, config.HOST);
  } catch (error) {
    await app.close();
    await database.stop();
    throw (error as NodeJS.ErrnoException).code === 'EADDRINUSE'
      ? new StartupError(`Port ${config.PORT} is already in use: stop the other program or set PORT`)
      : error;
  }

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log(`${signal}: no new connections; finishing in-flight requests`);
    setTimeout(() => {
      log(`Still stopping after ${SHUTDOWN_DEADLINE_MS} ms: exiting anyway`);
      process.exit(1);
    }, SHUTDOWN_DEADLINE_MS).unref();
    const drained = await drainHttpServer(app, DRAIN_GRACE_MS);
    log(drained === 'drained' ? 'All requests finished' : `Requests still running after ${DRAIN_GRACE_MS} ms were cut off`);
    await app.close();
    await database.stop();
    log('Stopped');
    process.exit(drained === 'drained' ? 0 : 1);
  };
  process.once('SIGTERM', () => void shutdown('SIGTERM'));
  process.once('SIGINT', () => void shutdown('SIGINT'));

  const url = `http://localhost:${config.PORT}`;
  log(`Kompetensläget is running at ${url}${serveWeb ? '' : ' (API only: the web app is not built)'}`);
  log(`API docs: ${url}/api/docs · health: ${url}/api/health`);
  if (demoLogins.length > 0) {
    log('Demo mode (set NODE_ENV=production for real use). Demo logins:');
    for (const login of demoLogins) log(`  ${login.role.padEnd(18)} ${login.email}  password: ${login.password}`);
  }
}

class StartupError extends Error {}

main().catch((error: unknown) => {
  const known = error instanceof ConfigValidationError || error instanceof StartupError;
  console.error(known ? (error as Error).message : error);
  process.exit(1);
});

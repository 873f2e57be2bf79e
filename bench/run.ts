/**
 * `npm run bench`: starts the real application on a fresh database (embedded PostgreSQL, or
 * DATABASE_URL's server), runs each scenario side by side with its baseline in the same run and
 * prints the ratios against the targets of DESIGN.md §6. Not a test: it never fails on a figure.
 */
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { dropDatabase, ensureDatabase, loadConfig, runMigrations, startEmbeddedPostgres, withDatabase } from '@kl/api/core';
import { seedDemoData, seedDemoOrganisation, seedDemoRoundHistory, seedReferenceData } from '@kl/api/seed';
import { createApp, withOwnerDataSource } from '@kl/api/shell';
import { migrations } from '@kl/migrations';
import { Client } from 'pg';
import { httpGetter, stats, timeSequential } from './lib/measure';
import { inventoryMatrixScenario } from './lib/inventory-matrix';
import { dashboardScenario } from './lib/dashboard';
import { findPgbench, pgbenchMeanMs } from './lib/pgbench';
import { matrixBrowserScenario } from './lib/matrix-browser';
import { lighthouseScenario, printLighthouse } from './lib/lighthouse';
import { nationalScenario } from './lib/national';
import { importsScenario } from './lib/imports';
import { trainingScenario } from './lib/training';

const SECONDS = Number(process.env['BENCH_SECONDS'] ?? 3);
/** `BENCH_ONLY=imports,national`: only these scenarios (names in SCENARIOS); all when unset. */
const SCENARIOS = ['counties', 'matrix', 'dashboard', 'national', 'imports', 'training', 'browser', 'lighthouse'] as const;
const ONLY = (process.env['BENCH_ONLY'] ?? '').split(',').map((name) => name.trim()).filter((name) => name !== '');
const unknownScenario = ONLY.find((name) => !(SCENARIOS as readonly string[]).includes(name));
if (unknownScenario) throw new Error(`BENCH_ONLY: no scenario ${unknownScenario} (${SCENARIOS.join(', ')})`);
const selected = (name: (typeof SCENARIOS)[number]): boolean => ONLY.length === 0 || ONLY.includes(name);

interface Row {
  scenario: string;
  measured: string;
  baseline: string;
  ratio: number;
  target: number;
}

async function main(): Promise<void> {
  const external = process.env['DATABASE_URL'];
  const tempDir = external ? undefined : mkdtempSync(join(tmpdir(), 'kl-bench-pg-'));
  const server = external
    ? { url: external, stop: async () => undefined }
    : await startEmbeddedPostgres({ dataDir: tempDir as string, persistent: false });
  const name = `kl_bench_${randomBytes(3).toString('hex')}`;
  await ensureDatabase(server.url, name);
  const url = withDatabase(server.url, name);
  try {
    await runMigrations(url, migrations);
    const webDistDir = join(__dirname, '..', 'dist', 'web', 'browser');
    const withWeb = existsSync(join(webDistDir, 'index.html'));
    const config = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', ROUND_CLOCK_INTERVAL_SECONDS: '0' });
    const app = await createApp({ config, databaseUrl: url, quiet: true, webDistDir: withWeb ? webDistDir : undefined });
    await app.listen(0, '127.0.0.1');
    const address = app.getHttpServer().address() as { port: number };
    const base = `http://127.0.0.1:${address.port}`;
    const rows: Row[] = [];
    if (selected('counties')) rows.push(...(await apiOverheadSmallQuery(base, url)));
    if (selected('matrix')) rows.push(...(await inventoryMatrixScenario(base, url, SECONDS)));
    if (selected('dashboard')) rows.push(...(await dashboardScenario(base, url, SECONDS)));
    if (selected('national')) rows.push(...(await nationalScenario(base, url, SECONDS)));
    if (selected('imports')) rows.push(...(await importsScenario(base, url)));
    if (selected('training')) rows.push(...(await trainingScenario(base, url, SECONDS)));
    if (withWeb && selected('browser')) rows.push(...(await matrixBrowserScenario(base, url)));
    else if (!withWeb) console.log('matrix page: dist/web not built (npm run build); the browser scenario is left out');
    // Lighthouse signs in as the demo accounts: the demo kommun of `npm start`, seeded last so
    // that the scenarios above measure their own data alone.
    const lighthouse = withWeb && selected('lighthouse')
      ? await withOwnerDataSource(url, async (owner) => {
          await seedReferenceData(owner);
          await seedDemoData(owner, { organisation: seedDemoOrganisation, roundHistory: seedDemoRoundHistory });
        }).then(() => lighthouseScenario(base))
      : [];
    await app.close();
    print(rows);
    if (lighthouse.length > 0) printLighthouse(lighthouse);
  } finally {
    // BENCH_KEEP_DATABASE=1 (with DATABASE_URL) leaves the data for EXPLAIN ANALYZE afterwards.
    if (external && process.env['BENCH_KEEP_DATABASE'] === '1') console.log(`kept database ${name}`);
    else await dropDatabase(server.url, name).catch(() => undefined);
    await server.stop();
    if (tempDir) rmSync(tempDir, { recursive: true, force: true });
  }
}

/** DESIGN.md §6: API mean latency at one connection ≤ 2.5 × the same SQL run by pgbench. */
async function apiOverheadSmallQuery(baseUrl: string, databaseUrl: string): Promise<Row[]> {
  const sql = 'SELECT code, name FROM county ORDER BY code';
  const get = httpGetter(baseUrl);
  const api = stats(await timeSequential(() => get('/api/counties'), SECONDS));
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  const raw = stats(await timeSequential(async () => void (await client.query({ name: 'counties', text: sql })), SECONDS));
  await client.end();
  const rows: Row[] = [
    {
      scenario: 'small query: GET /api/counties vs raw pg',
      measured: `mean ${api.meanMs.toFixed(3)} ms (p95 ${api.p95Ms.toFixed(3)})`,
      baseline: `mean ${raw.meanMs.toFixed(3)} ms`,
      ratio: api.meanMs / raw.meanMs,
      target: 2.5,
    },
  ];
  const pgbench = findPgbench();
  if (pgbench) {
    const pgbenchMs = pgbenchMeanMs(pgbench, databaseUrl, sql, SECONDS);
    rows.push({
      scenario: 'small query: GET /api/counties vs pgbench',
      measured: `mean ${api.meanMs.toFixed(3)} ms`,
      baseline: `mean ${pgbenchMs.toFixed(3)} ms`,
      ratio: api.meanMs / pgbenchMs,
      target: 2.5,
    });
  } else {
    console.log('pgbench not found: the pgbench comparison is left out (apt-get install postgresql-client)');
  }
  return rows;
}

function print(rows: Row[]): void {
  console.log(`\nKompetensläget benchmarks (${SECONDS} s per path, side by side in one run)\n`);
  for (const row of rows) {
    const verdict = row.ratio <= row.target ? 'meets' : 'MISSES';
    console.log(`${row.scenario}\n  measured ${row.measured}; baseline ${row.baseline}\n  ratio ${row.ratio.toFixed(2)} × (target ≤ ${row.target} ×: ${verdict})`);
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);

/**
 * Measures the cost of row-level security on a typical tenant query (a kommun's user list, the
 * query behind GET /api/users) over ~5 800 accounts in 290 kommuner: the same transaction and
 * query as the restricted app role (policies applied) and as the owner (a superuser, RLS bypassed).
 * Run: node -r ./tools/ts-node-register.js tools/measure-rls.ts [iterations]
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  dropDatabase,
  ensureAppLoginRole,
  ensureDatabase,
  inTenantTransaction,
  runMigrations,
  startEmbeddedPostgres,
  withDatabase,
} from '@kl/api/core';
import { seedReferenceData } from '@kl/api/seed';
import { migrations } from '@kl/migrations';
import { DataSource } from 'typeorm';

const QUERY = `SELECT a.id, a.email, a.display_name, a.role, a.status,
  array(SELECT u.unit_id FROM user_account_unit u WHERE u.account_id = a.id) AS unit_ids
  FROM user_account a WHERE a.municipality_id = $1 ORDER BY a.display_name`;

async function main(): Promise<void> {
  const iterations = Number(process.argv[2] ?? 3000);
  const external = process.env['DATABASE_URL'];
  const tempDir = external ? undefined : mkdtempSync(join(tmpdir(), 'kl-rls-'));
  const server = external
    ? { url: external, stop: async () => undefined }
    : await startEmbeddedPostgres({ dataDir: tempDir as string, persistent: false });
  const name = `kl_rls_${randomBytes(3).toString('hex')}`;
  await ensureDatabase(server.url, name);
  const url = withDatabase(server.url, name);
  const owner = new DataSource({ type: 'postgres', url, poolSize: 1 });
  const app = new DataSource({ type: 'postgres', url: '', poolSize: 1 });
  try {
    await runMigrations(url, migrations);
    await owner.initialize();
    await seedReferenceData(owner);
    await owner.query(`INSERT INTO user_account (email, display_name, role, municipality_id, status)
      SELECT 'u' || m.code || '-' || i || '@x.example', 'User ' || i, 'caseworker', m.id, 'active'
      FROM municipality m CROSS JOIN generate_series(1, 20) i`);
    await owner.query('ANALYZE');
    const [{ id: kommun }]: { id: string }[] = await owner.query("SELECT id FROM municipality WHERE code = '1880'");
    Object.assign(app.options, { url: await ensureAppLoginRole(url) });
    await app.initialize();

    const time = async (dataSource: DataSource) => {
      for (let i = 0; i < 200; i += 1) await inTenantTransaction(dataSource, kommun, (m) => m.query(QUERY, [kommun]));
      const started = process.hrtime.bigint();
      for (let i = 0; i < iterations; i += 1) {
        const rows: unknown[] = await inTenantTransaction(dataSource, kommun, (m) => m.query(QUERY, [kommun]));
        if (rows.length !== 20) throw new Error(`expected 20 rows, got ${rows.length}`);
      }
      return Number(process.hrtime.bigint() - started) / 1e6 / iterations;
    };
    const results = { owner: [] as number[], app: [] as number[] };
    for (let round = 0; round < 3; round += 1) {
      results.owner.push(await time(owner));
      results.app.push(await time(app));
    }
    const best = (values: number[]) => Math.min(...values);
    const ownerMs = best(results.owner);
    const appMs = best(results.app);
    console.log(
      `per transaction (best of 3 × ${iterations}): owner, RLS bypassed ${ownerMs.toFixed(3)} ms; ` +
        `app role, RLS applied ${appMs.toFixed(3)} ms; overhead ${(((appMs - ownerMs) / ownerMs) * 100).toFixed(1)} %`,
    );
  } finally {
    if (app.isInitialized) await app.destroy();
    if (owner.isInitialized) await owner.destroy();
    await dropDatabase(server.url, name).catch(() => undefined);
    await server.stop();
    if (tempDir) rmSync(tempDir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});

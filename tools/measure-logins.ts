/**
 * Measures successful sign-ins per second through HTTP (argon2id m=19 MiB t=2 p=1, session row,
 * cookie) on a throwaway embedded PostgreSQL (or DATABASE_URL's server).
 * Run: node -r ./tools/ts-node-register.js tools/measure-logins.ts [seconds] [concurrency]
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { hashPassword } from '@kl/api/auth';
import { dropDatabase, ensureDatabase, loadConfig, runMigrations, startEmbeddedPostgres, withDatabase } from '@kl/api/core';
import { createApp } from '@kl/api/shell';
import { migrations } from '@kl/migrations';
import request from 'supertest';
import { DataSource } from 'typeorm';

async function main(): Promise<void> {
  const seconds = Number(process.argv[2] ?? 10);
  const concurrency = Number(process.argv[3] ?? 4);
  const external = process.env['DATABASE_URL'];
  const tempDir = external ? undefined : mkdtempSync(join(tmpdir(), 'kl-logins-'));
  const server = external
    ? { url: external, stop: async () => undefined }
    : await startEmbeddedPostgres({ dataDir: tempDir as string, persistent: false });
  const name = `kl_logins_${randomBytes(3).toString('hex')}`;
  await ensureDatabase(server.url, name);
  const url = withDatabase(server.url, name);
  try {
    await runMigrations(url, migrations);
    const app = await createApp({ config: loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent' }), databaseUrl: url, quiet: true });
    await app.init();
    const owner = new DataSource({ type: 'postgres', url });
    await owner.initialize();
    const password = 'measure-logins-password';
    const hash = await hashPassword(password);
    const emails: string[] = [];
    for (let i = 0; i < concurrency * 4; i += 1) {
      const email = `bench-${i}@test.example`;
      await owner.query(
        `INSERT INTO user_account (email, password_hash, display_name, role, status) VALUES ($1, $2, 'Bench', 'national_analyst', 'active')`,
        [email, hash],
      );
      emails.push(email);
    }
    await owner.destroy();
    const http = request(app.getHttpServer());
    const deadline = Date.now() + seconds * 1000;
    let done = 0;
    let failed = 0;
    const worker = async (w: number) => {
      for (let i = w; Date.now() < deadline; i += concurrency) {
        const response = await http.post('/api/auth/login').send({ email: emails[i % emails.length], password });
        if (response.status === 200) done += 1;
        else failed += 1;
      }
    };
    const started = Date.now();
    await Promise.all(Array.from({ length: concurrency }, (_, w) => worker(w)));
    const elapsed = (Date.now() - started) / 1000;
    console.log(
      `${done} sign-ins in ${elapsed.toFixed(1)} s with concurrency ${concurrency}: ${(done / elapsed).toFixed(1)}/s (${failed} failed)`,
    );
    await app.close();
  } finally {
    await dropDatabase(server.url, name).catch(() => undefined);
    await server.stop();
    if (tempDir) rmSync(tempDir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});

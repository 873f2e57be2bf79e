import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..', '..');

export interface RunningApp {
  baseUrl: string;
  process: ChildProcess;
  output: () => string;
  /** SIGTERM, then the milliseconds until the process had exited. */
  stop(): Promise<{ exitCode: number | null; millis: number }>;
}

/**
 * Starts the built application (dist/) as `npm start` does, on a free port and a fresh embedded
 * database of its own; DATABASE_URL is deliberately not passed on.
 */
export async function startBuiltApp(): Promise<RunningApp> {
  const main = join(ROOT, 'dist', 'api', 'main.js');
  if (!existsSync(main) || !existsSync(join(ROOT, 'dist', 'web', 'browser', 'index.html'))) {
    throw new Error('Build first: npm run build (npm run e2e does it for you)');
  }
  const dataDir = mkdtempSync(join(tmpdir(), 'kl-e2e-data-'));
  const port = await freePort();
  const env: NodeJS.ProcessEnv = { ...process.env, PORT: String(port), DATA_DIR: dataDir, NODE_ENV: 'development', HOST: '127.0.0.1' };
  delete env['DATABASE_URL'];
  const child = spawn(process.execPath, [main], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let log = '';
  child.stdout?.on('data', (chunk) => (log += chunk));
  child.stderr?.on('data', (chunk) => (log += chunk));
  const baseUrl = `http://127.0.0.1:${port}`;
  await waitForHealth(baseUrl, child, () => log);
  return {
    baseUrl,
    process: child,
    output: () => log,
    stop: async () => {
      const started = Date.now();
      const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
      child.kill('SIGTERM');
      const exitCode = await exited;
      rmSync(dataDir, { recursive: true, force: true });
      return { exitCode, millis: Date.now() - started };
    },
  };
}

async function waitForHealth(baseUrl: string, child: ChildProcess, log: () => string): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) {
      throw new Error(`The app exited with ${child.exitCode}:\n${log()}`);
    }
    try {
      const response = await fetch(`${baseUrl}/api/health`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  child.kill('SIGKILL');
  throw new Error(`The app did not become healthy within 60 s:\n${log()}`);
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

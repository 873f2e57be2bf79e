import { type ChildProcess, spawn } from 'node:child_process';
import { Agent, request } from 'node:http';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { buildDataSourceOptions } from '@kl/api/core';
import { createAccount, createTestDatabase, type TestDatabase } from '@kl/api/testing';
import { DataSource } from 'typeorm';

const ROOT = join(__dirname, '..', '..');
const CLIENTS = 8;
const LOAD_BEFORE_SIGTERM_MS = 1_500;

/**
 * SIGTERM under load, against the real process (api/src/main.ts): clients on keep-alive
 * connections keep writing as fast as they are answered; the process must stop accepting, finish
 * what is in flight, end the busy connections, exit 0 within 10 s, and have stored every write it
 * acknowledged.
 */
describe('shutdown under load', () => {
  let database: TestDatabase;
  let owner: DataSource;
  let server: ChildProcess;
  let port: number;

  beforeAll(async () => {
    database = await createTestDatabase();
    owner = new DataSource(buildDataSourceOptions({ url: database.url, entities: [], migrations: [], poolSize: 2 }));
    await owner.initialize();
    port = await freePort();
    server = spawn(process.execPath, ['-r', './tools/ts-node-register.js', 'api/src/main.ts'], {
      cwd: ROOT,
      env: { ...process.env, DATABASE_URL: database.url, NODE_ENV: 'test', PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'warn', WEB_DIST_DIR: join(ROOT, 'no-web-app') },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    await waitForOutput(server, /is running at/, 90_000);
  }, 120_000);

  afterAll(async () => {
    if (server.exitCode === null) server.kill('SIGKILL');
    await owner.destroy();
    await database.drop();
  });

  it('drains: exit 0 within 10 s, every acknowledged write stored, busy connections told to close', async () => {
    const admin = await createAccount({ owner }, { role: 'municipality_admin' });
    const agent = new Agent({ keepAlive: true, maxSockets: CLIENTS });
    const signIn = await send(agent, port, 'POST', '/api/auth/login', {}, { email: admin.email, password: admin.password });
    expect(signIn.status).toBe(200);
    const headers = {
      Cookie: String(signIn.headers['set-cookie']).split(';')[0],
      'X-CSRF-Token': (JSON.parse(signIn.body) as { csrfToken: string }).csrfToken,
    };

    const acknowledged: string[] = [];
    let sigtermAt = 0;
    let closeAnswersAfterSigterm = 0;
    const clientErrors: string[] = [];
    const client = async (id: number) => {
      for (let n = 0; ; n += 1) {
        try {
          const response = await send(agent, port, 'POST', '/api/units', headers, { name: `Drain ${id}-${n}`, kind: 'unit', serviceAreaCode: 'barn-och-unga' });
          if (response.status === 201) acknowledged.push((JSON.parse(response.body) as { id: string }).id);
          if (sigtermAt && response.headers['connection'] === 'close') closeAnswersAfterSigterm += 1;
        } catch (error) {
          // Refused: the server no longer takes this client's work.
          clientErrors.push((error as NodeJS.ErrnoException).code ?? 'error');
          if (sigtermAt) return;
        }
      }
    };
    const exited = new Promise<number | null>((resolve) => server.once('exit', (code) => resolve(code)));
    const load = Promise.all(Array.from({ length: CLIENTS }, (_, id) => client(id)));
    await new Promise((resolve) => setTimeout(resolve, LOAD_BEFORE_SIGTERM_MS));
    const before = acknowledged.length;
    sigtermAt = Date.now();
    server.kill('SIGTERM');
    const exitCode = await exited;
    const stoppedAfterMs = Date.now() - sigtermAt;
    await load;
    agent.destroy();

    const stored: { id: string }[] = await owner.query('SELECT id FROM org_unit WHERE id = ANY($1::uuid[])', [acknowledged]);
    console.log(
      `drain: ${before} writes acknowledged before SIGTERM, ${acknowledged.length} in all; exit ${exitCode} after ${stoppedAfterMs} ms; ` +
        `${closeAnswersAfterSigterm} answers with Connection: close; client errors: ${clientErrors.join(', ')}`,
    );
    expect(before).toBeGreaterThan(20);
    expect(exitCode).toBe(0);
    expect(stoppedAfterMs).toBeLessThan(10_000);
    expect(closeAnswersAfterSigterm).toBeGreaterThan(0);
    expect(stored.length).toBe(acknowledged.length);
  }, 60_000);
});

function send(
  agent: Agent,
  port: number,
  method: string,
  path: string,
  headers: Record<string, string>,
  body: unknown,
): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: string }> {
  return new Promise((resolve, reject) => {
    const payload = JSON.stringify(body);
    const req = request(
      { agent, host: '127.0.0.1', port, method, path, headers: { ...headers, 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(payload) } },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks).toString() }));
        response.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(payload);
  });
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

function waitForOutput(child: ChildProcess, pattern: RegExp, timeoutMs: number): Promise<void> {
  return new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => reject(new Error(`The server did not start within ${timeoutMs} ms:\n${output}`)), timeoutMs);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (pattern.test(output)) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code) => reject(new Error(`The server exited (${code}) before it started:\n${output}`)));
  });
}

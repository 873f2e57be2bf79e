import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** pgbench from PATH or from a Debian PostgreSQL installation; undefined when there is none. */
export function findPgbench(): string | undefined {
  try {
    return execFileSync('which', ['pgbench'], { encoding: 'utf8' }).trim() || undefined;
  } catch {
    const root = '/usr/lib/postgresql';
    const versions = existsSync(root) ? readdirSync(root).sort().reverse() : [];
    return versions.map((v) => join(root, v, 'bin', 'pgbench')).find((path) => existsSync(path));
  }
}

/** Mean latency in ms of `sql` run by pgbench over one connection for `seconds`. */
export function pgbenchMeanMs(pgbench: string, url: string, sql: string, seconds: number): number {
  const script = join(mkdtempSync(join(tmpdir(), 'kl-bench-')), 'query.sql');
  writeFileSync(script, `${sql};\n`);
  const output = execFileSync(pgbench, ['-n', '-c', '1', '-T', String(seconds), '-M', 'prepared', '-f', script, url], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const match = /latency average = ([\d.]+) ms/.exec(output);
  if (!match) throw new Error(`pgbench printed no latency:\n${output}`);
  return Number(match[1]);
}

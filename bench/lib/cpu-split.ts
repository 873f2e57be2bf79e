import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import type { Client } from 'pg';

/** CPU time so far of the bench process (the application runs in it) and of the database's server processes. */
export interface CpuSnapshot {
  appMs: number;
  /** Per server process of the bench database; empty when PostgreSQL runs elsewhere (no /proc to read). */
  databaseMs: Map<number, number>;
}

const clockTicksPerSecond = (() => {
  try {
    return Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;
  } catch {
    return 100;
  }
})();

function processCpuMs(pid: number): number | null {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    // utime and stime, fields 14 and 15 of stat(5) (the 12th and 13th after the command).
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / clockTicksPerSecond;
  } catch {
    return null;
  }
}

export async function cpuSnapshot(owner: Client): Promise<CpuSnapshot> {
  const usage = process.cpuUsage();
  const pids = (
    await owner.query<{ pid: number }>('SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()')
  ).rows.map((r) => r.pid);
  const databaseMs = new Map<number, number>();
  for (const pid of pids) {
    const ms = processCpuMs(pid);
    if (ms !== null) databaseMs.set(pid, ms);
  }
  return { appMs: (usage.user + usage.system) / 1000, databaseMs };
}

/** CPU milliseconds per request between two snapshots: the application's, and the database's (null when unknown). */
export function cpuPerRequest(before: CpuSnapshot, after: CpuSnapshot, requests: number): { app: number; database: number | null } {
  let databaseMs = 0;
  // A connection opened meanwhile counts from zero.
  for (const [pid, ms] of after.databaseMs) databaseMs += ms - (before.databaseMs.get(pid) ?? 0);
  return { app: (after.appMs - before.appMs) / requests, database: after.databaseMs.size > 0 ? databaseMs / requests : null };
}

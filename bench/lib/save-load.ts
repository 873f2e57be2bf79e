import { fork } from 'node:child_process';
import { join } from 'node:path';
import { COMPETENCE_LEVELS } from '@kl/shared/contracts';
import { httpCall, type Session } from './http-client';

/** 20 team leaders saving one person's levels at once, each on their own staff (DESIGN.md §6). */
export interface SaveLoadJob {
  baseUrl: string;
  roundId: string;
  /** One session per concurrent user. */
  sessions: Session[];
  staffIds: string[];
  topicCodes: string[];
  warmupSeconds: number;
  seconds: number;
}

export interface SaveLoadResult {
  /** Latency of each measured save, in ms. */
  samples: number[];
  conflicts: number;
}

/**
 * Each user saves all topics of their next staff member in a loop, without pause, and every save
 * changes every cell (the values cycle), so each cell's version moves by one per save. Saves in
 * the warm-up are not measured.
 */
export async function runSaveLoad(job: SaveLoadJob): Promise<SaveLoadResult> {
  const users = job.sessions.length;
  const versions = new Map(job.staffIds.map((id) => [id, 1]));
  const samples: number[] = [];
  const started = performance.now();
  const measureFrom = started + job.warmupSeconds * 1000;
  const end = measureFrom + job.seconds * 1000;
  let conflicts = 0;
  await Promise.all(
    job.sessions.map(async (session, user) => {
      const put = httpCall(job.baseUrl, session, 1);
      const mine = job.staffIds.filter((_id, i) => i % users === user);
      for (let n = 0; performance.now() < end; n++) {
        const staffMemberId = mine[n % mine.length];
        const version = versions.get(staffMemberId) as number;
        const cells = job.topicCodes.map((topicCode) => ({
          staffMemberId,
          topicCode,
          value: COMPETENCE_LEVELS[version % COMPETENCE_LEVELS.length],
          expectedVersion: version,
        }));
        const before = performance.now();
        const status = await put('PUT', `/api/rounds/${job.roundId}/assessments`, { cells });
        if (before >= measureFrom) samples.push(performance.now() - before);
        if (status === 409) conflicts += 1;
        versions.set(staffMemberId, version + 1);
      }
    }),
  );
  return { samples, conflicts };
}

/**
 * Runs the load in a child process: the clients' own work (building requests, reading answers)
 * then does not share the application's event loop, as with real browsers. The two processes
 * still share the machine's cores with PostgreSQL.
 */
export function runSaveLoadInChild(job: SaveLoadJob): Promise<SaveLoadResult> {
  const child = fork(join(__dirname, 'save-load.child.ts'), [], {
    execArgv: ['-r', join(__dirname, '..', '..', 'tools', 'ts-node-register.js')],
  });
  return new Promise((resolve, reject) => {
    child.once('message', (result) => {
      child.kill();
      resolve(result as SaveLoadResult);
    });
    child.once('error', reject);
    child.once('exit', (code) => code && reject(new Error(`save load child exited with ${code}`)));
    child.send(job);
  });
}

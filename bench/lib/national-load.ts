import { fork } from 'node:child_process';
import { join } from 'node:path';
import { httpCall, type Session } from './http-client';

/** `connections` clients each GETting `path` in a loop, without pause, for `seconds` after a warm-up. */
export interface GetLoadJob {
  baseUrl: string;
  session: Session;
  path: string;
  connections: number;
  warmupSeconds: number;
  seconds: number;
}

export interface GetLoadResult {
  requests: number;
  seconds: number;
}

export async function runGetLoad(job: GetLoadJob): Promise<GetLoadResult> {
  const get = httpCall(job.baseUrl, job.session, job.connections);
  const started = performance.now();
  const measureFrom = started + job.warmupSeconds * 1000;
  const end = measureFrom + job.seconds * 1000;
  let requests = 0;
  await Promise.all(
    Array.from({ length: job.connections }, async () => {
      while (performance.now() < end) {
        await get('GET', job.path);
        if (performance.now() >= measureFrom) requests += 1;
      }
    }),
  );
  return { requests, seconds: job.seconds };
}

/** The load in a child process, so the clients do not share the application's event loop. */
export function runGetLoadInChild(job: GetLoadJob): Promise<GetLoadResult> {
  const child = fork(join(__dirname, 'national-load.child.ts'), [], {
    execArgv: ['-r', join(__dirname, '..', '..', 'tools', 'ts-node-register.js')],
  });
  return new Promise((resolve, reject) => {
    child.once('message', (result) => {
      child.kill();
      resolve(result as GetLoadResult);
    });
    child.once('error', reject);
    child.once('exit', (code) => code && reject(new Error(`load child exited with ${code}`)));
    child.send(job);
  });
}

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
  /** The load generator's own CPU time over the measured seconds. */
  cpuMs: number;
}

/** What the child tells its parent: the measured seconds begin, then the result. */
export type GetLoadMessage = { kind: 'measuring' } | ({ kind: 'result' } & GetLoadResult);

export async function runGetLoad(job: GetLoadJob, measuring: () => void = () => undefined): Promise<GetLoadResult> {
  const get = httpCall(job.baseUrl, job.session, job.connections);
  const started = performance.now();
  const measureFrom = started + job.warmupSeconds * 1000;
  const end = measureFrom + job.seconds * 1000;
  let requests = 0;
  let cpuFrom: NodeJS.CpuUsage | undefined;
  const warmup = setTimeout(() => {
    cpuFrom = process.cpuUsage();
    measuring();
  }, job.warmupSeconds * 1000);
  await Promise.all(
    Array.from({ length: job.connections }, async () => {
      while (performance.now() < end) {
        await get('GET', job.path);
        if (performance.now() >= measureFrom) requests += 1;
      }
    }),
  );
  clearTimeout(warmup);
  const cpu = process.cpuUsage(cpuFrom);
  return { requests, seconds: job.seconds, cpuMs: (cpu.user + cpu.system) / 1000 };
}

/**
 * The load in a child process, so the clients do not share the application's event loop;
 * `measuring` is called when its measured seconds begin.
 */
export function runGetLoadInChild(job: GetLoadJob, measuring: () => void = () => undefined): Promise<GetLoadResult> {
  const child = fork(join(__dirname, 'national-load.child.ts'), [], {
    execArgv: ['-r', join(__dirname, '..', '..', 'tools', 'ts-node-register.js')],
  });
  return new Promise((resolve, reject) => {
    child.on('message', (message: GetLoadMessage) => {
      if (message.kind === 'measuring') return measuring();
      child.kill();
      const { kind: _kind, ...result } = message;
      resolve(result);
    });
    child.once('error', reject);
    child.once('exit', (code) => code && reject(new Error(`load child exited with ${code}`)));
    child.send(job);
  });
}

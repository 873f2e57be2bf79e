import { Agent, request } from 'node:http';

export interface LatencyStats {
  count: number;
  meanMs: number;
  p50Ms: number;
  p95Ms: number;
}

export function stats(samplesMs: number[]): LatencyStats {
  const sorted = [...samplesMs].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
  const meanMs = sorted.reduce((sum, v) => sum + v, 0) / sorted.length;
  return { count: sorted.length, meanMs, p50Ms: at(0.5), p95Ms: at(0.95) };
}

/** Runs `once` sequentially (one connection) for `seconds` after a warm-up; returns each duration. */
export async function timeSequential(once: () => Promise<void>, seconds: number, warmup = 50): Promise<number[]> {
  for (let i = 0; i < warmup; i++) await once();
  const samples: number[] = [];
  const end = performance.now() + seconds * 1000;
  while (performance.now() < end) {
    const started = performance.now();
    await once();
    samples.push(performance.now() - started);
  }
  return samples;
}

/** A GET over one kept-alive connection; rejects on a non-2xx answer. */
export function httpGetter(baseUrl: string): (path: string) => Promise<void> {
  const agent = new Agent({ keepAlive: true, maxSockets: 1 });
  return (path) =>
    new Promise((resolve, reject) => {
      const req = request(`${baseUrl}${path}`, { agent }, (res) => {
        res.resume();
        res.on('end', () =>
          res.statusCode && res.statusCode < 300 ? resolve() : reject(new Error(`${path}: HTTP ${res.statusCode}`)),
        );
      });
      req.on('error', reject);
      req.end();
    });
}

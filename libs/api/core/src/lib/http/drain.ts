import type { Server } from 'node:http';
import type { INestApplication } from '@nestjs/common';
import { ShutdownState } from '../health/shutdown-state';

/** How often connections that went idle during the drain are closed. */
const IDLE_SWEEP_MS = 50;

/**
 * Stops taking work and lets what is in flight finish, within `graceMs`:
 * - health answers 503 at once (a load balancer stops sending);
 * - the server stops accepting connections and closes the idle keep-alive ones;
 * - every response from now on says `Connection: close`, so a client that keeps its connection
 *   busy gets its answer and then the connection ends (otherwise it could keep the server alive
 *   for as long as it keeps sending);
 * - connections that go idle are closed as they do.
 * Answers 'drained' when the last connection ended, or 'cut' when the grace ran out and the
 * connections still busy were closed.
 */
export async function drainHttpServer(app: INestApplication, graceMs: number): Promise<'drained' | 'cut'> {
  app.get(ShutdownState, { strict: false }).isShuttingDown = true;
  const server = app.getHttpServer() as Server;
  server.prependListener('request', (_request, response) => response.setHeader('Connection', 'close'));
  const closed = new Promise<'drained'>((resolve) => server.close(() => resolve('drained')));
  server.closeIdleConnections();
  const sweep = setInterval(() => server.closeIdleConnections(), IDLE_SWEEP_MS);
  let timer: NodeJS.Timeout | undefined;
  const graceOver = new Promise<'cut'>((resolve) => {
    timer = setTimeout(() => resolve('cut'), graceMs);
  });
  try {
    const outcome = await Promise.race([closed, graceOver]);
    if (outcome === 'cut') {
      server.closeAllConnections();
      await closed;
    }
    return outcome;
  } finally {
    clearInterval(sweep);
    clearTimeout(timer);
  }
}

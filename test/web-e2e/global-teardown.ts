import { e2eRun } from './global-setup';

/** Stops the app with SIGTERM, as a process manager would, and insists that it exits in time. */
export default async function globalTeardown(): Promise<void> {
  const app = e2eRun.__klApp;
  if (!app) return;
  const { exitCode, millis } = await app.stop();
  if (exitCode !== 0 || millis > 10_000) {
    throw new Error(`SIGTERM: exit code ${exitCode} after ${millis} ms (want 0 within 10 s)\n${app.output()}`);
  }
}

import { startBuiltApp, type RunningApp } from './support/app-server';

export const e2eRun = globalThis as typeof globalThis & { __klApp?: RunningApp };

export default async function globalSetup(): Promise<void> {
  const app = await startBuiltApp();
  e2eRun.__klApp = app;
  process.env['E2E_BASE_URL'] = app.baseUrl;
}

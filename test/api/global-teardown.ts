import { testRun } from './global-setup';

export default async function globalTeardown(): Promise<void> {
  await testRun.__klTestTeardown?.();
}

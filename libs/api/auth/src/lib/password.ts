import { hash, verify } from '@node-rs/argon2';

/**
 * argon2id with OWASP's minimum for it: m = 19 MiB, t = 2, p = 1. `algorithm: 2` is
 * `Algorithm.Argon2id`, a const enum the isolated-module build cannot inline.
 */
export const ARGON2ID_OPTIONS = { algorithm: 2, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export function hashPassword(password: string): Promise<string> {
  return hash(password, ARGON2ID_OPTIONS);
}

/** False for a wrong password and for a malformed stored hash (never throws on bad input). */
export async function verifyPassword(storedHash: string, password: string): Promise<boolean> {
  try {
    return await verify(storedHash, password);
  } catch {
    return false;
  }
}

let dummyHash: Promise<string> | undefined;

/**
 * Verifies `password` against `storedHash`, or, when there is no account or no password, against a
 * dummy hash with the same parameters, so that an unknown e-mail costs as much time as a wrong
 * password and the two cannot be told apart.
 */
export async function verifyOrBurn(storedHash: string | null | undefined, password: string): Promise<boolean> {
  if (storedHash) {
    return verifyPassword(storedHash, password);
  }
  dummyHash ??= hashPassword('kl-dummy-password-for-constant-time');
  await verifyPassword(await dummyHash, password);
  return false;
}

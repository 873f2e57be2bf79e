import { Client } from 'pg';
import { timeSequential } from './measure';

export interface Statement {
  /** Set for a named prepared statement. */
  name?: string;
  text: string;
  values: unknown[];
}

/**
 * Records every statement the application sends through `pg` while `body` runs (the app runs in
 * this process, so wrapping Client.prototype.query sees the pool's clients too).
 */
export async function recordStatements(body: () => Promise<unknown>): Promise<Statement[]> {
  const proto = Client.prototype as unknown as { query: (...args: unknown[]) => unknown };
  const original = proto.query;
  const seen: Statement[] = [];
  proto.query = function (this: unknown, ...args: unknown[]) {
    const [first, second] = args;
    if (typeof first === 'string')
      seen.push({ text: first, values: Array.isArray(second) ? second : [] });
    else if (first && typeof first === 'object' && 'text' in first) {
      const config = first as { name?: string; text: string; values?: unknown[] };
      seen.push({
        name: config.name,
        text: config.text,
        values: config.values ?? (Array.isArray(second) ? second : []),
      });
    }
    return original.apply(this, args);
  };
  try {
    await body();
  } finally {
    proto.query = original;
  }
  return seen.filter((s) => s.text.trim().length > 0);
}

/**
 * Times `statements` replayed in order on one raw pg connection as the application's role (so
 * row-level security applies as it does to the app): the baseline without HTTP, Nest or TypeORM.
 */
export async function timeReplay(
  databaseUrl: string,
  statements: readonly Statement[],
  seconds: number,
  warmup: number,
): Promise<number[]> {
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query('SET ROLE kl_app');
    return await timeSequential(
      async () => {
        for (const s of statements)
          await client.query({ name: s.name, text: s.text, values: s.values });
      },
      seconds,
      warmup,
    );
  } finally {
    await client.end();
  }
}

import { createHash } from 'node:crypto';
import type { Pool, QueryResultRow } from 'pg';
import type { DataSource, EntityManager } from 'typeorm';
import type { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver';

const names = new Map<string, string>();

/** A stable name for the prepared statement of `sql`: the same text always gets the same name. */
export function preparedStatementName(sql: string): string {
  let name = names.get(sql);
  if (!name) {
    name = `kl_${createHash('sha256').update(sql).digest('hex').slice(0, 24)}`;
    names.set(sql, name);
  }
  return name;
}

/**
 * `query` as a named prepared statement: PostgreSQL parses and plans it once per connection and
 * then reuses a generic plan, where an unnamed statement is planned at every call (over a
 * millisecond for the scope CTEs and row-level security of a save's lookup). For hot statements
 * whose best plan does not depend on the values; not for reports over very different scopes.
 */
export function queryPrepared<T>(
  runner: EntityManager | DataSource,
  sql: string,
  params: unknown[],
): Promise<T[]> {
  // pg takes a { name, text } config where TypeORM passes the SQL on unchanged.
  const statement = { name: preparedStatementName(sql), text: sql };
  return runner.query(statement as unknown as string, params);
}

/**
 * {@link queryPrepared} straight on the data source's pg pool, outside any transaction: for the one
 * statement that runs before every request (the session lookup), without a TypeORM query runner
 * made and released around it. Errors are pg's own (with their SQLSTATE), as the error filter reads them.
 */
export async function queryPreparedOnPool<T>(dataSource: DataSource, sql: string, params: unknown[]): Promise<T[]> {
  const pool = (dataSource.driver as PostgresDriver).master as Pool;
  const result = await pool.query<T & QueryResultRow>({ name: preparedStatementName(sql), text: sql, values: params });
  return result.rows;
}

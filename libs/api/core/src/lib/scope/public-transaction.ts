import type { EntityManager } from 'typeorm';

/**
 * The public's read of published national tables ({@link ScopedData.publishedAggregates}): no
 * session, no actor, a read-only transaction on the aggregate connection. Only publications are
 * read through it; the database role behind it reaches no table that names a person.
 */
export class PublicTransaction {
  constructor(private readonly manager: EntityManager) {}

  query<T>(sql: string, params: unknown[] = []): Promise<T[]> {
    return this.manager.query(sql, params);
  }
}

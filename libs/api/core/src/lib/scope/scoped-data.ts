import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { Actor } from '../auth/actor';
import { AGGREGATE_CONNECTION } from '../database/aggregate-connection';
import { inTenantTransaction } from '../database/tenant-transaction';
import { NotFoundError } from '../errors/domain-error';
import type { KommunScope } from './access-scope';
import { AggregateTransaction } from './aggregate-transaction';
import { KeptAggregates } from './kept-aggregates';
import { KommunTransaction } from './kommun-transaction';
import { PublicTransaction } from './public-transaction';

/** What every transaction offers the domains that serve both tiers (frameworks). */
export type TierTransaction = KommunTransaction | AggregateTransaction;

/**
 * The one entry point to the data (docs/scope.md). Each path applies the caller's
 * {@link AccessScope}: the kommun roles get a transaction in their kommun with its staff and unit
 * filters; the national and regional analysts get the aggregate connection, which the database
 * itself bars from every table that names a person; anyone else gets 404.
 */
@Injectable()
export class ScopedData {
  constructor(
    @InjectDataSource() private readonly app: DataSource,
    @InjectDataSource(AGGREGATE_CONNECTION) private readonly aggregates: DataSource,
    private readonly kept: KeptAggregates,
  ) {}

  /** Work in the caller's kommun, within their reach; 404 (`what` not found) for a caller without a kommun. */
  inKommun<T>(
    actor: Actor,
    work: (tx: KommunTransaction) => Promise<T>,
    what = 'Record',
  ): Promise<T> {
    const scope = actor.scope;
    if (scope.kind !== 'kommun') return Promise.reject(new NotFoundError(what));
    return this.kommunTransaction(scope, actor.userId, actor.staffMemberId, work);
  }

  /** Work on aggregates for a national or regional analyst; 404 for anyone else. */
  inAggregates<T>(
    actor: Actor,
    work: (tx: AggregateTransaction) => Promise<T>,
    what = 'Record',
  ): Promise<T> {
    const scope = actor.scope;
    if (scope.kind !== 'national' && scope.kind !== 'county')
      return Promise.reject(new NotFoundError(what));
    return this.aggregates.transaction(async (manager) => {
      await manager.query("SELECT set_config('app.county_code', $1, true)", [
        scope.kind === 'county' ? scope.countyCode : '',
      ]);
      return work(new AggregateTransaction(manager, scope, actor.userId));
    });
  }

  /**
   * An aggregate read that the process keeps until anything it is read from changes
   * ({@link KeptAggregates}); `key` names the read within the caller's tier (national or their län).
   */
  keptAggregates<T>(
    actor: Actor,
    key: string,
    work: (tx: AggregateTransaction) => Promise<T>,
    what = 'Record',
  ): Promise<T> {
    const tier = aggregateTier(actor);
    if (!tier) return Promise.reject(new NotFoundError(what));
    return this.kept.read(`${tier}|${key}`, () => this.inAggregates(actor, work, what));
  }

  /**
   * Another form of kept aggregate reads (e.g. a table's serialised JSON), made by `derive` and kept
   * like them under the caller's tier, until anything they are read from changes.
   */
  keptAggregateForm<T>(actor: Actor, key: string, derive: () => Promise<T>, what = 'Record'): Promise<T> {
    const tier = aggregateTier(actor);
    if (!tier) return Promise.reject(new NotFoundError(what));
    return this.kept.read(`${tier}|form|${key}`, derive);
  }

  /**
   * The public path (no sign-in): published national tables only, read in a read-only transaction
   * on the aggregate connection and kept in the process like the analysts' tables (under `public|`).
   */
  publishedAggregates<T>(key: string, work: (tx: PublicTransaction) => Promise<T>): Promise<T> {
    return this.kept.read(`public|${key}`, () =>
      this.aggregates.transaction(async (manager) => {
        await manager.query('SET TRANSACTION READ ONLY');
        return work(new PublicTransaction(manager));
      }),
    );
  }

  /** The caller's own tier: their kommun for the kommun roles, the aggregates for the analysts. */
  inOwnTier<T>(
    actor: Actor,
    work: (tx: TierTransaction) => Promise<T>,
    what = 'Record',
  ): Promise<T> {
    return actor.scope.kind === 'kommun'
      ? this.inKommun(actor, work, what)
      : this.inAggregates(actor, work, what);
  }

  /**
   * The system administrator's work on one kommun's accounts: the kommun's transaction without
   * any staff record in reach (they keep tenants and accounts, never competence data).
   */
  forKommunAccounts<T>(
    actor: Actor,
    municipalityId: string,
    work: (tx: KommunTransaction) => Promise<T>,
  ): Promise<T> {
    if (actor.role !== 'system_admin') return Promise.reject(new NotFoundError('Municipality'));
    return this.kommunTransaction(
      { kind: 'kommun', municipalityId, staff: { kind: 'none' } },
      actor.userId,
      null,
      work,
    );
  }

  /** The application's own work in one kommun (the round clock): everyone in reach, audited without an actor. */
  asApplication<T>(
    municipalityId: string,
    work: (tx: KommunTransaction) => Promise<T>,
  ): Promise<T> {
    return this.kommunTransaction(
      { kind: 'kommun', municipalityId, staff: { kind: 'all' } },
      null,
      null,
      work,
    );
  }

  private kommunTransaction<T>(
    scope: KommunScope,
    actorUserId: string | null,
    selfStaffMemberId: string | null,
    work: (tx: KommunTransaction) => Promise<T>,
  ): Promise<T> {
    return inTenantTransaction(this.app, scope.municipalityId, (manager) =>
      work(new KommunTransaction(manager, scope, actorUserId, selfStaffMemberId)),
    );
  }
}

/** The analysts' tier a kept read belongs to (national, or one län), or null for anyone else. */
function aggregateTier(actor: Actor): string | null {
  const scope = actor.scope;
  if (scope.kind === 'national') return 'national';
  return scope.kind === 'county' ? `county:${scope.countyCode}` : null;
}

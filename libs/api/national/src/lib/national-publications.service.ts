import { Injectable } from '@nestjs/common';
import { type Actor, type AggregateTransaction, KeptAggregates, NotFoundError, ScopedData, ValidationFailedError } from '@kl/api/core';
import {
  type NationalPublication,
  type NationalTableFilters,
  type NationalTableName,
  type PublicationPreview,
  type PublishedRound,
  type PublishedTable,
} from '@kl/shared/contracts';
import { DISCLOSURE_POLICY, publishNationalFamily } from '@kl/shared/util';
import { NationalRoundNotClosedError, PublicationInProgressError } from './national.errors';
import { publicFilter } from './public-filter';
import { loadNationalRound, nationalRoundStatus, type NationalRoundRow } from './national-round-row';
import {
  insertPublication,
  listPublications,
  loadFamily,
  publicationCount,
  publishedRounds,
  publishedTable,
  tryLockPublication,
} from './publication.queries';

/**
 * Publication of closed national rounds with disclosure control (docs/national.md §6), and the
 * public routes served from the latest publication of a round.
 */
@Injectable()
export class NationalPublicationsService {
  constructor(
    private readonly data: ScopedData,
    private readonly kept: KeptAggregates,
  ) {}

  preview(actor: Actor, code: string): Promise<PublicationPreview> {
    return this.data.inAggregates(
      actor,
      async (tx) => {
        const round = await loadNationalRound(tx, code);
        const published = publishNationalFamily(await loadFamily(tx, round), DISCLOSURE_POLICY);
        return { round: round.code, policy: { ...DISCLOSURE_POLICY }, ...published };
      },
      'National round',
    );
  }

  publish(actor: Actor, code: string, note: string | undefined): Promise<NationalPublication> {
    return this.data
      .inAggregates(actor, (tx) => publishNationalRound(tx, code, note ?? null), 'National round')
      .finally(() => this.kept.forget());
  }

  list(actor: Actor, code: string): Promise<NationalPublication[]> {
    return this.data.inAggregates(actor, async (tx) => listPublications(tx, await loadNationalRound(tx, code)), 'National round');
  }

  publicRounds(): Promise<PublishedRound[]> {
    return this.data.publishedAggregates('rounds', (tx) => publishedRounds(tx));
  }

  /** One filter at a time (`publicFilter`): combinations are not published. */
  async publicTable(code: string, table: NationalTableName, filters: NationalTableFilters): Promise<PublishedTable> {
    const filter = publicFilter(filters);
    return this.data.publishedAggregates(`table|${code}|${table}|${filter.key}`, async (tx) => {
      const found = await publishedTable(tx, code, filter.key, table);
      if (!found) throw new NotFoundError('Published national round');
      // No body: a filter the publication has no tables for, or a table newer than the publication.
      if (!found.body && !filter.name) throw new NotFoundError('Published national table');
      if (!found.body) throw new ValidationFailedError({ [filter.name ?? 'filter']: 'invalid_value' });
      // The stored body is the table of that name (`PublishedTables[table]`).
      return { round: code, table, filters: filter.filters, policy: { version: found.version }, ...found.body } as unknown as PublishedTable;
    });
  }
}

/**
 * Publishes a closed round: every filter's tables with disclosure control, stored with the policy,
 * audited. A correction (any publication after the first) needs a note that says what changed.
 * Exported for the demo seed, which publishes as the application.
 */
export async function publishNationalRound(tx: AggregateTransaction, code: string, note: string | null): Promise<NationalPublication> {
  const round: NationalRoundRow = await loadNationalRound(tx, code);
  if (nationalRoundStatus(round) !== 'closed') throw new NationalRoundNotClosedError(code);
  if (!(await tryLockPublication(tx, round))) throw new PublicationInProgressError(code);
  if (!note && (await publicationCount(tx, round)) > 0) throw new ValidationFailedError({ note: 'required' });
  const published = publishNationalFamily(await loadFamily(tx, round), DISCLOSURE_POLICY);
  const publication = await insertPublication(tx, round, {
    policy: { ...DISCLOSURE_POLICY },
    note: note || null,
    tables: published.tables,
    counts: published.counts,
  });
  const { id, ...after } = publication;
  await tx.audit({ entityType: 'national_publication', entityId: id, action: 'publish', before: null, after });
  return publication;
}

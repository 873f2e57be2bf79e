import { Injectable } from '@nestjs/common';
import { type Actor, type AggregateTransaction, NotFoundError, ScopedData, SqlParams } from '@kl/api/core';
import type { NamedCode, NationalTableName, RegionalOverview, RegionalRound, RegionalTable } from '@kl/shared/contracts';
import { exactShare } from '@kl/shared/util';
import { ISO } from './publication.queries';
import { asPublishedTable, type LatestPublication } from './comparison.queries';
import { nationalRoundStatus } from './national-round-row';

/**
 * The regional analyst's view of their län (docs/national.md §8): the response rate of every
 * national round, which kommuner submitted, and the published (suppressed) tables of the län beside
 * the nation's. Never the analysts' exact tables: only publications are read for figures.
 */
@Injectable()
export class RegionalService {
  constructor(private readonly data: ScopedData) {}

  overview(actor: Actor): Promise<RegionalOverview> {
    // Not kept: a round's status follows the date.
    return this.data.inAggregates(actor, async (tx) => {
      const county = await ownCounty(tx);
      const p = new SqlParams();
      const rows = await tx.query<{
        code: string;
        referenceDate: string;
        opensOn: string;
        closesOn: string;
        publishedAt: string | null;
        kommuner: { kommunkod: string; name: string; submitted: boolean }[];
      }>(
        `SELECT r.code, r.framework_id AS "frameworkId", r.reference_date::text AS "referenceDate", r.opens_on::text AS "opensOn", r.closes_on::text AS "closesOn",
                (SELECT ${ISO('max(p.published_at)')} FROM national_publication p WHERE p.national_round_id = r.id) AS "publishedAt",
                (SELECT coalesce(json_agg(json_build_object(
                          'kommunkod', m.code::text, 'name', m.name,
                          'submitted', EXISTS (SELECT 1 FROM national_submission s
                                               WHERE s.national_round_id = r.id AND s.municipality_id = m.id AND s.replaced_at IS NULL))
                          ORDER BY m.code), '[]')
                 FROM municipality m JOIN county c ON c.id = m.county_id WHERE ${tx.countyFilter(p, 'c.code')}) AS kommuner
         FROM national_round r ORDER BY r.reference_date DESC, r.code`,
        p,
      );
      const rounds: RegionalRound[] = rows.map((r) => {
        const submitted = r.kommuner.filter((k) => k.submitted).length;
        return {
          code: r.code,
          referenceDate: r.referenceDate,
          status: nationalRoundStatus(r),
          publishedAt: r.publishedAt,
          rate: {
            code: county.code,
            name: county.name,
            submitted,
            kommuner: r.kommuner.length,
            rate: exactShare(BigInt(submitted), BigInt(r.kommuner.length)),
          },
          kommuner: r.kommuner,
        };
      });
      return { county, rounds };
    });
  }

  table(actor: Actor, code: string, table: NationalTableName): Promise<RegionalTable> {
    return this.data.keptAggregates(
      actor,
      `regional-table|${code}|${table}`,
      async (tx) => {
        const county = await ownCounty(tx);
        const [publication] = await tx.query<LatestPublication & { frameworkId: string; lan: object | null; national: object }>(
          `SELECT r.code, r.framework_id AS "frameworkId", r.reference_date::text AS "referenceDate", ${ISO('p.published_at')} AS "publishedAt", p.sequence,
                  p.policy->>'version' AS version, p.tables -> 'all' -> $2 AS national, p.tables -> $3 -> $2 AS lan
           FROM national_round r
           JOIN LATERAL (SELECT * FROM national_publication p WHERE p.national_round_id = r.id ORDER BY p.sequence DESC LIMIT 1) p ON true
           WHERE r.code = $1`,
          [code, table, `lan=${county.code}`],
        );
        if (!publication?.lan) throw new NotFoundError('Published national round');
        return {
          round: publication.code,
          frameworkId: publication.frameworkId,
          table,
          publishedAt: publication.publishedAt,
          policy: { version: publication.version },
          county,
          lan: asPublishedTable(publication, table, { lan: county.code }, publication.lan),
          national: asPublishedTable(publication, table, {}, publication.national),
        };
      },
      'Published national round',
    );
  }
}

/** The regional analyst's län; the national tier has none here. */
async function ownCounty(tx: AggregateTransaction): Promise<NamedCode> {
  if (tx.scope.kind !== 'county') throw new NotFoundError('County');
  const [county] = await tx.query<NamedCode>(`SELECT code::text AS code, name FROM county WHERE code = $1`, [tx.scope.countyCode]);
  if (!county) throw new NotFoundError('County');
  return county;
}

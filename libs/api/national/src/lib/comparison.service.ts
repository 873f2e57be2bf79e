import { Injectable } from '@nestjs/common';
import { type Actor, type KommunTransaction, NotFoundError, ScopedData } from '@kl/api/core';
import type {
  ComparisonRound,
  ComparisonTrend,
  ComparisonTrendPoint,
  NationalTable,
  NationalTableName,
  TableComparison,
} from '@kl/shared/contracts';
import { type AggregateCell, CellIndex, areaRows, caseworkerFigures, indicatorRows, teamLeaderFigures, staffingFigures, topicRows, trainingFigures } from '@kl/shared/util';
import {
  asPublishedTable,
  latestPublications,
  ownCellsAsPublished,
  ownSubmissionAsPublished,
  ownKommun,
  publishedBodies,
  publishedTrendSources,
} from './comparison.queries';
import { loadNationalRound } from './national-round-row';
import { loadTopics } from './national-tables.service';

/**
 * A kommun administrator's comparison (docs/national.md §8): the kommun's own column, exact, from
 * its submission as the publication counted it, beside the published (suppressed) national, län
 * and kommungrupp values; and the trend of its own column against the nation's over published
 * rounds. The own column is read in the kommun's transaction; the rest is the public publication.
 */
@Injectable()
export class ComparisonService {
  constructor(private readonly data: ScopedData) {}

  rounds(actor: Actor): Promise<ComparisonRound[]> {
    return this.data.inKommun(actor, async (tx) => {
      const published = await this.data.publishedAggregates('comparison-rounds', (p) => latestPublications(p));
      const rounds: ComparisonRound[] = [];
      for (const { publishedAtExact, version, ...publication } of published) {
        const round = await loadNationalRound(tx, publication.code);
        const included = await ownSubmissionAsPublished(tx, round.id, publishedAtExact);
        rounds.push({ ...publication, policy: { version }, included: included !== null });
      }
      return rounds;
    });
  }

  table(actor: Actor, code: string, table: NationalTableName): Promise<TableComparison> {
    return this.data.inKommun(
      actor,
      async (tx) => {
        const round = await loadNationalRound(tx, code);
        const { kommun, county, group } = await ownKommun(tx, round.classificationId);
        const lanKey = `lan=${county.code}`;
        const groupKey = group ? `kommungrupp=${group.code}` : null;
        const publication = await this.data.publishedAggregates(`comparison|${code}|${table}|${lanKey}|${groupKey}`, (p) =>
          publishedBodies(p, code, table, ['all', lanKey, groupKey]),
        );
        if (!publication) throw new NotFoundError('Published national round');
        const [national, lan, kommungrupp] = publication.bodies;
        const cells = await ownCellsAsPublished(tx, round, publication.publishedAtExact);
        const published = (filters: Record<string, string>, body: object | null) =>
          body ? asPublishedTable(publication, table, filters, body) : null;
        return {
          round: round.code,
          frameworkId: round.frameworkId,
          table,
          publishedAt: publication.publishedAt,
          policy: { version: publication.version },
          kommun,
          county,
          group,
          own: cells ? await ownTable(tx, round, table, cells) : null,
          national: asPublishedTable(publication, table, {}, national ?? {}),
          lan: published({ lan: county.code }, lan),
          kommungrupp: group ? published({ kommungrupp: group.code }, kommungrupp) : null,
        };
      },
      'National round',
    );
  }

  trend(actor: Actor, code: string): Promise<ComparisonTrend> {
    return this.data.inKommun(
      actor,
      async (tx) => {
        const target = await loadNationalRound(tx, code);
        const sources = await this.data.publishedAggregates(`comparison-trend|${code}`, (p) => publishedTrendSources(p, code));
        if (!sources.some((s) => s.code === target.code)) throw new NotFoundError('Published national round');
        const topics = await loadTopics(tx, target.frameworkId);
        const areas = [...new Set(topics.map((t) => t.area))];
        const topicPoints = new Map(topics.map((t) => [t.code, [] as ComparisonTrendPoint[]]));
        const areaPoints = new Map(areas.map((a) => [a, [] as ComparisonTrendPoint[]]));
        for (const source of sources) {
          const round = await loadNationalRound(tx, source.code);
          const roundTopics = await loadTopics(tx, round.frameworkId);
          const cells = await ownCellsAsPublished(tx, round, source.publishedAtExact);
          const index = cells ? new CellIndex(cells) : null;
          const ownTopics = index ? new Map(topicRows(roundTopics, index).map((r) => [r.topic, r.share])) : null;
          const ownAreas = index ? new Map(areaRows(roundTopics, index).map((r) => [r.area, r.pooledShare])) : null;
          const nationalTopics = new Map((source.topics ?? []).map((r) => [r.topic, r.share]));
          const nationalAreas = new Map((source.areas ?? []).map((r) => [r.area, r.pooledShare]));
          for (const [topic, points] of topicPoints) {
            points.push({ round: source.code, own: ownTopics?.get(topic) ?? null, national: nationalTopics.get(topic) ?? null });
          }
          for (const [area, points] of areaPoints) {
            points.push({ round: source.code, own: ownAreas?.get(area) ?? null, national: nationalAreas.get(area) ?? null });
          }
        }
        return {
          round: target.code,
          frameworkId: target.frameworkId,
          rounds: sources.map((s) => ({ code: s.code, referenceDate: s.referenceDate, publishedAt: s.publishedAt })),
          areas: areas.map((area) => ({ area, points: areaPoints.get(area) ?? [] })),
          topics: topics.map((t) => ({ topic: t.code, area: t.area, points: topicPoints.get(t.code) ?? [] })),
        };
      },
      'National round',
    );
  }
}

/** The kommun's own table, exact, in the national tables' shapes (its N is 1 or 0). */
async function ownTable(
  tx: KommunTransaction,
  round: { code: string; frameworkId: string },
  table: NationalTableName,
  cells: readonly AggregateCell[],
): Promise<NationalTable> {
  const index = new CellIndex(cells);
  const base = { round: round.code, filters: {}, policy: null };
  switch (table) {
    case 'topics':
      return { ...base, table, rows: topicRows(await loadTopics(tx, round.frameworkId), index) };
    case 'areas':
      return { ...base, table, rows: areaRows(await loadTopics(tx, round.frameworkId), index) };
    case 'caseworkers':
      return { ...base, table, ...caseworkerFigures(index) };
    case 'team-leaders':
      return { ...base, table, ...teamLeaderFigures(index) };
    case 'indicators':
      return { ...base, table, rows: indicatorRows(index) };
    case 'training':
      return { ...base, table, ...trainingFigures(await loadTopics(tx, round.frameworkId), index) };
    case 'staffing':
      return { ...base, table, ...staffingFigures(index) };
  }
}

import { Injectable } from '@nestjs/common';
import { type Actor, ScopedData } from '@kl/api/core';
import {
  type RoundScopeQuery,
  SERVICE_AREA_CODES,
  type ServiceAreaHeadline,
  type ServiceAreaOverview,
} from '@kl/shared/contracts';
import { groupDistributions, roundDashboardFigures } from '@kl/shared/util';
import { indexOf, oneYearBefore, populationLevels, readFilter, toStaffInput } from './dashboard.service';
import { ROUND_SELECT, roundRef, type RoundRow } from './round-row';
import { loadTopics, type TopicRow } from './topics';

/**
 * The kommun overview across service areas (one round per service area): each area's newest
 * round that has opened, with its headline figures for one group of staff in the caller's reach.
 * Two queries whatever the number of areas (the topics of published versions are read once per process).
 */
@Injectable()
export class ServiceAreasService {
  constructor(private readonly data: ScopedData) {}

  overview(actor: Actor, query: RoundScopeQuery = {}): Promise<ServiceAreaOverview> {
    return this.data.inKommun(actor, async (tx) => {
      const filter = await readFilter(tx, query);
      const rounds = await tx.query<RoundRow>(
        `SELECT * FROM (
           ${ROUND_SELECT} WHERE r.municipality_id = $1 AND r.status <> 'planned'
         ) newest
         WHERE NOT EXISTS (
           SELECT 1 FROM inventory_round later JOIN competence_framework lf ON lf.id = later.framework_id
           WHERE later.municipality_id = $1 AND later.status <> 'planned' AND lf.service_area_id = newest."serviceAreaId"
             AND (later.reference_date::text, later.name) > (newest."referenceDate", newest.name))`,
        [tx.municipalityId],
      );
      const topicsOf = new Map<string, readonly TopicRow[]>();
      for (const round of rounds) topicsOf.set(round.frameworkId, await loadTopics(tx.manager, round.frameworkId));
      const rows = await populationLevels(tx, rounds, indexOf([...topicsOf.values()]), filter);
      const headlines = rounds.map((round): ServiceAreaHeadline => {
        const topics = topicsOf.get(round.frameworkId) as readonly TopicRow[];
        const staff = rows.filter((row) => row.roundId === round.id).map((row) => toStaffInput(row, topics.length));
        const figures = roundDashboardFigures(topics, staff, { newStaffSince: oneYearBefore(round.referenceDate) });
        const [overall] = groupDistributions(staff, [topics.map((_topic, i) => i)]);
        return {
          serviceAreaCode: round.serviceAreaCode,
          round: roundRef(round),
          frameworkCode: round.frameworkCode,
          frameworkVersion: round.frameworkVersion,
          topicCount: topics.length,
          coverage: figures.coverage,
          overall,
          weakestTopic: weakest(figures.areas.flatMap((area) => area.topics)),
        };
      });
      return {
        staffRole: filter.staffRole,
        serviceAreas: headlines
          .filter((headline) => headline.coverage.staff > 0)
          .sort((a, b) => SERVICE_AREA_CODES.indexOf(a.serviceAreaCode) - SERVICE_AREA_CODES.indexOf(b.serviceAreaCode)),
      };
    });
  }
}

function weakest(topics: readonly { code: string; name: string; shares: { insufficient: string | null } }[]): ServiceAreaHeadline['weakestTopic'] {
  let found: ServiceAreaHeadline['weakestTopic'] = null;
  for (const topic of topics) {
    const share = topic.shares.insufficient;
    // Shares have one decimal: comparing them as numbers is exact enough to pick the largest.
    if (share !== null && Number(share) > 0 && (!found || Number(share) > Number(found.insufficientShare))) {
      found = { code: topic.code, name: topic.name, insufficientShare: share };
    }
  }
  return found;
}

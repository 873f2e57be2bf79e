import { Injectable } from '@nestjs/common';
import { type Actor, type KommunTransaction, ScopedData } from '@kl/api/core';
import {
  type CrosswalkEntry,
  type RoundDashboard,
  type RoundScopeQuery,
  type RoundTrend,
  TREND_ROUNDS_MAX,
  type TrendTopicNote,
} from '@kl/shared/contracts';
import {
  carryOverFigures,
  type DashboardStaffInput,
  type FrameworkVersionLink,
  lineageByCode,
  roundDashboardFigures,
  topicLineage,
} from '@kl/shared/util';
import { decodeLevels } from './cell-levels';
import {
  type PopulationFilter,
  populationCte,
  populationFilter,
  type TopicIndex,
} from './round-population';
import { loadRound, ROUND_SELECT, roundRef, type RoundRow } from './round-row';
import { groupByArea, loadTopics, type TopicRow } from './topics';

@Injectable()
export class DashboardService {
  constructor(private readonly data: ScopedData) {}

  /**
   * A round's figures for one group of its population in the caller's reach (a unit and its
   * subunits with `unitId`): the people with their leader values in one query (frozen once the
   * round closed), the figures from a pure function. The named lists are logged as a read.
   */
  dashboard(actor: Actor, roundId: string, query: RoundScopeQuery = {}): Promise<RoundDashboard> {
    return this.data.inKommun(
      actor,
      async (tx) => {
        const round = await loadRound(tx, roundId);
        const filter = await readFilter(tx, query);
        const topics = await loadTopics(tx.manager, round.frameworkId);
        const rows = await populationLevels(tx, [round], indexOf([topics]), filter);
        const figures = roundDashboardFigures(
          topics,
          rows.map((row) => toStaffInput(row, topics.length)),
          { newStaffSince: oneYearBefore(round.referenceDate) },
        );
        // A person erased since the round closed still counts, but has no name to list.
        const named = <T extends { staffMemberId: string }>(refs: T[]) =>
          refs.filter((ref) => ref.staffMemberId);
        const staleness = {
          notAssessed: named(figures.staleness.notAssessed),
          newStaff: named(figures.staleness.newStaff),
        };
        await tx.recordRead(
          'round_overview',
          [...staleness.notAssessed, ...staleness.newStaff].map((ref) => ref.staffMemberId),
        );
        return { round: roundRef(round), staffRole: filter.staffRole, ...figures, staleness };
      },
      'Inventory round',
    );
  }

  /**
   * The distribution per area and topic in each opened round of the same service area up to this one, each from its own
   * population (frozen for closed rounds) in the caller's reach, in this round's topics: an
   * earlier framework version is carried over through the crosswalk, and every topic whose series
   * crosses a change is labelled. Four queries whatever the number of rounds and staff.
   */
  trend(actor: Actor, roundId: string, query: RoundScopeQuery = {}): Promise<RoundTrend> {
    return this.data.inKommun(
      actor,
      async (tx) => {
        const anchor = await loadRound(tx, roundId);
        const filter = await readFilter(tx, query);
        const rounds = (
          await tx.query<RoundRow>(
            `${ROUND_SELECT}
             WHERE r.municipality_id = $1 AND r.status <> 'planned' AND (r.reference_date, r.id) <= ($2::date, $3::uuid)
               AND f.service_area_id = $5
             ORDER BY r.reference_date DESC, r.id DESC LIMIT $4`,
            [tx.municipalityId, anchor.referenceDate, anchor.id, TREND_ROUNDS_MAX, anchor.serviceAreaId],
          )
        ).reverse();
        const frameworkIds = [
          ...new Set([anchor.frameworkId, ...rounds.map((r) => r.frameworkId)]),
        ];
        const topicsOf = new Map<string, readonly TopicRow[]>();
        for (const id of frameworkIds) topicsOf.set(id, await loadTopics(tx.manager, id));
        const versions = await frameworkChain(tx, anchor.frameworkId);
        const rows = await populationLevels(tx, rounds, indexOf([...topicsOf.values()]), filter);

        const anchorTopics = topicsOf.get(anchor.frameworkId) as readonly TopicRow[];
        const anchorCodes = anchorTopics.map((t) => t.code);
        const anchorAreas = groupByArea(anchorTopics);
        const notes = new Map<string, TrendTopicNote>();
        const trendRounds = rounds.map((round) => {
          const topics = topicsOf.get(round.frameworkId) as readonly TopicRow[];
          const staff = rows
            .filter((row) => row.roundId === round.id)
            .map((row) => toStaffInput(row, topics.length));
          const { id, name, status, referenceDate } = round;
          const base = {
            round: { id, name, status, referenceDate },
            frameworkVersion: round.frameworkVersion,
          };
          if (round.frameworkId === anchor.frameworkId) {
            const { areas } = roundDashboardFigures(topics, staff, {
              newStaffSince: round.referenceDate,
            });
            return { ...base, unmeasuredTopicCodes: [], areas };
          }
          const codes = topics.map((t) => t.code);
          const lineage =
            topicLineage(anchorCodes, anchor.frameworkId, round.frameworkId, versions) ??
            lineageByCode(anchorCodes, codes);
          for (const [topicCode, { kind, sources }] of lineage) {
            if (kind === 'same') continue;
            const note = notes.get(topicCode) ?? { topicCode, rounds: [] };
            note.rounds.push({ roundId: round.id, kind, previousTopicCodes: sources });
            notes.set(topicCode, note);
          }
          return { ...base, ...carryOverFigures(anchorAreas, lineage, codes, staff) };
        });
        return {
          staffRole: filter.staffRole,
          rounds: trendRounds,
          notes: anchorCodes.flatMap((code) =>
            notes.has(code) ? [notes.get(code) as TrendTopicNote] : [],
          ),
        };
      },
      'Inventory round',
    );
  }
}

export async function readFilter(
  tx: KommunTransaction,
  query: RoundScopeQuery,
): Promise<PopulationFilter> {
  return {
    staffRole: query.staffRole ?? 'caseworker',
    within: query.unitId ? await tx.unitSubtree(query.unitId) : undefined,
  };
}

export type PopulationLevelsRow = Omit<DashboardStaffInput, 'values'> & {
  roundId: string;
  levels: string | null;
};

/** One group of each round's population in the caller's reach, with each person's leader levels (compact). */
export async function populationLevels(
  tx: KommunTransaction,
  rounds: readonly RoundRow[],
  topics: TopicIndex,
  filter: PopulationFilter,
): Promise<PopulationLevelsRow[]> {
  if (rounds.length === 0) return [];
  const p = tx.params();
  const population = populationCte(p, rounds, topics);
  const where = populationFilter(tx, p, filter);
  return tx.query<PopulationLevelsRow>(
    `WITH ${population}
     SELECT pop.round_id AS "roundId", coalesce(pop.staff_member_id::text, '') AS "staffMemberId",
            coalesce(pop.first_name, '') AS "firstName", coalesce(pop.last_name, '') AS "lastName",
            pop.unit_id AS "unitId", pop.unit_name AS "unitName", pop.fte::text AS fte,
            pop.employment_start::text AS "employmentStart", pop.levels
     FROM population pop
     WHERE ${where}
     ORDER BY pop.last_name, pop.first_name, pop.staff_member_id`,
    p,
  );
}

/** Every topic of the frameworks with its index in its own framework's order. */
export function indexOf(frameworks: readonly (readonly TopicRow[])[]): TopicIndex {
  return {
    ids: frameworks.flatMap((topics) => topics.map((t) => t.id)),
    indexes: frameworks.flatMap((topics) => topics.map((_t, i) => i)),
  };
}

/** The version a framework was copied from, and that one's, back to the first, with their crosswalks. */
async function frameworkChain(
  tx: KommunTransaction,
  frameworkId: string,
): Promise<Map<string, FrameworkVersionLink>> {
  const rows = await tx.query<{
    id: string;
    basedOnId: string | null;
    crosswalk: CrosswalkEntry[];
  }>(
    `WITH RECURSIVE chain(id, based_on_id, depth) AS (
       SELECT id, based_on_id, 0 FROM competence_framework WHERE id = $1
       UNION ALL
       SELECT f.id, f.based_on_id, c.depth + 1 FROM competence_framework f JOIN chain c ON f.id = c.based_on_id
       WHERE c.depth < 50)
     SELECT c.id, c.based_on_id AS "basedOnId",
            coalesce((SELECT json_agg(json_build_object('topicCode', e.topic_code, 'previousTopicCode', e.previous_topic_code,
                                                        'kind', e.kind) ORDER BY e.position)
                      FROM competence_crosswalk_entry e WHERE e.framework_id = c.id), '[]') AS crosswalk
     FROM chain c`,
    [frameworkId],
  );
  return new Map(rows.map((row) => [row.id, row]));
}

export function toStaffInput(row: PopulationLevelsRow, topicCount: number): DashboardStaffInput {
  return {
    staffMemberId: row.staffMemberId,
    firstName: row.firstName,
    lastName: row.lastName,
    unitId: row.unitId,
    unitName: row.unitName,
    fte: row.fte,
    employmentStart: row.employmentStart,
    values: decodeLevels(row.levels, topicCount),
  };
}

/** "New staff" are those who started less than a year before the reference date (or after it). */
export function oneYearBefore(isoDate: string): string {
  const [year, rest] = [Number(isoDate.slice(0, 4)), isoDate.slice(4)];
  return `${String(year - 1).padStart(4, '0')}${rest === '-02-29' ? '-02-28' : rest}`;
}

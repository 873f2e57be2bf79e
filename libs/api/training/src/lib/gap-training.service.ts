import { Injectable } from '@nestjs/common';
import { type Actor, type KommunTransaction, ScopedData } from '@kl/api/core';
import {
  loadRound,
  populationCte,
  populationFilter,
  type PopulationFilter,
  readFilter,
  roundRef,
  type RoundRow,
} from '@kl/api/inventory';
import type { RoundScopeQuery, RoundTraining, TopicTraining } from '@kl/shared/contracts';

/**
 * The training planned for a round's gaps (docs/training.md): per topic, the people the gaps count
 * (the round's population in the caller's reach, one staff group) with a place on a session of a
 * course developing the topic, in the year after the round's reference date. Aggregates only.
 */
@Injectable()
export class GapTrainingService {
  constructor(private readonly data: ScopedData) {}

  roundTraining(
    actor: Actor,
    roundId: string,
    query: RoundScopeQuery = {},
  ): Promise<RoundTraining> {
    return this.data.inKommun(
      actor,
      async (tx) => {
        const round = await loadRound(tx, roundId);
        const filter = await readFilter(tx, query);
        const period = { from: round.referenceDate, until: yearAfter(round.referenceDate) };
        return {
          round: roundRef(round),
          staffRole: filter.staffRole,
          unitId: query.unitId ?? null,
          ...period,
          topics: await loadTopicTraining(tx, round, filter, period),
        };
      },
      'Inventory round',
    );
  }
}

/** One statement: each person once per topic, then summed per topic of the round's framework. */
function loadTopicTraining(
  tx: KommunTransaction,
  round: RoundRow,
  filter: PopulationFilter,
  period: { from: string; until: string },
): Promise<TopicTraining[]> {
  const p = tx.params();
  const population = populationCte(p, [round]);
  return tx.query<TopicTraining>(
    `WITH ${population}
     SELECT t.topic_code AS "topicCode",
            count(*) FILTER (WHERE t.planned)::int AS "plannedStaff",
            coalesce(sum(t.fte) FILTER (WHERE t.planned), 0)::numeric(10,2)::text AS "plannedFte",
            count(*) FILTER (WHERE t.completed)::int AS "completedStaff",
            coalesce(sum(t.fte) FILTER (WHERE t.completed), 0)::numeric(10,2)::text AS "completedFte"
     FROM (
       SELECT ct.topic_code, pop.staff_member_id, pop.fte,
              bool_or(pa.status IN ('planned', 'booked')) AS planned,
              bool_or(pa.status = 'completed') AS completed
       FROM population pop
       JOIN participation pa ON pa.municipality_id = pop.municipality_id AND pa.staff_member_id = pop.staff_member_id
       JOIN course_session s ON s.id = pa.session_id
       JOIN course_topic ct ON ct.course_id = s.course_id
       WHERE ${populationFilter(tx, p, filter)}
         AND pa.status IN ('planned', 'booked', 'completed')
         AND s.starts_on >= ${p.add(period.from, 'date')} AND s.starts_on < ${p.add(period.until, 'date')}
         AND ct.topic_code IN (SELECT code FROM competence_topic WHERE framework_id = ${p.add(round.frameworkId, 'uuid')})
       GROUP BY ct.topic_code, pop.staff_member_id, pop.fte
     ) t
     GROUP BY t.topic_code
     ORDER BY t.topic_code`,
    p,
  );
}

/** The same day a year later (29 February → 28 February). */
function yearAfter(date: string): string {
  const [year, month, day] = date.split('-');
  return `${Number(year) + 1}-${month}-${month === '02' && day === '29' ? '28' : day}`;
}

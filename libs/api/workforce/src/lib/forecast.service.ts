import { Injectable } from '@nestjs/common';
import { type Actor, type KommunTransaction, ScopedData } from '@kl/api/core';
import { loadTopics } from '@kl/api/inventory';
import { GapsService } from '@kl/api/planning';
import type { WorkforceForecast, WorkforceQuery } from '@kl/shared/contracts';
import { fteFromScaled, FTE_SCALE, todayInSweden, toScaled, workforceForecast } from '@kl/shared/util';
import { loadCurrentStaff, loadPensionAge, loadPeriods, readReach, type WorkforceReach } from './workforce-rows';

/**
 * The three-year forecast (docs/workforce.md): recruitment need from the last three years'
 * turnover, retirements and HR's planned changes, and the competence at risk from the newest
 * inventory round's leader levels. HR's alone: it rests on years of birth.
 */
@Injectable()
export class ForecastService {
  constructor(
    private readonly data: ScopedData,
    private readonly gaps: GapsService,
  ) {}

  forecast(actor: Actor, query: WorkforceQuery, today = todayInSweden()): Promise<WorkforceForecast> {
    return this.data.inKommun(actor, async (tx) => {
      const referenceDate = query.to ?? today;
      const role = query.role ?? 'caseworker';
      const reach = await readReach(tx, { ...query, role });
      const [periods, current, { pensionAge }] = [await loadPeriods(tx, reach, referenceDate), await loadCurrentStaff(tx, reach, referenceDate), await loadPensionAge(tx)];
      const round = await this.gaps.newestOpenedIn(tx, query.unitId ? { unitId: query.unitId } : { mainArea: true });
      const levels = new Map<string, Map<string, string>>();
      let topics: { code: string; name: string }[] = [];
      if (round) {
        const inputs = await this.gaps.gapInputsIn(tx, round, { unitId: query.unitId, staffRole: role });
        topics = (await loadTopics(tx.manager, round.frameworkId)).map((t) => ({ code: t.code, name: t.name }));
        for (const person of inputs.staff) {
          levels.set(person.staffMemberId, new Map(topics.map((t, i) => [t.code, String(person.values[i])])));
        }
      }
      const forecast = workforceForecast({
        referenceDate,
        pensionAge,
        periods,
        people: current.map((c) => ({ birthYear: c.birthYear, fte: c.fte, levels: levels.get(c.id) ?? new Map() })),
        plannedChanges: await loadPlannedChanges(tx, reach),
        topics,
        pipeline: await loadPipeline(tx, current.map((c) => c.id)),
        roundName: round?.name ?? null,
      });
      return { referenceDate, pensionAge, ...forecast };
    });
  }
}

async function loadPlannedChanges(tx: KommunTransaction, reach: WorkforceReach) {
  const p = tx.params();
  const where = [`c.municipality_id = $1`, `c.role = ${p.add(reach.role, 'staff_role')}`];
  if (reach.within) where.push(`c.unit_id = ANY(${p.add(reach.within, 'uuid[]')})`);
  return tx.query<{ year: number; headcountChange: number }>(
    `SELECT c.year, c.headcount_change AS "headcountChange" FROM workforce_planned_change c WHERE ${where.join(' AND ')}`,
    p,
  );
}

/** Per topic: the people (of those counted) planned or booked on a session of a course that develops it. */
async function loadPipeline(tx: KommunTransaction, staffIds: string[]) {
  const rows = await tx.query<{ topicCode: string; people: number; fte: string }>(
    `SELECT t.topic_code AS "topicCode", count(*)::int AS people, sum(s.fte)::text AS fte
     FROM (SELECT DISTINCT ct.topic_code, pa.staff_member_id
           FROM participation pa
           JOIN course_session cs ON cs.id = pa.session_id
           JOIN course_topic ct ON ct.course_id = cs.course_id
           WHERE pa.municipality_id = $1 AND pa.status IN ('planned', 'booked') AND pa.staff_member_id = ANY($2::uuid[])) t
     JOIN staff_member s ON s.id = t.staff_member_id
     GROUP BY t.topic_code`,
    [tx.municipalityId, staffIds],
  );
  return new Map(rows.map((r) => [r.topicCode, { people: r.people, fte: fteFromScaled(toScaled(r.fte, FTE_SCALE)) }]));
}

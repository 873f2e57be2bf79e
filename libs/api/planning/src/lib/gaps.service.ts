import { Injectable } from '@nestjs/common';
import { type Actor, type KommunTransaction, ScopedData } from '@kl/api/core';
import {
  decodeLevels,
  loadRound,
  loadTopics,
  populationCte,
  populationLevels,
  readFilter,
  ROUND_SELECT,
  roundRef,
  type RoundRow,
  topicIndex,
} from '@kl/api/inventory';
import type {
  CellValue,
  PersonTopicGap,
  RoundGaps,
  RoundGapsQuery,
  StaffGaps,
} from '@kl/shared/contracts';
import { summariseTargetGaps, targetGap, topicGaps } from '@kl/shared/util';
import { loadUnitTargets } from './unit-targets';

/**
 * Gaps against the målnivåer (docs/training.md): one pure computation (`topicGaps`,
 * `targetGap`) over the round's population — frozen once the round closed — and the targets
 * inherited down the unit tree. Every page and report reads its gaps here.
 */
@Injectable()
export class GapsService {
  constructor(private readonly data: ScopedData) {}

  /**
   * The gaps of the caller's reach (a unit and its subunits with `unitId`), ranked: a fixed number
   * of queries whatever the number of staff. The named people are logged as a read.
   */
  roundGaps(actor: Actor, roundId: string, query: RoundGapsQuery = {}): Promise<RoundGaps> {
    return this.data.inKommun(
      actor,
      async (tx) => {
        const round = await loadRound(tx, roundId);
        const gaps = await this.gapsIn(tx, round, query);
        const people = gaps.topics.flatMap((t) => t.people.map((p) => p.staffMemberId));
        await tx.recordRead('gap_list', people.filter(Boolean));
        return gaps;
      },
      'Inventory round',
    );
  }

  /** {@link roundGaps} inside a transaction already open (suggestions, plans). */
  async gapsIn(
    tx: KommunTransaction,
    round: RoundRow,
    query: RoundGapsQuery = {},
  ): Promise<RoundGaps> {
    const filter = await readFilter(tx, query);
    const topics = await loadTopics(tx.manager, round.frameworkId);
    const rows = await populationLevels(tx, [round], topicIndex(topics), filter);
    const targetsOf = await loadUnitTargets(
      tx,
      round.frameworkId,
      filter.staffRole,
      topics.map((t) => t.code),
    );
    const staff = rows.map((row) => ({
      staffMemberId: row.staffMemberId,
      firstName: row.firstName,
      lastName: row.lastName,
      unitId: row.unitId,
      unitName: row.unitName,
      fte: row.fte,
      values: decodeLevels(row.levels, topics.length),
      targets: targetsOf(row.unitId),
    }));
    return {
      round: roundRef(round),
      staffRole: filter.staffRole,
      unitId: query.unitId ?? null,
      staffWithTargets: staff.filter((s) => s.targets.some(Boolean)).length,
      // Only administrators and team leaders reach this, and both may see the people in reach;
      // the lists are large for a kommun, so they come for the topic asked for.
      topics: topicGaps(topics, staff, (code) => code === query.topicCode),
    };
  }

  /**
   * One person's gaps in a round (default: the kommun's newest opened round): their leader values
   * in the round's population against the targets of their unit and role then.
   */
  staffGaps(actor: Actor, staffMemberId: string, roundId?: string): Promise<StaffGaps> {
    return this.data.inKommun(
      actor,
      async (tx) => {
        await tx.recordRead('person_targets', [staffMemberId]);
        return this.staffGapsIn(tx, staffMemberId, roundId);
      },
      'Staff member',
    );
  }

  /** {@link staffGaps} inside a transaction already open (individual plans); 404 outside the caller's reach. */
  async staffGapsIn(
    tx: KommunTransaction,
    staffMemberId: string,
    roundId?: string,
  ): Promise<StaffGaps> {
    const staff = await tx.requireStaff(staffMemberId);
    const round = roundId ? await loadRound(tx, roundId) : await newestOpened(tx);
    if (!round) {
      return {
        staffMemberId,
        round: null,
        inPopulation: false,
        topics: [],
        summary: summariseTargetGaps([]),
      };
    }
    const topics = await loadTopics(tx.manager, round.frameworkId);
    const p = tx.params();
    const [row] = await tx.query<{
      unitId: string;
      role: typeof staff.role;
      levels: string | null;
    }>(
      `WITH ${populationCte(p, [round], topicIndex(topics))}
       SELECT pop.unit_id AS "unitId", pop.role, pop.levels FROM population pop
       WHERE pop.staff_member_id = ${p.add(staffMemberId, 'uuid')}`,
      p,
    );
    const values: (CellValue | undefined)[] = row ? decodeLevels(row.levels, topics.length) : [];
    const targetsOf = await loadUnitTargets(
      tx,
      round.frameworkId,
      row?.role ?? staff.role,
      topics.map((t) => t.code),
    );
    const targets = targetsOf(row?.unitId ?? staff.unitId);
    const personTopics: PersonTopicGap[] = topics.map((topic, i) => {
      const value = values[i] ?? null;
      const target = targets[i]?.level ?? null;
      const gap = targetGap(value, target);
      return {
        topicCode: topic.code,
        topicName: topic.name,
        areaCode: topic.areaCode,
        areaName: topic.areaName,
        value,
        target,
        kind: gap.kind,
        steps: gap.kind === 'below' ? gap.steps : 0,
      };
    });
    return {
      staffMemberId,
      round: roundRef(round),
      inPopulation: Boolean(row),
      topics: personTopics,
      summary: summariseTargetGaps(personTopics.map((t) => targetGap(t.value, t.target))),
    };
  }
}

async function newestOpened(tx: KommunTransaction): Promise<RoundRow | null> {
  const rows = await tx.query<RoundRow>(
    `${ROUND_SELECT} WHERE r.municipality_id = $1 AND r.status <> 'planned'
     ORDER BY r.reference_date DESC, r.name DESC LIMIT 1`,
    [tx.municipalityId],
  );
  return rows[0] ?? null;
}

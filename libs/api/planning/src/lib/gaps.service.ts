import { Injectable } from '@nestjs/common';
import {
  type Actor,
  type KommunTransaction,
  ScopedData,
  type TableFile,
  writeTableFile,
} from '@kl/api/core';
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
  RoundGapsExportQuery,
  RoundGapsQuery,
  RoundScopeQuery,
  StaffGaps,
  UnitGaps,
  UnitTopicGap,
} from '@kl/shared/contracts';
import {
  gapsExportTable,
  type GapStaffInput,
  summariseTargetGaps,
  targetGap,
  topicGaps,
} from '@kl/shared/util';
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

  /** The gap list of {@link roundGaps} (without people) as an XLSX or CSV file with Swedish headings. */
  async exportGaps(actor: Actor, roundId: string, query: RoundGapsExportQuery): Promise<TableFile> {
    const { format, ...scope } = query;
    const gaps = await this.roundGaps(actor, roundId, scope);
    return writeTableFile(gapsExportTable(gaps), format, 'kompetensglapp', gaps.round.name);
  }

  /**
   * The gaps per unit (each person's own unit, as the heatmap groups them) for the caller's reach:
   * the same computation as {@link roundGaps}, once per unit, topics in framework order.
   */
  unitGaps(actor: Actor, roundId: string, query: RoundScopeQuery = {}): Promise<UnitGaps> {
    return this.data.inKommun(
      actor,
      async (tx) => {
        const round = await loadRound(tx, roundId);
        const { filter, topics, staff } = await this.gapInputsIn(tx, round, query);
        const byUnit = new Map<string, GapStaffInput[]>();
        for (const person of staff) {
          const unit = byUnit.get(person.unitId) ?? [];
          unit.push(person);
          byUnit.set(person.unitId, unit);
        }
        const order = new Map(topics.map((t, i) => [t.code, i]));
        const units = [...byUnit.values()]
          .map((unitStaff) => ({
            unitId: unitStaff[0].unitId,
            unitName: unitStaff[0].unitName,
            topics: topicGaps(topics, unitStaff, false)
              .sort((a, b) => (order.get(a.topicCode) ?? 0) - (order.get(b.topicCode) ?? 0))
              .map(
                (t): UnitTopicGap => ({
                  topicCode: t.topicCode,
                  requiredShare: t.requiredShare,
                  assessedFte: t.assessedFte,
                  belowFte: t.belowFte,
                  belowShare: t.belowShare,
                  gapFte: t.gapFte,
                }),
              ),
          }))
          .sort((a, b) => a.unitName.localeCompare(b.unitName, 'sv'));
        return {
          round: roundRef(round),
          staffRole: filter.staffRole,
          unitId: query.unitId ?? null,
          units,
        };
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
    const { filter, topics, staff } = await this.gapInputsIn(tx, round, query);
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
   * The population in reach with its leader values and the targets of each person's unit: the
   * input of `topicGaps` (plans measure their goals with it too).
   */
  async gapInputsIn(tx: KommunTransaction, round: RoundRow, query: RoundScopeQuery) {
    const filter = await readFilter(tx, query);
    const topics = await loadTopics(tx.manager, round.frameworkId);
    const rows = await populationLevels(tx, [round], topicIndex(topics), filter);
    const targetsOf = await loadUnitTargets(
      tx,
      round.frameworkId,
      filter.staffRole,
      topics.map((t) => t.code),
    );
    const staff: GapStaffInput[] = rows.map((row) => ({
      staffMemberId: row.staffMemberId,
      firstName: row.firstName,
      lastName: row.lastName,
      unitId: row.unitId,
      unitName: row.unitName,
      fte: row.fte,
      values: decodeLevels(row.levels, topics.length),
      targets: targetsOf(row.unitId),
    }));
    return { filter, topics, staff };
  }

  /**
   * One person's gaps in a round (default: the newest opened round of their unit's service area): their leader values
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
    const round = roundId ? await loadRound(tx, roundId) : await this.newestOpenedIn(tx, { unitId: staff.unitId });
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

  /**
   * The kommun's newest round that has opened: what "now" means for a person's standing. With a
   * unit or a service area, the newest of that service area (a round counts the staff of its
   * framework's service area, one round per service area at a time); with topic codes, the newest whose
   * framework has any of them; with `mainArea`, the newest of the service area where most of the
   * kommun's staff work (of those with an opened round).
   */
  async newestOpenedIn(
    tx: KommunTransaction,
    of: { unitId?: string | null; serviceAreaId?: string; topicCodes?: readonly string[]; mainArea?: boolean } = {},
  ): Promise<RoundRow | null> {
    const rows = await tx.query<RoundRow>(
      `${ROUND_SELECT} WHERE r.municipality_id = $1 AND r.status <> 'planned'
         AND ($2::uuid IS NULL OR f.service_area_id = (SELECT service_area_id FROM org_unit WHERE municipality_id = $1 AND id = $2))
         AND ($3::text[] IS NULL OR EXISTS (SELECT 1 FROM competence_topic t WHERE t.framework_id = r.framework_id AND t.code = ANY($3)))
         AND (NOT $4::boolean OR f.service_area_id = (
           SELECT u.service_area_id FROM staff_member s JOIN org_unit u ON u.id = s.unit_id
           WHERE s.municipality_id = $1 AND (s.employment_end IS NULL OR s.employment_end >= current_date)
             AND u.service_area_id IN (SELECT of2.service_area_id FROM inventory_round r2 JOIN competence_framework of2 ON of2.id = r2.framework_id
                                       WHERE r2.municipality_id = $1 AND r2.status <> 'planned')
           GROUP BY u.service_area_id ORDER BY count(*) DESC, u.service_area_id LIMIT 1))
         AND ($5::uuid IS NULL OR f.service_area_id = $5)
       ORDER BY r.reference_date DESC, r.name DESC LIMIT 1`,
      [tx.municipalityId, of.unitId ?? null, of.topicCodes?.length ? of.topicCodes : null, of.mainArea ?? false, of.serviceAreaId ?? null],
    );
    return rows[0] ?? null;
  }
}

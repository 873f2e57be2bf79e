import {
  COMPETENCE_LEVELS,
  type CellValue,
  type CompetenceLevel,
  type DashboardArea,
  type DashboardStaffRef,
  type LevelDistribution,
  type RoundDashboard,
} from '@kl/shared/contracts';
import { fromScaled, roundRatio, toScaled } from './decimal';
import { FTE_SCALE } from './share';

/** One staff member in a dashboard's scope with the current leader value of each assessed topic. */
export interface DashboardStaffInput {
  staffMemberId: string;
  firstName: string;
  lastName: string;
  unitId: string;
  unitName: string;
  /** Exact decimal, e.g. "0.75". */
  fte: string;
  employmentStart: string;
  /** By topic code; a missing code (or null) is not assessed. */
  values: Record<string, CellValue>;
}

export interface DashboardTopicInput {
  code: string;
  name: string;
  areaCode: string;
  areaName: string;
}

export interface DashboardOptions {
  /** Staff who started on or after this date are listed as new (ISO date). */
  newStaffSince: string;
}

/** A running FTE-weighted tally in exact integer hundredths. */
class Tally {
  readonly fte: Record<CompetenceLevel, bigint> = { insufficient: 0n, basic: 0n, advanced: 0n };
  notApplicable = 0n;
  assessed = new Set<string>();
  notAssessed = new Set<string>();

  add(staffMemberId: string, fte: bigint, value: CellValue | undefined): void {
    if (value === null || value === undefined) {
      this.notAssessed.add(staffMemberId);
    } else if (value === 'not_applicable') {
      this.notApplicable += fte;
    } else {
      this.fte[value] += fte;
      this.assessed.add(staffMemberId);
    }
  }

  /**
   * Not assessed and not applicable are left out of numerator and denominator alike (DESIGN.md
   * §3), so each topic has its own total. Shares are rounded once, half away from zero.
   */
  distribution(): LevelDistribution {
    const total = COMPETENCE_LEVELS.reduce((sum, level) => sum + this.fte[level], 0n);
    const fte = Object.fromEntries(
      COMPETENCE_LEVELS.map((l) => [l, fromScaled(this.fte[l], FTE_SCALE)]),
    );
    const shares = Object.fromEntries(
      COMPETENCE_LEVELS.map((l) => [
        l,
        total === 0n ? null : roundRatio(this.fte[l] * 100n, total, 1),
      ]),
    );
    const notAssessed = [...this.notAssessed].filter((id) => !this.assessed.has(id));
    return {
      fte: fte as LevelDistribution['fte'],
      assessedFte: fromScaled(total, FTE_SCALE),
      notApplicableFte: fromScaled(this.notApplicable, FTE_SCALE),
      shares: shares as LevelDistribution['shares'],
      assessedStaff: this.assessed.size,
      notAssessedStaff: notAssessed.length,
    };
  }
}

/**
 * The figures of a round's dashboard from the current leader values of the staff in scope:
 * FTE-weighted level distribution per topic and per area (FTE pooled over the area's topics),
 * coverage, staleness and the unit × topic heatmap of the share at `insufficient`.
 */
export function roundDashboardFigures(
  topics: readonly DashboardTopicInput[],
  staff: readonly DashboardStaffInput[],
  options: DashboardOptions,
): Omit<RoundDashboard, 'round'> {
  const topicTallies = new Map(topics.map((t) => [t.code, new Tally()]));
  const areaTallies = new Map<string, Tally>();
  const unitTallies = new Map<string, { name: string; topics: Map<string, Tally> }>();
  const notAssessed: DashboardStaffRef[] = [];
  const newStaff: DashboardStaffRef[] = [];
  let assessedStaff = 0;

  for (const person of staff) {
    const fte = toScaled(person.fte, FTE_SCALE);
    let unit = unitTallies.get(person.unitId);
    if (!unit) {
      unit = { name: person.unitName, topics: new Map(topics.map((t) => [t.code, new Tally()])) };
      unitTallies.set(person.unitId, unit);
    }
    let anyValue = false;
    for (const topic of topics) {
      const value = person.values[topic.code];
      if (value !== null && value !== undefined) anyValue = true;
      (topicTallies.get(topic.code) as Tally).add(person.staffMemberId, fte, value);
      let area = areaTallies.get(topic.areaCode);
      if (!area) {
        area = new Tally();
        areaTallies.set(topic.areaCode, area);
      }
      area.add(person.staffMemberId, fte, value);
      (unit.topics.get(topic.code) as Tally).add(person.staffMemberId, fte, value);
    }
    const ref: DashboardStaffRef = {
      staffMemberId: person.staffMemberId,
      firstName: person.firstName,
      lastName: person.lastName,
      unitId: person.unitId,
      employmentStart: person.employmentStart,
    };
    if (anyValue) assessedStaff += 1;
    else notAssessed.push(ref);
    if (person.employmentStart >= options.newStaffSince) newStaff.push(ref);
  }

  const areas: DashboardArea[] = [];
  for (const topic of topics) {
    let area = areas[areas.length - 1];
    if (!area || area.code !== topic.areaCode) {
      area = {
        code: topic.areaCode,
        name: topic.areaName,
        ...(areaTallies.get(topic.areaCode) ?? new Tally()).distribution(),
        topics: [],
      };
      areas.push(area);
    }
    area.topics.push({
      code: topic.code,
      name: topic.name,
      ...(topicTallies.get(topic.code) as Tally).distribution(),
    });
  }

  const heatmap = [...unitTallies.entries()]
    .map(([unitId, unit]) => ({
      unitId,
      unitName: unit.name,
      topics: topics.map((topic) => {
        const figures = (unit.topics.get(topic.code) as Tally).distribution();
        return {
          code: topic.code,
          assessedFte: figures.assessedFte,
          insufficientShare: figures.shares.insufficient,
        };
      }),
    }))
    .sort((a, b) => a.unitName.localeCompare(b.unitName, 'sv'));

  return {
    areas,
    coverage: {
      staff: staff.length,
      assessedStaff,
      share:
        staff.length === 0
          ? null
          : roundRatio(BigInt(assessedStaff) * 100n, BigInt(staff.length), 1),
    },
    staleness: { notAssessed, newStaff },
    heatmap,
  };
}

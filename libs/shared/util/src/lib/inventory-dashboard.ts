import {
  COMPETENCE_LEVELS,
  type CellValue,
  type DashboardArea,
  type DashboardStaffRef,
  type LevelDistribution,
  type RoundDashboard,
} from '@kl/shared/contracts';
import { roundRatio, toScaled } from './decimal';
import { FTE_SCALE, fteFromScaled } from './share';

/** One staff member in a dashboard's scope with the current leader value of each topic. */
export interface DashboardStaffInput {
  staffMemberId: string;
  firstName: string;
  lastName: string;
  unitId: string;
  unitName: string;
  /** Exact decimal, e.g. "0.75". */
  fte: string;
  employmentStart: string;
  /** By topic, in the order of the topics given; null or missing is not assessed. */
  values: readonly (CellValue | null | undefined)[];
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

const LEVEL_INDEX: Readonly<Record<string, number>> = Object.fromEntries(
  COMPETENCE_LEVELS.map((level, i) => [level, i]),
);

/**
 * A running FTE-weighted tally in integer thousandths of FTE. Plain numbers are exact here (the
 * sums stay far below 2^53) and much cheaper than bigint in the loop over every cell; they become
 * bigint for the exact division.
 */
class Tally {
  /** By level, in the order of COMPETENCE_LEVELS. */
  readonly fte = [0, 0, 0];
  notApplicable = 0;
  assessedStaff = 0;
  notAssessedStaff = 0;

  /**
   * Not assessed and not applicable are left out of numerator and denominator alike (DESIGN.md
   * §3), so each topic has its own total. Shares are rounded once, half away from zero.
   */
  distribution(): LevelDistribution {
    const units = this.fte.map((v) => BigInt(v));
    const total = units.reduce((sum, v) => sum + v, 0n);
    const fte = Object.fromEntries(
      COMPETENCE_LEVELS.map((l, i) => [l, fteFromScaled(units[i])]),
    );
    const shares = Object.fromEntries(
      COMPETENCE_LEVELS.map((l, i) => [
        l,
        total === 0n ? null : roundRatio(units[i] * 100n, total, 1),
      ]),
    );
    return {
      fte: fte as LevelDistribution['fte'],
      assessedFte: fteFromScaled(total),
      notApplicableFte: fteFromScaled(BigInt(this.notApplicable)),
      shares: shares as LevelDistribution['shares'],
      assessedStaff: this.assessedStaff,
      notAssessedStaff: this.notAssessedStaff,
    };
  }

  /** The heatmap's figures alone: the assessed FTE and the share of it at `insufficient`. */
  insufficientShare(): { assessedFte: string; insufficientShare: string | null } {
    const total = BigInt(this.fte.reduce((sum, v) => sum + v, 0));
    const insufficient = BigInt(this.fte[LEVEL_INDEX['insufficient']]);
    return {
      assessedFte: fteFromScaled(total),
      insufficientShare: total === 0n ? null : roundRatio(insufficient * 100n, total, 1),
    };
  }
}

/** What one person's value adds to a tally; returns the level's index, -1 for none, -2 for n/a. */
function addValue(tally: Tally, fte: number, value: CellValue | null | undefined): number {
  if (value === null || value === undefined) return -1;
  if (value === 'not_applicable') {
    tally.notApplicable += fte;
    return -2;
  }
  const level = LEVEL_INDEX[value];
  tally.fte[level] += fte;
  return level;
}

/** One person's FTE and values by topic index, as {@link groupDistributions} reads them. */
export interface StaffValues {
  fte: string;
  values: readonly (CellValue | null | undefined)[];
}

/**
 * The FTE-weighted distribution of groups of topics, each group pooled as an area is: the FTE of
 * every level in any of its topics summed, a person assessed in the group with a level in any of
 * its topics, not assessed with none and at least one topic not assessed. A trend carries an
 * earlier framework version's topics into today's through such groups (a merged topic is the
 * group of its sources).
 */
export function groupDistributions(
  staff: readonly StaffValues[],
  groups: readonly (readonly number[])[],
): LevelDistribution[] {
  const tallies = groups.map(() => new Tally());
  for (const person of staff) {
    const fte = Number(toScaled(person.fte, FTE_SCALE));
    groups.forEach((group, g) => {
      let level = false;
      let missing = false;
      for (const i of group) {
        const added = addValue(tallies[g], fte, person.values[i]);
        if (added >= 0) level = true;
        else if (added === -1) missing = true;
      }
      if (level) tallies[g].assessedStaff += 1;
      else if (missing) tallies[g].notAssessedStaff += 1;
    });
  }
  return tallies.map((tally) => tally.distribution());
}

/**
 * The figures of a round's dashboard from the current leader values of the staff in scope:
 * FTE-weighted level distribution per topic and per area (FTE pooled over the area's topics),
 * coverage, staleness and the unit × topic heatmap of the share at `insufficient`. A person
 * counts as assessed in an area with a level in any of its topics, and as not assessed there
 * when they have none and at least one of its topics is not assessed (not applicable is neither).
 */
export function roundDashboardFigures(
  topics: readonly DashboardTopicInput[],
  staff: readonly DashboardStaffInput[],
  options: DashboardOptions,
): Omit<RoundDashboard, 'round' | 'staffRole'> {
  const areaCodes = [...new Set(topics.map((t) => t.areaCode))];
  const areaOf = topics.map((t) => areaCodes.indexOf(t.areaCode));
  const topicTallies = topics.map(() => new Tally());
  const areaTallies = areaCodes.map(() => new Tally());
  const unitTallies = new Map<string, { name: string; topics: Tally[] }>();
  const areaHasLevel = new Array<boolean>(areaCodes.length);
  const areaHasMissing = new Array<boolean>(areaCodes.length);
  const notAssessed: DashboardStaffRef[] = [];
  const newStaff: DashboardStaffRef[] = [];
  let assessedStaff = 0;

  const scaled = new Map<string, number>();
  for (const person of staff) {
    let fte = scaled.get(person.fte);
    if (fte === undefined) {
      fte = Number(toScaled(person.fte, FTE_SCALE));
      scaled.set(person.fte, fte);
    }
    let unit = unitTallies.get(person.unitId);
    if (!unit) {
      unit = { name: person.unitName, topics: topics.map(() => new Tally()) };
      unitTallies.set(person.unitId, unit);
    }
    areaHasLevel.fill(false);
    areaHasMissing.fill(false);
    let anyValue = false;
    for (let i = 0; i < topics.length; i++) {
      const value = person.values[i];
      const topic = topicTallies[i];
      const level = addValue(topic, fte, value);
      addValue(unit.topics[i], fte, value);
      if (level >= 0) {
        topic.assessedStaff += 1;
        areaHasLevel[areaOf[i]] = true;
      } else if (level === -1) {
        topic.notAssessedStaff += 1;
        areaHasMissing[areaOf[i]] = true;
      }
      if (level !== -1) anyValue = true;
    }
    areaTallies.forEach((area, a) => {
      if (areaHasLevel[a]) area.assessedStaff += 1;
      else if (areaHasMissing[a]) area.notAssessedStaff += 1;
    });
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

  // An area pools the FTE of its topics.
  topicTallies.forEach((topic, i) => {
    const area = areaTallies[areaOf[i]];
    topic.fte.forEach((units, level) => (area.fte[level] += units));
    area.notApplicable += topic.notApplicable;
  });
  const areas: DashboardArea[] = [];
  topics.forEach((topic, i) => {
    let area = areas[areas.length - 1];
    if (!area || area.code !== topic.areaCode) {
      area = {
        code: topic.areaCode,
        name: topic.areaName,
        ...areaTallies[areaOf[i]].distribution(),
        topics: [],
      };
      areas.push(area);
    }
    area.topics.push({ code: topic.code, name: topic.name, ...topicTallies[i].distribution() });
  });

  const heatmap = [...unitTallies.entries()]
    .map(([unitId, unit]) => ({
      unitId,
      unitName: unit.name,
      topics: topics.map((topic, i) => ({
        code: topic.code,
        ...unit.topics[i].insufficientShare(),
      })),
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

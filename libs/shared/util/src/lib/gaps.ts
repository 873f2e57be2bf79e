import {
  type CellValue,
  COMPETENCE_LEVELS,
  type GapPerson,
  type TargetLevel,
  type TopicGap,
} from '@kl/shared/contracts';
import { roundRatio, toScaled } from './decimal';
import { FTE_SCALE, fteFromScaled } from './share';

/** One topic of the round's framework, in framework order. */
export interface GapTopicInput {
  code: string;
  name: string;
  areaCode: string;
  areaName: string;
}

/** A målnivå as it applies to one person in one topic. */
export interface GapTarget {
  level: TargetLevel;
  /** The share (whole percent, 1–100) of the staff that must reach the level; 100 = everyone. */
  share: number;
}

/** One person of the population with their leader values and targets, both by topic index. */
export interface GapStaffInput {
  staffMemberId: string;
  firstName: string;
  lastName: string;
  unitId: string;
  unitName: string;
  /** Exact decimal, e.g. "0.75". */
  fte: string;
  values: readonly (CellValue | null | undefined)[];
  targets: readonly (GapTarget | null | undefined)[];
}

const LEVEL_INDEX: Readonly<Record<string, number>> = Object.fromEntries(
  COMPETENCE_LEVELS.map((level, i) => [level, i]),
);

/** Running sums in thousandths of FTE (exact in plain numbers at these sizes). */
interface Tally {
  assessed: number;
  below: number;
  meets: number;
  /** Σ share × FTE (percent × thousandths): what must reach the target. */
  required: number;
  notAssessedStaff: number;
  belowStaff: number;
  /** The target levels met, one bit per level of TARGET_BITS (a Set per cell was the hot spot). */
  levels: number;
  people: GapPerson[];
}

const TARGET_BITS: Readonly<Record<TargetLevel, number>> = { basic: 1, advanced: 2 };

/**
 * The gaps of a group of staff against their målnivåer, per topic, ranked by size (DESIGN.md §3,
 * docs/training.md). Not assessed and not applicable are in neither numerator nor denominator.
 * A target may ask a share of the staff ("at least 80 % at least grundläggande"): the gap is then
 * the FTE that must still reach the level, `max(0, Σ share·FTE − FTE at target)`, which is the
 * FTE below target when every target asks everyone. The people below are listed for the topics
 * `withPeople` accepts (readers allowed to see them, the topics they asked for).
 */
export function topicGaps(
  topics: readonly GapTopicInput[],
  staff: readonly GapStaffInput[],
  withPeople: boolean | ((topicCode: string) => boolean),
): TopicGap[] {
  const listed = topics.map((t) =>
    typeof withPeople === 'boolean' ? withPeople : withPeople(t.code),
  );
  const tallies: Tally[] = topics.map(() => ({
    assessed: 0,
    below: 0,
    meets: 0,
    required: 0,
    notAssessedStaff: 0,
    belowStaff: 0,
    levels: 0,
    people: [],
  }));
  const scaled = new Map<string, number>();
  for (const person of staff) {
    let fte = scaled.get(person.fte);
    if (fte === undefined) {
      fte = Number(toScaled(person.fte, FTE_SCALE));
      scaled.set(person.fte, fte);
    }
    for (let i = 0; i < topics.length; i++) {
      const target = person.targets[i];
      if (!target) continue;
      const tally = tallies[i];
      tally.levels |= TARGET_BITS[target.level];
      const value = person.values[i];
      if (value === 'not_applicable') continue;
      if (value === null || value === undefined) {
        tally.notAssessedStaff += 1;
        continue;
      }
      tally.assessed += fte;
      tally.required += fte * target.share;
      const steps = LEVEL_INDEX[target.level] - LEVEL_INDEX[value];
      if (steps <= 0) {
        tally.meets += fte;
        continue;
      }
      tally.below += fte;
      tally.belowStaff += 1;
      if (listed[i]) {
        const { values: _v, targets: _t, ...ref } = person;
        tally.people.push({ ...ref, value, target: target.level, steps });
      }
    }
  }
  const gaps = topics.map((topic, i) => toTopicGap(topic, tallies[i]));
  const order = gaps
    .map((gap, i) => ({ gap, i, size: gapUnits(tallies[i]), below: tallies[i].below }))
    .sort((a, b) => b.size - a.size || b.below - a.below || a.i - b.i);
  order.forEach((entry, rank) => (entry.gap.rank = rank + 1));
  return order.map((entry) => entry.gap);
}

/** The gap in (percent × thousandths of FTE): zero when the required share is reached. */
function gapUnits(tally: Tally): number {
  return Math.max(0, tally.required - tally.meets * 100);
}

function toTopicGap(topic: GapTopicInput, tally: Tally): TopicGap {
  const assessed = BigInt(tally.assessed);
  const people = [...tally.people].sort(
    (a, b) =>
      b.steps - a.steps ||
      a.lastName.localeCompare(b.lastName, 'sv') ||
      a.firstName.localeCompare(b.firstName, 'sv') ||
      a.staffMemberId.localeCompare(b.staffMemberId),
  );
  return {
    topicCode: topic.code,
    topicName: topic.name,
    areaCode: topic.areaCode,
    areaName: topic.areaName,
    rank: 0,
    targetLevels: (Object.keys(TARGET_BITS) as TargetLevel[]).filter(
      (level) => (tally.levels & TARGET_BITS[level]) !== 0,
    ),
    requiredShare: assessed === 0n ? '100.0' : roundRatio(BigInt(tally.required), assessed, 1),
    assessedFte: fteFromScaled(assessed),
    belowFte: fteFromScaled(BigInt(tally.below)),
    belowShare: assessed === 0n ? null : roundRatio(BigInt(tally.below) * 100n, assessed, 1),
    gapFte: fteFromScaled(BigInt(roundRatio(BigInt(gapUnits(tally)), 100n, 0))),
    notAssessedStaff: tally.notAssessedStaff,
    belowStaff: tally.belowStaff,
    people,
  };
}

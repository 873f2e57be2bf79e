import {
  type CourseTopicEffect,
  EFFECT_MIN_PEOPLE,
  type EffectFigure,
  type EffectSide,
  type StaffRole,
} from '@kl/shared/contracts';
import { roundRatio } from './decimal';
import { experienceBand } from './staff-rules';

/** A level as the effect counts it: saknar 0, grundläggande 1, fördjupad 2. */
export type EffectLevel = 0 | 1 | 2;

/**
 * One person of a round pair, assessed in the topic in both rounds. `cohort` names the pair of
 * rounds and the topic (people are only ever compared within one); role and experience are the
 * frozen values of the round before, the band taken at its reference date.
 */
export interface EffectPerson {
  cohort: string;
  topicCode: string;
  role: StaffRole;
  experienceStart: string;
  beforeReferenceDate: string;
  before: EffectLevel;
  after: EffectLevel;
}

export interface EffectParticipant extends EffectPerson {
  courseId: string;
}

export interface TrainingEffectInput {
  /** Completed participants of each course, one row per course × cohort × person. */
  participants: readonly EffectParticipant[];
  /** Everyone of each cohort without completed training in the topic between the two rounds. */
  nonParticipants: readonly EffectPerson[];
  courseTitles: ReadonlyMap<string, string>;
  topicNames: ReadonlyMap<string, string>;
}

/** Comparable: the same round pair and topic, level before, role and experience band. */
function stratum(person: EffectPerson): string {
  const band = experienceBand(person.experienceStart, person.beforeReferenceDate);
  return [person.cohort, person.topicCode, person.before, person.role, band].join('|');
}

interface Tally {
  people: number;
  change: number;
  raised: number;
}

const emptyTally = (): Tally => ({ people: 0, change: 0, raised: 0 });

function add(tally: Tally, person: EffectPerson): void {
  tally.people += 1;
  tally.change += person.after - person.before;
  if (person.after > person.before) tally.raised += 1;
}

/**
 * The effect of training (docs/training.md): per course and topic, the participants' mean level
 * change beside the change of comparable non-participants, weighted to the participants' strata
 * (each stratum counts as many times as it has participants), so that a course of beginners is not
 * compared with experienced staff. Participants nobody comparable matched are counted apart and
 * left out of both sides. A side resting on fewer than {@link EFFECT_MIN_PEOPLE} people is
 * suppressed, and so is the difference.
 */
export function trainingEffect(input: TrainingEffectInput): CourseTopicEffect[] {
  const pool = new Map<string, Tally>();
  for (const person of input.nonParticipants) {
    const key = stratum(person);
    let tally = pool.get(key);
    if (!tally) pool.set(key, (tally = emptyTally()));
    add(tally, person);
  }

  const groups = new Map<string, EffectParticipant[]>();
  for (const person of input.participants) {
    const key = `${person.courseId}|${person.topicCode}`;
    groups.set(key, [...(groups.get(key) ?? []), person]);
  }

  const effects: CourseTopicEffect[] = [];
  for (const people of groups.values()) {
    const { courseId, topicCode } = people[0];
    const participants = emptyTally();
    const perStratum = new Map<string, number>();
    let unmatched = 0;
    for (const person of people) {
      const key = stratum(person);
      if (!pool.has(key)) {
        unmatched += 1;
        continue;
      }
      add(participants, person);
      perStratum.set(key, (perStratum.get(key) ?? 0) + 1);
    }
    const comparison = weightedComparison(perStratum, pool);
    const suppressed: EffectSide[] = [];
    if (participants.people < EFFECT_MIN_PEOPLE) suppressed.push('participants');
    if (comparison.people < EFFECT_MIN_PEOPLE) suppressed.push('comparison');
    effects.push({
      courseId,
      courseTitle: input.courseTitles.get(courseId) ?? '',
      topicCode,
      topicName: input.topicNames.get(topicCode) ?? '',
      participants: figure(participants.people, suppressed.includes('participants'), participants.change, participants.raised, participants.people),
      comparison: figure(comparison.people, suppressed.includes('comparison'), comparison.change, comparison.raised, comparison.weight),
      unmatched,
      difference:
        suppressed.length > 0
          ? null
          : // a/n − b/w = (a·w − b·n)/(n·w), exactly
            roundRatio(
              BigInt(participants.change) * comparison.weight - comparison.change * BigInt(participants.people),
              BigInt(participants.people) * comparison.weight,
              2,
            ),
      suppressed,
    });
  }
  return effects.sort(
    (a, b) => a.courseTitle.localeCompare(b.courseTitle, 'sv') || a.topicCode.localeCompare(b.topicCode),
  );
}

/**
 * The non-participants' change weighted by the participants per stratum, kept as exact fractions
 * over one common denominator: Σ n_s·change_s/m_s over Σ n_s becomes (Σ n_s·change_s·L/m_s)/(L·Σ n_s)
 * with L the product of the strata's sizes.
 */
function weightedComparison(
  perStratum: ReadonlyMap<string, number>,
  pool: ReadonlyMap<string, Tally>,
): { people: number; change: bigint; raised: bigint; weight: bigint } {
  let common = 1n;
  for (const key of perStratum.keys()) common *= BigInt(pool.get(key)?.people ?? 1);
  let people = 0;
  let change = 0n;
  let raised = 0n;
  let weight = 0n;
  for (const [key, participants] of perStratum) {
    const tally = pool.get(key) as Tally;
    const scale = (BigInt(participants) * common) / BigInt(tally.people);
    people += tally.people;
    change += BigInt(tally.change) * scale;
    raised += BigInt(tally.raised) * scale;
    weight += BigInt(participants) * common;
  }
  return { people, change, raised, weight };
}

function figure(
  people: number,
  suppressed: boolean,
  change: number | bigint,
  raised: number | bigint,
  weight: number | bigint,
): EffectFigure {
  if (suppressed || BigInt(weight) === 0n) return { people, meanChange: null, raisedShare: null };
  return {
    people,
    meanChange: roundRatio(BigInt(change), BigInt(weight), 2),
    raisedShare: roundRatio(BigInt(raised) * 100n, BigInt(weight), 1),
  };
}

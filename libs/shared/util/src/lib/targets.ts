import {
  COMPETENCE_LEVELS,
  type CellValue,
  type InheritedTarget,
  type TargetChoice,
  type TargetLevel,
  type TargetOrigin,
} from '@kl/shared/contracts';

/** One target set's setting of a topic, at its distance from the unit asked about. */
export interface TargetSetting {
  topicCode: string;
  choice: TargetChoice;
  /** Whole percent of the staff that must reach the level; 100 when left out. */
  share?: number;
  /** 0 = the unit itself, 1 its parent, …; the kommun-wide set is farther than any unit. */
  distance: number;
  origin: TargetOrigin;
}

export interface TopicTargets {
  /** The unit's own setting; null when it does not set the topic. */
  own: TargetChoice | null;
  /** The unit's own share for its level; null when it does not set the topic. */
  ownShare?: number | null;
  /** The nearest setting above the unit; null when nothing above sets the topic. */
  inherited: InheritedTarget | null;
}

/**
 * Targets inherit down the unit tree: per topic, the nearest set that names it decides (the unit
 * itself, then its parent and their parents, then the kommun-wide set). `none` is a setting too:
 * it stops a target from above. Answers, per topic code, the unit's own setting and the one it
 * would inherit.
 */
export function inheritTargets(settings: readonly TargetSetting[]): Map<string, TopicTargets> {
  const nearestFirst = [...settings].sort((a, b) => a.distance - b.distance);
  const topics = new Map<string, TopicTargets>();
  for (const setting of nearestFirst) {
    const topic = topics.get(setting.topicCode) ?? { own: null, inherited: null };
    if (setting.distance === 0) {
      if (topic.own === null) {
        topic.own = setting.choice;
        topic.ownShare = setting.share ?? 100;
      }
    } else {
      topic.inherited ??= {
        choice: setting.choice,
        share: setting.share ?? 100,
        origin: setting.origin,
      };
    }
    topics.set(setting.topicCode, topic);
  }
  return topics;
}

/** The setting that applies: the unit's own, else the inherited one. */
export function effectiveChoice(topic: TopicTargets): TargetChoice | null {
  return topic.own ?? topic.inherited?.choice ?? null;
}

/** The level that applies, if any: `none` and no setting at all are both no target. */
export function effectiveLevel(topic: TopicTargets): TargetLevel | null {
  const choice = effectiveChoice(topic);
  return choice === 'none' ? null : choice;
}

/** The target that applies with its share, if any: the level and the share of the same setting. */
export function effectiveTarget(topic: TopicTargets): { level: TargetLevel; share: number } | null {
  const level = effectiveLevel(topic);
  if (!level) return null;
  const share = topic.own !== null ? topic.ownShare : topic.inherited?.share;
  return { level, share: share ?? 100 };
}

/**
 * A person's standing against a target in one topic:
 * - `no_target`: nothing is required (whatever was assessed);
 * - `not_applicable`: the topic does not apply to the person's unit (assessed so);
 * - `not_assessed`: no leader assessment (never counted as a gap, DESIGN.md §3);
 * - `meets`: the level is the target or above;
 * - `below`: `steps` levels short (insufficient → basic is 1, insufficient → advanced is 2).
 */
export type TargetGap =
  | { kind: 'no_target' }
  | { kind: 'not_applicable' }
  | { kind: 'not_assessed' }
  | { kind: 'meets' }
  | { kind: 'below'; steps: number };

export function targetGap(
  value: CellValue | undefined,
  target: TargetLevel | null | undefined,
): TargetGap {
  if (!target) return { kind: 'no_target' };
  if (value === 'not_applicable') return { kind: 'not_applicable' };
  if (value === null || value === undefined) return { kind: 'not_assessed' };
  const steps = COMPETENCE_LEVELS.indexOf(target) - COMPETENCE_LEVELS.indexOf(value);
  return steps > 0 ? { kind: 'below', steps } : { kind: 'meets' };
}

export interface TargetGapSummary {
  /** Topics with a target (the denominator of "4 av 26 under målnivå"). */
  withTarget: number;
  below: number;
  meets: number;
  notAssessed: number;
  notApplicable: number;
}

export function summariseTargetGaps(gaps: readonly TargetGap[]): TargetGapSummary {
  const summary: TargetGapSummary = {
    withTarget: 0,
    below: 0,
    meets: 0,
    notAssessed: 0,
    notApplicable: 0,
  };
  for (const gap of gaps) {
    if (gap.kind === 'no_target') continue;
    summary.withTarget += 1;
    if (gap.kind === 'below') summary.below += 1;
    else if (gap.kind === 'meets') summary.meets += 1;
    else if (gap.kind === 'not_assessed') summary.notAssessed += 1;
    else summary.notApplicable += 1;
  }
  return summary;
}

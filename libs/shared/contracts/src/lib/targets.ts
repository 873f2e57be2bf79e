import type { StaffRole } from './staff';

/**
 * A målnivå: the level staff of a role should reach in a topic. Only the two levels that are
 * competence (grundläggande, fördjupad); "saknar tillräcklig" is never a goal.
 */
export const TARGET_LEVELS = ['basic', 'advanced'] as const;
export type TargetLevel = (typeof TARGET_LEVELS)[number];

/**
 * What a target set says about one topic: a level, or `none` = explicitly no target here, which
 * overrides a target of a unit above. A topic the set does not mention is inherited.
 */
export const TARGET_CHOICES = [...TARGET_LEVELS, 'none'] as const;
export type TargetChoice = (typeof TARGET_CHOICES)[number];

/** The most topics one set may name (a framework version has 26; room for kommun extensions). */
export const TARGET_SET_MAX_TOPICS = 500;

/** Where a target comes from: a unit, or the whole kommun (`unitId` null). */
export interface TargetOrigin {
  unitId: string | null;
  /** The unit's name; null for the whole kommun. */
  unitName: string | null;
}

/** The nearest setting above a unit (its parent, their parents, then the kommun-wide set). */
export interface InheritedTarget {
  choice: TargetChoice;
  /** The share (whole percent) of the staff that must reach the level; 100 when left out. */
  share?: number;
  origin: TargetOrigin;
}

export interface TargetSetTopic {
  code: string;
  name: string;
  /** This set's own setting; null = not set here, the inherited one applies. */
  own: TargetChoice | null;
  /** This set's own share (whole percent, 1–100) for its level; 100 = everyone, when left out too. */
  ownShare?: number | null;
  /** What applies when this set does not say; null when nothing above sets the topic. */
  inherited: InheritedTarget | null;
}

export interface TargetSetArea {
  code: string;
  name: string;
  topics: TargetSetTopic[];
}

/**
 * GET /api/targets — the målnivåer of one unit (or the kommun, `unitId` null) for one framework
 * version and staff role: its own settings beside the inherited ones, by area and topic.
 */
export interface TargetSet {
  /** The set's id (its audit trail: GET /api/audit/competence_target_set/:id); null when never saved. */
  id: string | null;
  unitId: string | null;
  unitName: string | null;
  frameworkId: string;
  role: StaffRole;
  /** Send back with the next save; 0 = the set was never saved. */
  version: number;
  /** When the set was last saved (ISO 8601); null when never. */
  updatedAt: string | null;
  areas: TargetSetArea[];
}

export interface TargetSetQuery {
  /** Left out: the kommun-wide set. */
  unitId?: string;
  frameworkId: string;
  role: StaffRole;
}

/** The most and least a target may ask: a share of the staff in whole percent. */
export const TARGET_SHARE_MIN = 1;
export const TARGET_SHARE_MAX = 100;

export interface TopicTargetInput {
  topicCode: string;
  choice: TargetChoice;
  /**
   * The share (whole percent, 1–100) of the staff that must reach the level: "at least 80 % at
   * least grundläggande". Left out: 100, everyone. Ignored for `none`.
   */
  share?: number;
}

/**
 * PUT /api/targets — replaces a set as a whole: topics left out inherit. `none` is only for a
 * unit (the kommun-wide set has nothing to override). 409 `STALE_VERSION` with the current
 * {@link TargetSet} when `version` is not the stored one.
 */
export interface SaveTargetSetRequest {
  /** Null: the kommun-wide set. */
  unitId: string | null;
  frameworkId: string;
  role: StaffRole;
  version: number;
  targets: TopicTargetInput[];
}

/** One topic's effective target for a person: the nearest setting that is a level. */
export interface EffectiveTarget {
  topicCode: string;
  level: TargetLevel;
  /** The share (whole percent) of the staff that must reach the level; 100 = everyone. */
  share: number;
  origin: TargetOrigin;
}

/**
 * GET /api/staff/:id/targets[?roundId=] — the targets that apply to one staff member (their unit
 * and role today) in the framework version of a round: the given one, else the kommun's newest
 * round that has opened. Topics without a target are left out.
 */
export interface StaffTargets {
  staffMemberId: string;
  role: StaffRole;
  /** The round whose framework version the targets belong to; null when the kommun has none. */
  roundId: string | null;
  frameworkId: string | null;
  targets: EffectiveTarget[];
}

export interface StaffTargetsQuery {
  roundId?: string;
}

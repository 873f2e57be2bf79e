import type { CellValue, RoundRef } from './inventory';
import type { StaffRole } from './staff';
import type { TargetLevel } from './targets';

/**
 * A staff member below their target in one topic (listed only for readers allowed to see people:
 * an administrator, a team leader for their units, a caseworker for themself).
 */
export interface GapPerson {
  /** Empty for a person erased since the round closed (still counted, never named). */
  staffMemberId: string;
  firstName: string;
  lastName: string;
  unitId: string;
  unitName: string;
  /** Exact decimal. */
  fte: string;
  value: CellValue;
  target: TargetLevel;
  /** Levels short: 1 (saknar → grundläggande, grundläggande → fördjupad) or 2. */
  steps: number;
}

/**
 * One topic's gap against the målnivåer, for the people with a target in the topic who were
 * assessed (not assessed and not applicable count in neither numerator nor denominator).
 */
export interface TopicGap {
  topicCode: string;
  topicName: string;
  areaCode: string;
  areaName: string;
  /** 1 = the largest gap; topics without a gap follow in framework order. */
  rank: number;
  /** The target levels that apply to these people (several when units differ). */
  targetLevels: TargetLevel[];
  /**
   * The share (percent) that must reach the target, FTE-weighted over the people: "100.0" when
   * every target asks everyone, less when a target asks e.g. "at least 80 %".
   */
  requiredShare: string;
  /** Assessed FTE with a target in the topic (the denominator). */
  assessedFte: string;
  /** FTE below their target level. */
  belowFte: string;
  /** belowFte ÷ assessedFte in percent, rounded once; null without assessed FTE. */
  belowShare: string | null;
  /**
   * FTE that must still reach the target for the required share to be met: the gap's size,
   * what the ranking orders by. Equal to `belowFte` when every target asks everyone.
   */
  gapFte: string;
  /** Staff with a target who have no leader assessment in the topic yet. */
  notAssessedStaff: number;
  /** How many people are below target. */
  belowStaff: number;
  /**
   * The people below target, largest gap first: listed for the topic asked for with `topicCode`
   * (a kommun's full lists are large and are fetched one topic at a time); empty otherwise.
   */
  people: GapPerson[];
}

/** GET /api/rounds/:id/gaps[?unitId=&staffRole=&topicCode=] — the gaps of a kommun or a unit with its subunits. */
export interface RoundGapsQuery {
  unitId?: string;
  staffRole?: StaffRole;
  /** List the people below target in this topic. */
  topicCode?: string;
}

export interface RoundGaps {
  round: RoundRef;
  staffRole: StaffRole;
  /** The unit asked for (with its subunits); null = the caller's whole reach. */
  unitId: string | null;
  /** Staff in the reach who have at least one target. */
  staffWithTargets: number;
  topics: TopicGap[];
}

/** GET /api/rounds/:id/gaps/export?format=[&unitId=&staffRole=] — the gap list as a file. */
export interface RoundGapsExportQuery {
  unitId?: string;
  staffRole?: StaffRole;
  format: 'csv' | 'xlsx';
}

/** One topic's gap in one unit (its own staff, without subunits): the figures of {@link TopicGap}. */
export type UnitTopicGap = Pick<
  TopicGap,
  'topicCode' | 'requiredShare' | 'assessedFte' | 'belowFte' | 'belowShare' | 'gapFte'
>;

/**
 * GET /api/rounds/:id/gaps/units[?unitId=&staffRole=] — the gaps per unit of the staff's own unit
 * in the round's population (the heatmap's rows), every topic of the framework in its order.
 */
export interface UnitGaps {
  round: RoundRef;
  staffRole: StaffRole;
  unitId: string | null;
  units: { unitId: string; unitName: string; topics: UnitTopicGap[] }[];
}

/** One topic of a person's gap. */
export interface PersonTopicGap {
  topicCode: string;
  topicName: string;
  areaCode: string;
  areaName: string;
  value: CellValue;
  /** Null: no target applies to the person in this topic. */
  target: TargetLevel | null;
  kind: 'no_target' | 'not_applicable' | 'not_assessed' | 'meets' | 'below';
  /** Levels short when `below`, else 0. */
  steps: number;
}

/** GET /api/staff/:id/gaps[?roundId=] — one person's gaps in a round (default: the newest opened). */
export interface StaffGaps {
  staffMemberId: string;
  /** Null when the kommun has no opened round. */
  round: RoundRef | null;
  /** False when the person is not in the round's population (another service area, not employed then). */
  inPopulation: boolean;
  topics: PersonTopicGap[];
  summary: {
    withTarget: number;
    below: number;
    meets: number;
    notAssessed: number;
    notApplicable: number;
  };
}

export interface StaffGapsQuery {
  roundId?: string;
}

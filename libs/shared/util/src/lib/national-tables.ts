import {
  INDICATOR_MEASURES,
  NATIONAL_GENDERS,
  type AreaTableRow,
  type GenderCounts,
  type GenderDecimals,
  type IndicatorTableRow,
  type NationalLevel,
  type TopicTableRow,
} from '@kl/shared/contracts';
import { fromScaled, roundRatio, toScaled } from './decimal';

/**
 * The national tables (DESIGN.md §4, FORMATS.md §4) from kept aggregate cells, in exact decimal
 * arithmetic: values are integers of tenths (every submitted value has at most one decimal),
 * shares exact fractions written with {@link SHARE_DECIMALS} decimals.
 */

/** One kept cell, or a coverage row (level, gender and answer `*`); the topic of an area's coverage is `@` + area. */
export interface AggregateCell {
  measure: string;
  topic: string;
  level: string;
  gender: string;
  answer: string;
  /** Exact decimal string. */
  valueSum: string;
  /** Kommuner that reported the cell (coverage row: the measure). */
  kommuner: number;
  /** Of those, kommuner whose value (coverage row: total) is not zero. */
  nonzero: number;
}

export interface NationalTopic {
  code: string;
  area: string;
}

/** Submitted values have one decimal at most: sums are held in tenths. */
const VALUE_SCALE = 1;
/** Unrounded shares in JSON and exports: the fraction to 18 decimals (`"0.457142857142857143"`). */
export const SHARE_DECIMALS = 18;
const COVERAGE = '*';

/** The cells by key, for lookups. */
export class CellIndex {
  private readonly byKey = new Map<string, AggregateCell>();

  constructor(cells: readonly AggregateCell[]) {
    for (const cell of cells) this.byKey.set(key(cell.measure, cell.topic, cell.level, cell.gender, cell.answer), cell);
  }

  /** The sum of a cell in tenths (0 when no kommun reported it). */
  tenths(measure: string, topic = '', level = '', gender = '', answer = ''): bigint {
    const cell = this.byKey.get(key(measure, topic, level, gender, answer));
    return cell ? toScaled(cell.valueSum, VALUE_SCALE) : 0n;
  }

  /** A count cell as an integer (counts are whole). */
  count(measure: string, topic = '', level = '', gender = '', answer = ''): number {
    return Number(this.tenths(measure, topic, level, gender, answer) / 10n);
  }

  /** Kommuner whose value of the cell is not zero: whom a published sum rests on. */
  support(measure: string, topic = '', level = '', gender = '', answer = ''): number {
    return this.byKey.get(key(measure, topic, level, gender, answer))?.nonzero ?? 0;
  }

  /** N of a measure (in a topic): the kommuner that reported it, or with a non-zero total. */
  coverage(measure: string, topic = ''): { reported: number; nonzero: number } {
    const cell = this.byKey.get(key(measure, topic, COVERAGE, COVERAGE, COVERAGE));
    return { reported: cell?.kommuner ?? 0, nonzero: cell?.nonzero ?? 0 };
  }
}

function key(...parts: string[]): string {
  return parts.join('\u0001');
}

/** A sum in tenths as the exact decimal string of the contract (`"5390.5"`). */
export function tenthsToDecimal(tenths: bigint): string {
  return fromScaled(tenths, VALUE_SCALE);
}

/** The exact fraction `part / total`, unrounded to {@link SHARE_DECIMALS} decimals; null when the total is zero. */
export function exactShare(part: bigint, total: bigint): string | null {
  if (total === 0n) return null;
  return trimZeros(roundRatio(part, total, SHARE_DECIMALS));
}

/** The unweighted mean of fractions `parts[i] / totals[i]` (those with a non-zero total), exactly. */
export function meanOfShares(fractions: readonly { part: bigint; total: bigint }[]): string | null {
  const counted = fractions.filter((f) => f.total !== 0n);
  if (counted.length === 0) return null;
  let numerator = 0n;
  let denominator = 1n;
  for (const { part, total } of counted) {
    numerator = numerator * total + part * denominator;
    denominator *= total;
  }
  return trimZeros(roundRatio(numerator, denominator * BigInt(counted.length), SHARE_DECIMALS));
}

/** A share (fraction) for display: percent rounded once, half away from zero (`"0.4571…"` → `"45.7"`). */
export function displayPercent(share: string | null, decimals = 1): string | null {
  if (share === null) return null;
  const scale = Math.max(SHARE_DECIMALS, share.length);
  return roundRatio(toScaled(share, scale) * 100n, 10n ** BigInt(scale), decimals);
}

function trimZeros(text: string): string {
  return text.includes('.') ? text.replace(/0+$/, '').replace(/\.$/, '') : text;
}

const TOPIC_MEASURE = 'bedomning_fte';

export function topicRows(topics: readonly NationalTopic[], cells: CellIndex): TopicTableRow[] {
  return topics.map((topic) => {
    const tenths = levelTenths(cells, topic.code);
    const total = tenths.G + tenths.F + tenths.S;
    return {
      topic: topic.code,
      area: topic.area,
      fte: mapLevels((l) => tenthsToDecimal(tenths[l])),
      total: tenthsToDecimal(total),
      share: mapLevels((l) => exactShare(tenths[l], total)),
      n: cells.coverage(TOPIC_MEASURE, topic.code).nonzero,
    };
  });
}

/**
 * Areas with both conventions: the unweighted mean of the area's topics' shares (as the published
 * report) and the FTE-pooled share. N: kommuner with a non-zero total in any of its topics.
 */
export function areaRows(topics: readonly NationalTopic[], cells: CellIndex): AreaTableRow[] {
  const areas = [...new Set(topics.map((t) => t.area))];
  return areas.map((area) => {
    const perTopic = topics.filter((t) => t.area === area).map((t) => levelTenths(cells, t.code));
    const pooled = mapLevels((l) => perTopic.reduce((sum, t) => sum + t[l], 0n));
    const pooledTotal = pooled.G + pooled.F + pooled.S;
    return {
      area,
      meanOfTopicShares: mapLevels((l) =>
        meanOfShares(perTopic.map((t) => ({ part: t[l], total: t.G + t.F + t.S }))),
      ),
      pooledShare: mapLevels((l) => exactShare(pooled[l], pooledTotal)),
      fte: mapLevels((l) => tenthsToDecimal(pooled[l])),
      n: cells.coverage(TOPIC_MEASURE, `@${area}`).nonzero,
    };
  });
}

export interface CaseworkerFigures {
  fte: GenderDecimals;
  socionomUnder1YearFte: string;
  withoutSocionomFte: GenderDecimals;
  fortbildning: number;
  vidareutbildning: number;
  magister: number;
  n: number;
  nEducation: number;
}

export function caseworkerFigures(cells: CellIndex): CaseworkerFigures {
  return {
    fte: genderDecimals(cells, 'handlaggare_fte'),
    socionomUnder1YearFte: tenthsToDecimal(cells.tenths('handlaggare_socionom_under1ar_fte')),
    withoutSocionomFte: genderDecimals(cells, 'handlaggare_utan_socionom_fte'),
    fortbildning: cells.count('handlaggare_fortbildning_antal'),
    vidareutbildning: cells.count('handlaggare_vidareutbildning_antal'),
    magister: cells.count('handlaggare_magister_antal'),
    n: cells.coverage('handlaggare_fte').reported,
    nEducation: Math.max(
      cells.coverage('handlaggare_fortbildning_antal').reported,
      cells.coverage('handlaggare_vidareutbildning_antal').reported,
    ),
  };
}

export interface TeamLeaderFigures {
  count: GenderCounts;
  firstManagerialJob: number;
  needOfDevelopment: number;
  under3Years: number;
  fortbildning: number;
  vidareutbildning: number;
  magister: number;
  n: number;
}

export function teamLeaderFigures(cells: CellIndex): TeamLeaderFigures {
  const count = Object.fromEntries(
    NATIONAL_GENDERS.map((g) => [g, cells.count('arbetsledare_antal', '', '', g)]),
  ) as Omit<GenderCounts, 'total'>;
  return {
    count: { ...count, total: count.K + count.M + count.A },
    firstManagerialJob: cells.count('arbetsledare_forsta_chefsjobb_antal'),
    needOfDevelopment: cells.count('arbetsledare_behov_antal'),
    under3Years: cells.count('arbetsledare_under3ar_antal'),
    fortbildning: cells.count('arbetsledare_fortbildning_antal'),
    vidareutbildning: cells.count('arbetsledare_vidareutbildning_antal'),
    magister: cells.count('arbetsledare_magister_antal'),
    n: cells.coverage('arbetsledare_antal').reported,
  };
}

export function indicatorRows(cells: CellIndex): IndicatorTableRow[] {
  return INDICATOR_MEASURES.map((measure) => ({
    measure,
    ja: cells.count(measure, '', '', '', 'ja'),
    delvis: cells.count(measure, '', '', '', 'delvis'),
    nej: cells.count(measure, '', '', '', 'nej'),
    n: cells.coverage(measure).reported,
  }));
}

function levelTenths(cells: CellIndex, topic: string): Record<NationalLevel, bigint> {
  return mapLevels((l) => cells.tenths(TOPIC_MEASURE, topic, l));
}

function genderDecimals(cells: CellIndex, measure: string): GenderDecimals {
  const tenths = NATIONAL_GENDERS.map((g) => cells.tenths(measure, '', '', g));
  return {
    K: tenthsToDecimal(tenths[0]),
    M: tenthsToDecimal(tenths[1]),
    A: tenthsToDecimal(tenths[2]),
    total: tenthsToDecimal(tenths[0] + tenths[1] + tenths[2]),
  };
}

function mapLevels<T>(f: (level: NationalLevel) => T): Record<NationalLevel, T> {
  return { G: f('G'), F: f('F'), S: f('S') };
}


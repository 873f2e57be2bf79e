import {
  INDICATOR_ANSWERS,
  INDICATOR_MEASURES,
  NATIONAL_GENDERS,
  NATIONAL_LEVELS,
  NATIONAL_TABLES,
  TOPIC_MEASURE,
  type NationalTableName,
  type PublicationReason,
  type PublishedTables,
  type SuppressedValue,
  type SuppressionCount,
} from '@kl/shared/contracts';
import {
  type AggregateCell,
  CellIndex,
  type NationalTopic,
  areaRows,
  caseworkerFigures,
  indicatorRows,
  teamLeaderFigures,
  topicRows,
} from '../national-tables';
import { publishedStaffing, staffingCells } from './staffing-publication';
import { type AddCell, fteCell } from './table-cells';
import { publishedTraining, trainingCells } from './training-publication';
import { DISCLOSURE_POLICY, type DisclosureCell, type DisclosurePolicy, type SumLine, suppressCells } from './suppress-cells';

/** Every filter of a round that is published, with the sums that tie them together. */
export interface NationalFamily {
  topics: readonly NationalTopic[];
  /** The kept aggregate cells of each filter key (`all`, `kommungrupp=…`, `lan=…`, `cohort=…`). */
  cells: ReadonlyMap<string, readonly AggregateCell[]>;
  /** Groups of filter keys whose kommuner partition those of `all` (each group's tables add up to the national ones). */
  partitions: readonly (readonly string[])[];
}

export interface PublishedFamily {
  tables: Record<string, PublishedTables>;
  suppressed: SuppressedValue[];
  counts: SuppressionCount[];
}

const CASEWORKER_COUNTS = [
  ['fortbildning', 'handlaggare_fortbildning_antal'],
  ['vidareutbildning', 'handlaggare_vidareutbildning_antal'],
  ['magister', 'handlaggare_magister_antal'],
] as const;
const TEAM_LEADER_COUNTS = [
  ['firstManagerialJob', 'arbetsledare_forsta_chefsjobb_antal'],
  ['needOfDevelopment', 'arbetsledare_behov_antal'],
  ['under3Years', 'arbetsledare_under3ar_antal'],
  ['fortbildning', 'arbetsledare_fortbildning_antal'],
  ['vidareutbildning', 'arbetsledare_vidareutbildning_antal'],
  ['magister', 'arbetsledare_magister_antal'],
] as const;

/** A cell that the sums need but no table shows (an area's total, shown through its pooled shares). */
const UNSHOWN = '@';

/**
 * The published tables of a round (docs/national.md §6): the seven tables of every filter, as one
 * family for {@link suppressCells} — the sums within each table and, for each partition, the
 * national cell as the sum of the same cell over the partition's filters — then the tables with
 * `null` for each value not published and its key in `suppressed`.
 */
export function publishNationalFamily(family: NationalFamily, policy: DisclosurePolicy = DISCLOSURE_POLICY): PublishedFamily {
  const cells: DisclosureCell[] = [];
  const lines: SumLine[] = [];
  const ids = new Map<string, Map<string, number>>();
  const indexes = new Map<string, CellIndex>();
  for (const [filter, kept] of family.cells) {
    const index = new CellIndex(kept);
    indexes.set(filter, index);
    const own = new Map<string, number>();
    ids.set(filter, own);
    // The national figures are the ones most read: a filtered cell is given up before them.
    const add = (id: string, cell: DisclosureCell) => {
      const at = cells.push(filter === 'all' ? { ...cell, parent: true } : cell) - 1;
      own.set(id, at);
      return at;
    };
    const get = (id: string) => own.get(id) as number;
    familyCells(family.topics, index, add, get, (parts, total) => lines.push({ parts, total }));
  }
  const national = ids.get('all');
  if (national) {
    for (const group of family.partitions) {
      const members = group.map((filter) => ids.get(filter));
      if (members.some((m) => m === undefined)) continue;
      for (const [id, total] of national) {
        if (cells[total].shown) continue;
        lines.push({ parts: members.map((m) => m?.get(id) as number), total });
      }
    }
  }

  const reasons = suppressCells(cells, lines, policy);
  const suppressed: SuppressedValue[] = [];
  const tables: Record<string, PublishedTables> = {};
  for (const [filter, index] of indexes) {
    const own = ids.get(filter) as Map<string, number>;
    const reasonOf = (id: string) => reasons[own.get(id) as number] ?? null;
    tables[filter] = publishedTables(family.topics, index, reasonOf, (table, row, key, reason) =>
      suppressed.push({ filter, table, row, key, reason }),
    );
  }
  return { tables, suppressed, counts: countsOf(suppressed) };
}


function countCell(value: number, kommuner: number, total = false): DisclosureCell {
  return { value, kommuner, persons: value, total };
}

/** Indicator answers count kommuner: only the kommun threshold applies. */
function kommunCountCell(value: number): DisclosureCell {
  return { value, kommuner: value, persons: value === 0 ? 0 : Number.POSITIVE_INFINITY };
}

/** The cells of one filter's five tables and the sums within them. */
function familyCells(
  topics: readonly NationalTopic[],
  index: CellIndex,
  add: AddCell,
  get: (id: string) => number,
  line: (parts: number[], total: number) => void,
): void {
  for (const topic of topics) {
    const levels = NATIONAL_LEVELS.map((l) =>
      add(`topics|${topic.code}|fte.${l}`, fteCell(index.tenths(TOPIC_MEASURE, topic.code, l), index.support(TOPIC_MEASURE, topic.code, l))),
    );
    const sum = NATIONAL_LEVELS.reduce((s, l) => s + index.tenths(TOPIC_MEASURE, topic.code, l), 0n);
    line(levels, add(`topics|${topic.code}|total`, fteCell(sum, index.coverage(TOPIC_MEASURE, topic.code).nonzero, true)));
  }
  for (const area of [...new Set(topics.map((t) => t.area))]) {
    const own = topics.filter((t) => t.area === area).map((t) => t.code);
    // The kommuner of a level summed over topics are at least the most of any one topic.
    const levels = NATIONAL_LEVELS.map((l) =>
      add(
        `areas|${area}|fte.${l}`,
        fteCell(
          own.reduce((s, t) => s + index.tenths(TOPIC_MEASURE, t, l), 0n),
          Math.max(0, ...own.map((t) => index.support(TOPIC_MEASURE, t, l))),
        ),
      ),
    );
    NATIONAL_LEVELS.forEach((l, i) => line(own.map((t) => get(`topics|${t}|fte.${l}`)), levels[i]));
    const sum = own.reduce((s, t) => s + NATIONAL_LEVELS.reduce((x, l) => x + index.tenths(TOPIC_MEASURE, t, l), 0n), 0n);
    line(levels, add(`areas|${area}|${UNSHOWN}total`, fteCell(sum, index.coverage(TOPIC_MEASURE, `@${area}`).nonzero, true)));
  }

  const genderFte = (prefix: string, measure: string) => {
    const parts = NATIONAL_GENDERS.map((g) =>
      add(`${prefix}.${g}`, fteCell(index.tenths(measure, '', '', g), index.support(measure, '', '', g))),
    );
    const sum = NATIONAL_GENDERS.reduce((s, g) => s + index.tenths(measure, '', '', g), 0n);
    line(parts, add(`${prefix}.total`, fteCell(sum, index.coverage(measure).nonzero, true)));
  };
  genderFte('caseworkers||fte', 'handlaggare_fte');
  add('caseworkers||socionomUnder1YearFte', fteCell(index.tenths('handlaggare_socionom_under1ar_fte'), index.support('handlaggare_socionom_under1ar_fte')));
  genderFte('caseworkers||withoutSocionomFte', 'handlaggare_utan_socionom_fte');
  for (const [key, measure] of CASEWORKER_COUNTS) add(`caseworkers||${key}`, countCell(index.count(measure), index.support(measure)));

  const leaders = NATIONAL_GENDERS.map((g) =>
    add(`team-leaders||count.${g}`, countCell(index.count('arbetsledare_antal', '', '', g), index.support('arbetsledare_antal', '', '', g))),
  );
  const leaderSum = NATIONAL_GENDERS.reduce((s, g) => s + index.count('arbetsledare_antal', '', '', g), 0);
  line(leaders, add('team-leaders||count.total', countCell(leaderSum, index.coverage('arbetsledare_antal').nonzero, true)));
  for (const [key, measure] of TEAM_LEADER_COUNTS) add(`team-leaders||${key}`, countCell(index.count(measure), index.support(measure)));

  for (const measure of INDICATOR_MEASURES) {
    const answers = INDICATOR_ANSWERS.map((a) => add(`indicators|${measure}|${a}`, kommunCountCell(index.count(measure, '', '', '', a))));
    const n = index.coverage(measure).reported;
    line(answers, add(`indicators|${measure}|n`, { value: n, kommuner: n, persons: n, shown: true }));
  }
  trainingCells(topics, index, add, line);
  staffingCells(index, add, line);
}

type Report = (table: NationalTableName, row: string, key: string, reason: PublicationReason) => void;

/** One filter's tables with every value not published set to null and named in `suppressed`. */
function publishedTables(
  topics: readonly NationalTopic[],
  index: CellIndex,
  reasonOf: (id: string) => PublicationReason | null,
  report: Report,
): PublishedTables {
  const hider = (table: NationalTableName, row: string) => {
    const suppressed: string[] = [];
    const hide = (target: object, key: string, reason: PublicationReason | null) => {
      if (reason === null) return false;
      setPath(target, key, null);
      suppressed.push(key);
      report(table, row, key, reason);
      return true;
    };
    /** A value published only when every cell it is computed from is. */
    const derive = (target: object, key: string, from: readonly string[]) =>
      hide(target, key, from.some((id) => reasonOf(id) !== null) ? 'derived' : null);
    return { suppressed, hide, derive };
  };

  const topicTable = topicRows(topics, index).map((row) => {
    const { suppressed, hide, derive } = hider('topics', row.topic);
    const out = { ...row, fte: { ...row.fte }, share: { ...row.share }, suppressed } as PublishedTables['topics']['rows'][number];
    const at = (key: string) => `topics|${row.topic}|${key}`;
    for (const l of NATIONAL_LEVELS) hide(out, `fte.${l}`, reasonOf(at(`fte.${l}`)));
    hide(out, 'total', reasonOf(at('total')));
    for (const l of NATIONAL_LEVELS) derive(out, `share.${l}`, [at(`fte.${l}`), at('total')]);
    return out;
  });

  const areaTable = areaRows(topics, index).map((row) => {
    const { suppressed, hide, derive } = hider('areas', row.area);
    const out = {
      ...row,
      meanOfTopicShares: { ...row.meanOfTopicShares },
      pooledShare: { ...row.pooledShare },
      fte: { ...row.fte },
      suppressed,
    } as PublishedTables['areas']['rows'][number];
    const own = topics.filter((t) => t.area === row.area).map((t) => t.code);
    for (const l of NATIONAL_LEVELS) hide(out, `fte.${l}`, reasonOf(`areas|${row.area}|fte.${l}`));
    for (const l of NATIONAL_LEVELS) {
      derive(out, `meanOfTopicShares.${l}`, own.flatMap((t) => [`topics|${t}|fte.${l}`, `topics|${t}|total`]));
      derive(out, `pooledShare.${l}`, [`areas|${row.area}|fte.${l}`, `areas|${row.area}|${UNSHOWN}total`]);
    }
    return out;
  });

  const single = <T extends object>(table: 'caseworkers' | 'team-leaders', figures: T, keys: readonly string[]) => {
    const { suppressed, hide } = hider(table, '');
    const out = structuredClone(figures) as T & { suppressed: string[] };
    out.suppressed = suppressed;
    for (const key of keys) hide(out, key, reasonOf(`${table}||${key}`));
    return out;
  };
  const genders = (prefix: string) => [...NATIONAL_GENDERS, 'total'].map((g) => `${prefix}.${g}`);
  const caseworkers = single('caseworkers', caseworkerFigures(index), [
    ...genders('fte'),
    'socionomUnder1YearFte',
    ...genders('withoutSocionomFte'),
    ...CASEWORKER_COUNTS.map(([key]) => key),
  ]) as PublishedTables['caseworkers'];
  const teamLeaders = single('team-leaders', teamLeaderFigures(index), [
    ...genders('count'),
    ...TEAM_LEADER_COUNTS.map(([key]) => key),
  ]) as PublishedTables['team-leaders'];

  const indicatorTable = indicatorRows(index).map((row) => {
    const { suppressed, hide } = hider('indicators', row.measure);
    const out = { ...row, suppressed } as PublishedTables['indicators']['rows'][number];
    for (const a of INDICATOR_ANSWERS) hide(out, a, reasonOf(`indicators|${row.measure}|${a}`));
    return out;
  });

  return {
    topics: { rows: topicTable },
    areas: { rows: areaTable },
    caseworkers,
    'team-leaders': teamLeaders,
    indicators: { rows: indicatorTable },
    training: publishedTraining(topics, index, reasonOf, (row) => hider('training', row)),
    staffing: publishedStaffing(index, reasonOf, (row) => hider('staffing', row)),
  };
}

function setPath(target: object, path: string, value: null): void {
  const keys = path.split('.');
  let at = target as Record<string, unknown>;
  for (const key of keys.slice(0, -1)) at = at[key] as Record<string, unknown>;
  at[keys[keys.length - 1]] = value;
}

function countsOf(suppressed: readonly SuppressedValue[]): SuppressionCount[] {
  return NATIONAL_TABLES.map((table) => {
    const of = suppressed.filter((s) => s.table === table);
    const count = (reason: PublicationReason) => of.filter((s) => s.reason === reason).length;
    return { table, primary: count('primary'), complementary: count('complementary'), derived: count('derived') };
  });
}

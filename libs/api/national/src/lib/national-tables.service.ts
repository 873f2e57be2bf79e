import { Injectable } from '@nestjs/common';
import { type Actor, type AggregateTransaction, type PreparedJson, prepareJson, ScopedData, ValidationFailedError } from '@kl/api/core';
import type { CrosswalkEntry, NationalTable, NationalTableFilters, NationalTableName, NationalTrend } from '@kl/shared/contracts';
import {
  type AggregateCell,
  CellIndex,
  type FrameworkVersionLink,
  type NationalTopic,
  areaRows,
  caseworkerFigures,
  indicatorRows,
  lineageByCode,
  teamLeaderFigures,
  topicLineage,
  topicRows,
  staffingFigures,
  trainingFigures,
  trendPoint,
} from '@kl/shared/util';
import { NATIONAL_ROUND_SELECT, loadNationalRound, type NationalRoundRow } from './national-round-row';

const CELL_COLUMNS = `measure, topic, level, gender, answer, value_sum::text AS "valueSum", kommuner, nonzero`;

/** Topics of a framework in display order; published versions never change, so they are read once. */
const topicsByFramework = new Map<string, readonly NationalTopic[]>();

/**
 * The national tables (FORMATS.md §4), served from the aggregates kept at submission time: one
 * filter (or none) reads its kept rows; several at once sum the current submissions of the
 * kommuner matching all of them (aggregates still, never a person's data).
 */
@Injectable()
export class NationalTablesService {
  constructor(private readonly data: ScopedData) {}

  table(
    actor: Actor,
    code: string,
    table: NationalTableName,
    filters: NationalTableFilters,
  ): Promise<NationalTable> {
    const given = definedFilters(filters);
    return this.data.keptAggregates(actor, `table|${code}|${table}|${keyOf(given)}`, async (tx) => {
      const round = await loadNationalRound(tx, code);
      if (given.length > 0) await checkFilters(tx, round, filters);
      const cells = await loadCells(tx, round, filters, given);
      const index = new CellIndex(cells);
      const base = { round: round.code, filters: Object.fromEntries(given), policy: null };
      switch (table) {
        case 'topics':
          return { ...base, table, rows: topicRows(await loadTopics(tx, round.frameworkId), index) };
        case 'areas':
          return { ...base, table, rows: areaRows(await loadTopics(tx, round.frameworkId), index) };
        case 'caseworkers':
          return { ...base, table, ...caseworkerFigures(index) };
        case 'team-leaders':
          return { ...base, table, ...teamLeaderFigures(index) };
        case 'indicators':
          return { ...base, table, rows: indicatorRows(index) };
        case 'training':
          return { ...base, table, ...trainingFigures(await loadTopics(tx, round.frameworkId), index) };
        case 'staffing':
          return { ...base, table, ...staffingFigures(index) };
      }
    }, 'National round');
  }

  /** The same table as the API sends it: serialised once per change of its sources, not per request. */
  tableJson(actor: Actor, code: string, table: NationalTableName, filters: NationalTableFilters): Promise<PreparedJson> {
    const key = `json|table|${code}|${table}|${keyOf(definedFilters(filters))}`;
    return this.data.keptAggregateForm(actor, key, async () => prepareJson(await this.table(actor, code, table, filters)), 'National round');
  }

  trend(actor: Actor, code: string, filters: NationalTableFilters): Promise<NationalTrend> {
    const key = `trend|${code}|${keyOf(definedFilters(filters))}`;
    return this.data.keptAggregates(actor, key, (tx) => nationalTrend(tx, code, filters), 'National round');
  }
}

/**
 * Every national round up to `code` (by reference date) in the topics of `code`'s framework version:
 * a round on an earlier version is carried over through the crosswalk, version by version.
 */
export async function nationalTrend(
  tx: AggregateTransaction,
  code: string,
  filters: NationalTableFilters,
): Promise<NationalTrend> {
  const target = await loadNationalRound(tx, code);
  const given = definedFilters(filters);
  if (given.length > 0) await checkFilters(tx, target, filters);
  const rounds = await tx.query<NationalRoundRow>(
    `${NATIONAL_ROUND_SELECT} WHERE r.reference_date <= $1 ORDER BY r.reference_date, r.code`,
    [target.referenceDate],
  );
  const topics = await loadTopics(tx, target.frameworkId);
  const codes = topics.map((t) => t.code);
  const versions = await frameworkVersions(tx);
  const points = new Map(codes.map((c) => [c, [] as NationalTrend['topics'][number]['points']]));
  for (const round of rounds) {
    const cells = new CellIndex(await loadCells(tx, round, filters, given));
    const lineage =
      topicLineage(codes, target.frameworkId, round.frameworkId, versions) ??
      lineageByCode(codes, (await loadTopics(tx, round.frameworkId)).map((t) => t.code));
    for (const topic of codes) {
      const from = lineage.get(topic) ?? { kind: 'new' as const, sources: [] };
      points.get(topic)?.push(trendPoint(round.code, from, cells));
    }
  }
  return {
    round: target.code,
    filters: Object.fromEntries(given),
    rounds: rounds.map((r) => ({ code: r.code, referenceDate: r.referenceDate, frameworkVersion: r.frameworkVersion })),
    topics: topics.map((t) => ({ topic: t.code, area: t.area, points: points.get(t.code) ?? [] })),
  };
}

async function frameworkVersions(tx: AggregateTransaction): Promise<Map<string, FrameworkVersionLink>> {
  const rows = await tx.query<{ id: string; basedOnId: string | null; crosswalk: CrosswalkEntry[] }>(
    `SELECT f.id, f.based_on_id AS "basedOnId",
            coalesce((SELECT json_agg(json_build_object('topicCode', e.topic_code, 'previousTopicCode', e.previous_topic_code, 'kind', e.kind)
                                      ORDER BY e.position)
                      FROM competence_crosswalk_entry e WHERE e.framework_id = f.id), '[]') AS crosswalk
     FROM competence_framework f WHERE f.municipality_id IS NULL`,
  );
  return new Map(rows.map((r) => [r.id, r]));
}

function definedFilters(filters: NationalTableFilters): [keyof NationalTableFilters, string][] {
  return (['kommungrupp', 'lan', 'cohort'] as const)
    .filter((k) => filters[k] !== undefined && filters[k] !== '')
    .map((k) => [k, filters[k] as string]);
}

function keyOf(given: [keyof NationalTableFilters, string][]): string {
  return given.map(([name, value]) => `${name}=${value}`).join('&');
}

async function loadCells(
  tx: AggregateTransaction,
  round: NationalRoundRow,
  filters: NationalTableFilters,
  given: [keyof NationalTableFilters, string][],
): Promise<AggregateCell[]> {
  if (given.length <= 1) {
    const key = given.length === 0 ? 'all' : `${given[0][0]}=${given[0][1]}`;
    return tx.query<AggregateCell>(
      `SELECT ${CELL_COLUMNS} FROM national_aggregate WHERE national_round_id = $1 AND filter_key = $2`,
      [round.id, key],
    );
  }
  return tx.query<AggregateCell>(`SELECT ${CELL_COLUMNS} FROM national_cells($1, $2, $3, $4)`, [
    round.id,
    filters.kommungrupp || null,
    filters.lan || null,
    filters.cohort || null,
  ]);
}

/** An unknown group, county or cohort is a 400 with the field named, not an empty table. */
async function checkFilters(tx: AggregateTransaction, round: NationalRoundRow, f: NationalTableFilters): Promise<void> {
  const [found] = await tx.query<{ group: boolean; county: boolean; cohort: boolean }>(
    `SELECT ($2::text IS NULL OR EXISTS (SELECT 1 FROM municipality_group WHERE classification_id = $1 AND code = $2)) AS "group",
            ($3::text IS NULL OR EXISTS (SELECT 1 FROM county WHERE code = $3)) AS county,
            ($4::text IS NULL OR EXISTS (SELECT 1 FROM national_round WHERE code = $4)) AS cohort`,
    [round.classificationId, f.kommungrupp || null, f.lan || null, f.cohort || null],
  );
  const errors: Record<string, 'invalid_value'> = {};
  if (!found.group) errors['kommungrupp'] = 'invalid_value';
  if (!found.county) errors['lan'] = 'invalid_value';
  if (!found.cohort) errors['cohort'] = 'invalid_value';
  if (Object.keys(errors).length > 0) throw new ValidationFailedError(errors);
}

export async function loadTopics(
  tx: Pick<AggregateTransaction, 'query'>,
  frameworkId: string,
): Promise<readonly NationalTopic[]> {
  const cached = topicsByFramework.get(frameworkId);
  if (cached) return cached;
  const topics = await tx.query<NationalTopic>(
    `SELECT t.code, a.code AS area FROM competence_topic t JOIN competence_area a ON a.id = t.area_id
     WHERE t.framework_id = $1 ORDER BY a.position, a.code, t.position, t.code`,
    [frameworkId],
  );
  topicsByFramework.set(frameworkId, topics);
  return topics;
}

import { Injectable } from '@nestjs/common';
import { type Actor, type AggregateTransaction, ScopedData, ValidationFailedError } from '@kl/api/core';
import type { NationalTable, NationalTableFilters, NationalTableName } from '@kl/shared/contracts';
import {
  type AggregateCell,
  CellIndex,
  type NationalTopic,
  areaRows,
  caseworkerFigures,
  indicatorRows,
  teamLeaderFigures,
  topicRows,
} from '@kl/shared/util';
import { loadNationalRound, type NationalRoundRow } from './national-round-row';

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
    return this.data.inAggregates(actor, async (tx) => {
      const round = await loadNationalRound(tx, code);
      const given = definedFilters(filters);
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
      }
    }, 'National round');
  }
}

function definedFilters(filters: NationalTableFilters): [keyof NationalTableFilters, string][] {
  return (['kommungrupp', 'lan', 'cohort'] as const)
    .filter((k) => filters[k] !== undefined && filters[k] !== '')
    .map((k) => [k, filters[k] as string]);
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

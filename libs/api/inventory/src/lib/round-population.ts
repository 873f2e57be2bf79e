import type { KommunTransaction, SqlParams } from '@kl/api/core';
import type { RoundPopulationCount, StaffRole } from '@kl/shared/contracts';
import { compactCellSql } from './cell-levels';
import type { RoundRow } from './round-row';

/**
 * The population of a round (DESIGN.md §3, docs/scope.md): the staff of units of the framework's
 * service area, within the round's units (all when it names none), employed on the reference date
 * (started on or before it, not ended before it). While the round is live this is read from the
 * staff register; when it closes it is frozen into `round_population` with everyone's attributes
 * as on the reference date, and read from there ever after.
 */

/** SQL expressions of the round fields the population rule compares (placeholders or columns). */
export interface PopulationRule {
  municipalityId: string;
  serviceAreaId: string;
  referenceDate: string;
  unitIds: string;
}

/** The population rule as a condition on `s` (staff_member) and `u` (its org_unit). */
export function populationCondition(r: PopulationRule): string {
  return `s.municipality_id = ${r.municipalityId} AND u.service_area_id = ${r.serviceAreaId}
    AND s.employment_start <= ${r.referenceDate} AND (s.employment_end IS NULL OR s.employment_end >= ${r.referenceDate})
    AND (cardinality(${r.unitIds}) = 0 OR s.unit_id IN (SELECT t.id FROM org_unit_subtree(${r.municipalityId}, ${r.unitIds}) AS t(id)))`;
}

/** The rule for one round, its values added to `p`. */
export function roundRule(p: SqlParams, round: RoundRow): PopulationRule {
  return {
    municipalityId: p.once('kommun', round.municipalityId, 'uuid'),
    serviceAreaId: p.add(round.serviceAreaId, 'uuid'),
    referenceDate: p.add(round.referenceDate, 'date'),
    unitIds: p.add(round.unitIds, 'uuid[]'),
  };
}

/** Each topic's id and its index in its framework's order: what the compact levels are written in. */
export interface TopicIndex {
  ids: readonly string[];
  indexes: readonly number[];
}

/**
 * A CTE `population(round_id, staff_member_id, municipality_id, unit_id, unit_name, role, fte,
 * employment_start, levels, employee_number, first_name, last_name)` of several rounds at once: the
 * frozen rows of closed rounds and the live rule for the others. `levels` is the leader's values in
 * compact form (cell-levels.ts) when `topics` is given, else null. Names come along (null for a
 * person erased since), so readers need no second join to the staff (a UNION ALL joined again
 * is planned as a loop over it).
 */
export function populationCte(
  p: SqlParams,
  rounds: readonly RoundRow[],
  topics?: TopicIndex,
): string {
  const frozen = rounds.filter((r) => r.populationFrozenAt !== null).map((r) => r.id);
  const parts = [
    `SELECT pr.round_id, pr.staff_member_id, pr.municipality_id, pr.unit_id, pr.unit_name, pr.role, pr.fte,
            pr.employment_start, ${topics ? 'pr.levels' : 'NULL::text'} AS levels,
            sm.employee_number, sm.first_name, sm.last_name
     FROM round_population pr LEFT JOIN staff_member sm ON sm.id = pr.staff_member_id
     WHERE pr.municipality_id = ${p.once('kommun', rounds[0]?.municipalityId, 'uuid')} AND pr.round_id = ANY(${p.add(frozen, 'uuid[]')})`,
  ];
  const live = rounds.filter((r) => r.populationFrozenAt === null);
  const topicIds = topics && live.length > 0 ? p.add(topics.ids, 'uuid[]') : '';
  const topicIndexes = topics && live.length > 0 ? p.add(topics.indexes, 'int[]') : '';
  for (const round of live) {
    const id = p.add(round.id, 'uuid');
    const levels = topics
      ? `(SELECT coalesce(string_agg(${compactCellSql('t.i', 'c.value')}, '' ORDER BY t.i), '')
          FROM assessment_cell c JOIN unnest(${topicIds}, ${topicIndexes}) AS t(id, i) ON t.id = c.topic_id
          WHERE c.round_id = ${id} AND c.staff_member_id = s.id AND c.source = 'leader' AND c.value IS NOT NULL)`
      : 'NULL::text';
    parts.push(
      `SELECT ${id}, s.id, s.municipality_id, s.unit_id, u.name, s.role, s.fte, s.employment_start, ${levels},
              s.employee_number, s.first_name, s.last_name
       FROM staff_member s JOIN org_unit u ON u.id = s.unit_id
       WHERE ${populationCondition(roundRule(p, round))}`,
    );
  }
  return `population(round_id, staff_member_id, municipality_id, unit_id, unit_name, role, fte, employment_start, levels,
                     employee_number, first_name, last_name) AS (
    ${parts.join('\n    UNION ALL\n    ')})`;
}

/** Which part of a population a reader asks for, within their reach. */
export interface PopulationFilter {
  staffRole: StaffRole;
  /** A unit filter's subtree. */
  within?: readonly string[];
}

/** The columns of a {@link populationCte} row that the caller's reach compares. */
export const POPULATION_COLUMNS = {
  id: 'pop.staff_member_id',
  unitId: 'pop.unit_id',
  municipalityId: 'pop.municipality_id',
};

/**
 * The condition on `pop` (a {@link populationCte} row) that keeps the caller's reach (a unit
 * filter's subtree with `within`), without the caller's own record when `excludeSelf`.
 */
export function populationReach(
  tx: KommunTransaction,
  p: SqlParams,
  options: { within?: readonly string[]; excludeSelf: boolean },
): string {
  return tx.staffFilter(p, { columns: POPULATION_COLUMNS, ...options });
}

/**
 * One group of the population within the caller's reach, without the caller's own record:
 * counted are those whom the caller can assess (a team leader is never missing from his own overview).
 */
export function populationFilter(
  tx: KommunTransaction,
  p: SqlParams,
  filter: PopulationFilter,
): string {
  const reach = populationReach(tx, p, { within: filter.within, excludeSelf: true });
  return `${reach} AND pop.role = ${p.add(filter.staffRole)}::staff_role`;
}

/** The whole population of each round, by group: frozen counts for closed rounds, today's count for the others. */
export async function populationCounts(
  tx: KommunTransaction,
  rounds: readonly RoundRow[],
): Promise<Map<string, RoundPopulationCount>> {
  if (rounds.length === 0) return new Map();
  const p = tx.params();
  const rows = await tx.query<{ roundId: string; caseworkers: number; teamLeaders: number; inReach: number }>(
    `WITH ${populationCte(p, rounds)}
     SELECT r.id AS "roundId",
            count(pop.role) FILTER (WHERE pop.role = 'caseworker')::int AS caseworkers,
            count(pop.role) FILTER (WHERE pop.role = 'team_leader')::int AS "teamLeaders",
            count(pop.role) FILTER (WHERE ${populationReach(tx, p, { excludeSelf: true })})::int AS "inReach"
     FROM unnest(${p.add(
       rounds.map((r) => r.id),
       'uuid[]',
     )}) AS r(id)
     LEFT JOIN population pop ON pop.round_id = r.id
     GROUP BY r.id`,
    p,
  );
  const frozenAt = new Map(rounds.map((r) => [r.id, r.populationFrozenAt]));
  return new Map(
    rows.map((row) => [
      row.roundId,
      {
        caseworkers: row.caseworkers,
        teamLeaders: row.teamLeaders,
        inReach: row.inReach,
        frozenAt: frozenAt.get(row.roundId) ?? null,
      },
    ]),
  );
}

/**
 * Freezes a round's population as it closes: one row per person the rule counts, with unit,
 * role, FTE, gender, education, qualification and, for team leaders, the leader questions as
 * recorded at the end of the reference date, and the leader's levels now. The record as of the
 * reference date is the last audited version from before its end (Swedish time); a person first
 * recorded later is taken as first recorded, and one never audited (bulk-loaded) as they are.
 * Employment dates are today's: they are facts about dates, and a corrected date should count.
 */
export async function freezePopulation(
  tx: KommunTransaction,
  round: RoundRow,
  topics: TopicIndex,
): Promise<number> {
  const p = tx.params();
  const ref = p.add(round.referenceDate, 'date');
  const recorded = (order: 'ASC' | 'DESC', cutoff: boolean) =>
    `(SELECT e.after FROM audit_event e
      WHERE e.municipality_id = s.municipality_id AND e.entity_type = 'staff_member' AND e.entity_id = s.id
        AND e.after IS NOT NULL${cutoff ? ` AND e.occurred_at < ((${ref} + 1)::timestamp AT TIME ZONE 'Europe/Stockholm')` : ''}
      ORDER BY e.occurred_at ${order}, e.id ${order} LIMIT 1)`;
  const field = (key: string, column: string, type: string) =>
    `coalesce((x.state->>'${key}')::${type}, s.${column})`;
  const roundId = p.add(round.id, 'uuid');
  const rows = await tx.query<{ count: number }>(
    `WITH as_of AS (
       SELECT s.id AS staff_member_id, s.municipality_id, s.employment_start,
              ${field('unitId', 'unit_id', 'uuid')} AS unit_id,
              ${field('role', 'role', 'staff_role')} AS role,
              ${field('fte', 'fte', 'numeric(4,3)')} AS fte,
              ${field('gender', 'gender', 'staff_gender')} AS gender,
              ${field('employmentType', 'employment_type', 'staff_employment_type')} AS employment_type,
              ${field('experienceStart', 'experience_start', 'date')} AS experience_start,
              ${field('degree', 'degree', 'staff_degree')} AS degree,
              ${field('continuingEducation', 'continuing_education', 'boolean')} AS continuing_education,
              ${field('furtherEducation', 'further_education', 'boolean')} AS further_education,
              ${field('masters', 'masters', 'boolean')} AS masters,
              CASE WHEN x.state IS NULL THEN s.qualification_status ELSE (x.state->>'qualificationStatus')::staff_qualification_status END AS qualification_status,
              CASE WHEN x.state IS NULL THEN s.dispensation_until ELSE (x.state->>'dispensationUntil')::date END AS dispensation_until,
              CASE WHEN x.state IS NULL THEN s.first_managerial_job ELSE (x.state->>'firstManagerialJob')::boolean END AS first_managerial_job,
              CASE WHEN x.state IS NULL THEN s.needs_development ELSE (x.state->>'needsDevelopment')::boolean END AS needs_development
       FROM staff_member s
       CROSS JOIN LATERAL (SELECT coalesce(${recorded('DESC', true)}, ${recorded('ASC', false)}) AS state) x
       WHERE s.municipality_id = $1 AND s.employment_start <= ${ref} AND (s.employment_end IS NULL OR s.employment_end >= ${ref})
     ), frozen AS (
       INSERT INTO round_population (municipality_id, round_id, staff_member_id, unit_id, unit_name, role, fte, gender,
         employment_type, employment_start, experience_start, degree, continuing_education, further_education, masters,
         qualification_status, dispensation_until, first_managerial_job, needs_development, levels)
       SELECT a.municipality_id, ${roundId}, a.staff_member_id, a.unit_id, u.name, a.role, a.fte, a.gender,
              a.employment_type, a.employment_start, a.experience_start, a.degree, a.continuing_education,
              a.further_education, a.masters, a.qualification_status, a.dispensation_until, a.first_managerial_job,
              a.needs_development,
              (SELECT coalesce(string_agg(${compactCellSql('t.i', 'c.value')}, '' ORDER BY t.i), '')
               FROM assessment_cell c JOIN unnest(${p.add(topics.ids, 'uuid[]')}, ${p.add(topics.indexes, 'int[]')}) AS t(id, i)
                 ON t.id = c.topic_id
               WHERE c.round_id = ${roundId} AND c.staff_member_id = a.staff_member_id AND c.source = 'leader' AND c.value IS NOT NULL)
       FROM as_of a JOIN org_unit u ON u.id = a.unit_id
       WHERE u.municipality_id = $1 AND u.service_area_id = ${p.add(round.serviceAreaId, 'uuid')}
         AND (cardinality(${p.add(round.unitIds, 'uuid[]')}::uuid[]) = 0
              OR a.unit_id IN (SELECT t.id FROM org_unit_subtree($1, ${p.add(round.unitIds, 'uuid[]')}) AS t(id)))
       RETURNING 1)
     SELECT count(*)::int AS count FROM frozen`,
    p,
  );
  return rows[0].count;
}

/** A reopened round is live again: its frozen rows go (the next close freezes anew). */
export async function thawPopulation(tx: KommunTransaction, roundId: string): Promise<void> {
  await tx.query('DELETE FROM round_population WHERE municipality_id = $1 AND round_id = $2', [
    tx.municipalityId,
    roundId,
  ]);
}

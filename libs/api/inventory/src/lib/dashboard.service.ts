import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type Actor, inTenantTransaction } from '@kl/api/core';
import {
  type InventoryRound,
  type RoundDashboard,
  type RoundTrend,
  TREND_ROUNDS_MAX,
} from '@kl/shared/contracts';
import {
  type DashboardStaffInput,
  type DashboardTopicInput,
  roundDashboardFigures,
} from '@kl/shared/util';
import { DataSource } from 'typeorm';
import { loadTopics, pickRound } from './assessments.service';
import { loadRound, requireMunicipality } from './rounds.service';
import { compactCellSql, decodeLevels } from './cell-levels';
import {
  assertUnitInScope,
  callerStaffScope,
  roundStaffScope,
  type StaffScope,
  withClause,
} from './staff-scope';

@Injectable()
export class DashboardService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * A round's figures for the caller's scope (a unit and its subunits with `unitId`): the staff
   * with their current leader values come from one query (the values as compact text, see
   * cell-levels.ts), the figures from a pure function.
   */
  async dashboard(actor: Actor, roundId: string, unitId?: string): Promise<RoundDashboard> {
    const municipalityId = requireMunicipality(actor);
    return inTenantTransaction(this.dataSource, municipalityId, async (manager) => {
      const round = await loadRound(manager, municipalityId, roundId);
      await assertUnitInScope(manager, actor, municipalityId, unitId);
      const topics = await loadTopics(manager, round.frameworkId);
      const params: unknown[] = [municipalityId];
      const scope = roundStaffScope(actor, round, params, unitId);
      params.push(
        [round.id],
        topics.map((t) => t.id),
        topics.map((_t, i) => i),
      );
      const rows: StaffLevelsRow[] = await manager.query(
        staffLevelsSql(scope, params.length - 2),
        params,
      );
      const staff = rows.map((row) => toStaffInput(row, topics.length));
      return {
        round: pickRound(round),
        ...roundDashboardFigures(topics, staff, {
          newStaffSince: oneYearBefore(round.referenceDate),
        }),
      };
    });
  }

  /**
   * The distribution per area and topic in each opened round up to this one, for the staff now
   * in the caller's scope: three queries whatever the number of rounds and staff.
   */
  async trend(actor: Actor, roundId: string, unitId?: string): Promise<RoundTrend> {
    const municipalityId = requireMunicipality(actor);
    return inTenantTransaction(this.dataSource, municipalityId, async (manager) => {
      const current = await loadRound(manager, municipalityId, roundId);
      await assertUnitInScope(manager, actor, municipalityId, unitId);
      const rounds: Pick<
        InventoryRound,
        'id' | 'name' | 'status' | 'referenceDate' | 'frameworkId'
      >[] = await manager.query(
        `SELECT * FROM (
             SELECT id, name, status, reference_date::text AS "referenceDate", framework_id AS "frameworkId"
             FROM inventory_round
             WHERE municipality_id = $1 AND status <> 'planned' AND (reference_date, id) <= ($2::date, $3::uuid)
             ORDER BY reference_date DESC, id DESC LIMIT $4) r
           ORDER BY "referenceDate", id`,
        [municipalityId, current.referenceDate, current.id, TREND_ROUNDS_MAX],
      );
      const topics: (DashboardTopicInput & { id: string; frameworkId: string })[] =
        await manager.query(
          `SELECT t.id, t.framework_id AS "frameworkId", t.code, t.name, a.code AS "areaCode", a.name AS "areaName"
           FROM competence_topic t JOIN competence_area a ON a.id = t.area_id
           WHERE t.framework_id = ANY($1::uuid[]) ORDER BY a.position, a.code, t.position, t.code`,
          [[...new Set(rounds.map((r) => r.frameworkId))]],
        );
      const topicsOf = (frameworkId: string) => topics.filter((t) => t.frameworkId === frameworkId);
      const indexOf = new Map(
        [...new Set(topics.map((t) => t.frameworkId))].flatMap((f) =>
          topicsOf(f).map((t, i) => [t.id, i] as const),
        ),
      );
      const params: unknown[] = [municipalityId];
      const scope = callerStaffScope(actor, params, unitId);
      params.push(
        rounds.map((r) => r.id),
        topics.map((t) => t.id),
        topics.map((t) => indexOf.get(t.id)),
      );
      // Only staff with a written cell in a round count in that round (as they always have).
      const rows: (StaffLevelsRow & { roundId: string })[] = await manager.query(
        staffLevelsSql(scope, params.length - 2, { writtenOnly: true }),
        params,
      );
      return {
        rounds: rounds.map(({ frameworkId, ...round }) => {
          const roundTopics = topicsOf(frameworkId);
          const staff = rows
            .filter((row) => row.roundId === round.id)
            .map((row) => toStaffInput(row, roundTopics.length));
          return {
            round,
            areas: roundDashboardFigures(roundTopics, staff, {
              newStaffSince: round.referenceDate,
            }).areas,
          };
        }),
      };
    });
  }
}

type StaffLevelsRow = Omit<DashboardStaffInput, 'values'> & { levels: string | null };

function toStaffInput(row: StaffLevelsRow, topicCount: number): DashboardStaffInput {
  return {
    staffMemberId: row.staffMemberId,
    firstName: row.firstName,
    lastName: row.lastName,
    unitId: row.unitId,
    unitName: row.unitName,
    fte: row.fte,
    employmentStart: row.employmentStart,
    values: decodeLevels(row.levels, topicCount),
  };
}

/**
 * The staff in `scope` with their current leader values per round, as compact text (cell-levels.ts):
 * `$at` the round ids, `$at + 1` the topic ids and `$at + 2` each topic's index in its round's list.
 * Every staff member in scope is listed for each round, unless `writtenOnly`: then only those with
 * a cell written in that round (even one cleared since).
 */
function staffLevelsSql(scope: StaffScope, at: number, { writtenOnly = false } = {}): string {
  return `${withClause(
    scope,
    `scoped AS (SELECT s.id, s.first_name, s.last_name, s.unit_id, s.fte, s.employment_start
                FROM staff_member s WHERE ${scope.where.join(' AND ')})`,
    `cell_levels AS (
       SELECT c.round_id, c.staff_member_id,
              coalesce(string_agg(${compactCellSql('t.i', 'c.value')}, '') FILTER (WHERE c.value IS NOT NULL), '') AS levels
       FROM assessment_cell c JOIN unnest($${at + 1}::uuid[], $${at + 2}::int[]) AS t(id, i) ON t.id = c.topic_id
       WHERE c.round_id = ANY($${at}::uuid[]) AND c.source = 'leader' AND c.staff_member_id IN (SELECT id FROM scoped)
       GROUP BY c.round_id, c.staff_member_id)`,
    `rounds AS (SELECT unnest($${at}::uuid[]) AS id)`,
  )}
   SELECT r.id AS "roundId", sc.id AS "staffMemberId", sc.first_name AS "firstName",
          sc.last_name AS "lastName", sc.unit_id AS "unitId", u.name AS "unitName", sc.fte::text AS fte,
          sc.employment_start::text AS "employmentStart", l.levels
   FROM rounds r CROSS JOIN scoped sc
   JOIN org_unit u ON u.id = sc.unit_id
   ${writtenOnly ? '' : 'LEFT '}JOIN cell_levels l ON l.round_id = r.id AND l.staff_member_id = sc.id
   ORDER BY sc.last_name, sc.first_name, sc.id`;
}

/** "New staff" are those who started less than a year before the reference date (or after it). */
function oneYearBefore(isoDate: string): string {
  const [year, rest] = [Number(isoDate.slice(0, 4)), isoDate.slice(4)];
  return `${String(year - 1).padStart(4, '0')}${rest === '-02-29' ? '-02-28' : rest}`;
}

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
import { assertUnitInScope, callerStaffScope, roundStaffScope, withClause } from './staff-scope';

@Injectable()
export class DashboardService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * A round's figures for the caller's scope (a unit and its subunits with `unitId`): the staff
   * with their current leader values come from one query, the figures from a pure function.
   */
  async dashboard(actor: Actor, roundId: string, unitId?: string): Promise<RoundDashboard> {
    const municipalityId = requireMunicipality(actor);
    return inTenantTransaction(this.dataSource, municipalityId, async (manager) => {
      const round = await loadRound(manager, municipalityId, roundId);
      await assertUnitInScope(manager, actor, municipalityId, unitId);
      const topics = await loadTopics(manager, round.frameworkId);
      const params: unknown[] = [municipalityId];
      const scope = roundStaffScope(actor, round, params, unitId);
      params.push(round.id);
      const roundParam = `$${params.length}`;
      const staff: DashboardStaffInput[] = await manager.query(
        `${withClause(
          scope,
          `scoped AS (SELECT s.id, s.first_name, s.last_name, s.unit_id, s.fte, s.employment_start
                      FROM staff_member s WHERE ${scope.where.join(' AND ')})`,
          `latest AS (SELECT DISTINCT ON (a.staff_member_id, a.topic_id) a.staff_member_id, a.topic_id, a.value
                      FROM assessment a
                      WHERE a.round_id = ${roundParam} AND a.source = 'leader'
                        AND a.staff_member_id IN (SELECT id FROM scoped)
                      ORDER BY a.staff_member_id, a.topic_id, a.seq DESC)`,
          // One JSON object per person, grouped on the id alone: grouping the names and units too
          // made PostgreSQL sort wide rows (and spill to disk) for 1 500 staff.
          `cell_values AS (SELECT l.staff_member_id, json_object_agg(t.code, l.value) AS cells
                           FROM latest l JOIN competence_topic t ON t.id = l.topic_id
                           WHERE l.value IS NOT NULL
                           GROUP BY l.staff_member_id)`,
        )}
         SELECT sc.id AS "staffMemberId", sc.first_name AS "firstName", sc.last_name AS "lastName",
                sc.unit_id AS "unitId", u.name AS "unitName", sc.fte::text AS fte,
                sc.employment_start::text AS "employmentStart",
                coalesce(v.cells, '{}'::json) AS values
         FROM scoped sc
         JOIN org_unit u ON u.id = sc.unit_id
         LEFT JOIN cell_values v ON v.staff_member_id = sc.id
         ORDER BY sc.last_name, sc.first_name, sc.id`,
        params,
      );
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
      const topics: (DashboardTopicInput & { frameworkId: string })[] = await manager.query(
        `SELECT t.framework_id AS "frameworkId", t.code, t.name, a.code AS "areaCode", a.name AS "areaName"
         FROM competence_topic t JOIN competence_area a ON a.id = t.area_id
         WHERE t.framework_id = ANY($1::uuid[]) ORDER BY a.position, a.code, t.position, t.code`,
        [[...new Set(rounds.map((r) => r.frameworkId))]],
      );
      const params: unknown[] = [municipalityId];
      const scope = callerStaffScope(actor, params, unitId);
      params.push(rounds.map((r) => r.id));
      const roundsParam = `$${params.length}`;
      const staff: (DashboardStaffInput & { roundId: string })[] = await manager.query(
        `${withClause(
          scope,
          `scoped AS (SELECT s.id, s.first_name, s.last_name, s.unit_id, s.fte, s.employment_start
                      FROM staff_member s WHERE ${scope.where.join(' AND ')})`,
          `latest AS (SELECT DISTINCT ON (a.round_id, a.staff_member_id, a.topic_id)
                             a.round_id, a.staff_member_id, a.topic_id, a.value
                      FROM assessment a
                      WHERE a.round_id = ANY(${roundsParam}::uuid[]) AND a.source = 'leader'
                        AND a.staff_member_id IN (SELECT id FROM scoped)
                      ORDER BY a.round_id, a.staff_member_id, a.topic_id, a.seq DESC)`,
        )}
         SELECT l.round_id AS "roundId", sc.id AS "staffMemberId", sc.first_name AS "firstName",
                sc.last_name AS "lastName", sc.unit_id AS "unitId", u.name AS "unitName", sc.fte::text AS fte,
                sc.employment_start::text AS "employmentStart",
                coalesce(json_object_agg(t.code, l.value) FILTER (WHERE l.value IS NOT NULL), '{}'::json) AS values
         FROM latest l
         JOIN scoped sc ON sc.id = l.staff_member_id
         JOIN org_unit u ON u.id = sc.unit_id
         JOIN competence_topic t ON t.id = l.topic_id
         GROUP BY l.round_id, sc.id, sc.first_name, sc.last_name, sc.unit_id, u.name, sc.fte, sc.employment_start`,
        params,
      );
      return {
        rounds: rounds.map(({ frameworkId, ...round }) => ({
          round,
          areas: roundDashboardFigures(
            topics.filter((t) => t.frameworkId === frameworkId),
            staff.filter((s) => s.roundId === round.id),
            { newStaffSince: round.referenceDate },
          ).areas,
        })),
      };
    });
  }
}

/** "New staff" are those who started less than a year before the reference date (or after it). */
function oneYearBefore(isoDate: string): string {
  const [year, rest] = [Number(isoDate.slice(0, 4)), isoDate.slice(4)];
  return `${String(year - 1).padStart(4, '0')}${rest === '-02-29' ? '-02-28' : rest}`;
}

import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type Actor, inTenantTransaction } from '@kl/api/core';
import type { RoundDashboard } from '@kl/shared/contracts';
import { type DashboardStaffInput, roundDashboardFigures } from '@kl/shared/util';
import { DataSource } from 'typeorm';
import { loadTopics, pickRound } from './assessments.service';
import { loadRound, requireMunicipality } from './rounds.service';
import { roundStaffScope, withClause } from './staff-scope';

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
        )}
         SELECT sc.id AS "staffMemberId", sc.first_name AS "firstName", sc.last_name AS "lastName",
                sc.unit_id AS "unitId", u.name AS "unitName", sc.fte::text AS fte,
                sc.employment_start::text AS "employmentStart",
                coalesce(json_object_agg(t.code, l.value) FILTER (WHERE l.value IS NOT NULL), '{}'::json) AS values
         FROM scoped sc
         JOIN org_unit u ON u.id = sc.unit_id
         LEFT JOIN latest l ON l.staff_member_id = sc.id
         LEFT JOIN competence_topic t ON t.id = l.topic_id
         GROUP BY sc.id, sc.first_name, sc.last_name, sc.unit_id, u.name, sc.fte, sc.employment_start
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
}

/** "New staff" are those who started less than a year before the reference date (or after it). */
function oneYearBefore(isoDate: string): string {
  const [year, rest] = [Number(isoDate.slice(0, 4)), isoDate.slice(4)];
  return `${String(year - 1).padStart(4, '0')}${rest === '-02-29' ? '-02-28' : rest}`;
}

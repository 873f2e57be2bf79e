import type { KommunTransaction, SqlParams } from '@kl/api/core';
import type { DevelopmentPlan } from '@kl/shared/contracts';

/** Money bound by participation: booked, done, or not attended. */
const BOUND = `('booked', 'completed', 'no_show')`;

/**
 * The people a plan covers, as a condition on `sm` (staff_member) for plan `pl`: the person of an
 * individual plan, the staff of the plan's group in the unit and its subunits, or the whole kommun.
 */
export const PLAN_PEOPLE = `(
  (pl.kind = 'individual' AND sm.id = pl.staff_member_id)
  OR (pl.kind = 'overall' AND (pl.staff_group = 'all' OR sm.role::text = pl.staff_group::text)
      AND (pl.unit_id IS NULL
           OR sm.unit_id IN (SELECT t.id FROM org_unit_subtree(pl.municipality_id, ARRAY[pl.unit_id]) AS t(id)))))`;

/**
 * The plans the caller reaches: individual plans of the staff in their reach; overall plans of
 * the units they may see, and the kommun's for administrators and team leaders. One query with
 * goals, what was done (participation of the plan's people in its year, by topic) and the costs;
 * the goals' progress is added by `withProgress`.
 */
export function loadPlans(
  tx: KommunTransaction,
  where: (p: SqlParams) => string,
): Promise<DevelopmentPlan[]> {
  const p = tx.params();
  const staffReach = tx.staffFilter(p, {
    columns: { id: 'rs.id', unitId: 'rs.unit_id', municipalityId: 'rs.municipality_id' },
  });
  const seesKommunPlan = tx.scope.staff.kind === 'all' || tx.scope.staff.kind === 'units';
  const participation = `FROM participation pa
       JOIN staff_member sm ON sm.id = pa.staff_member_id
       JOIN course_session s ON s.id = pa.session_id
       WHERE pa.municipality_id = pl.municipality_id AND extract(year FROM s.starts_on) = pl.year AND ${PLAN_PEOPLE}`;
  return tx.query<DevelopmentPlan>(
    `SELECT pl.id, pl.kind, pl.year, pl.unit_id AS "unitId", u.name AS "unitName",
            pl.staff_member_id AS "staffMemberId", psm.first_name || ' ' || psm.last_name AS "staffName",
            pl.staff_group AS "staffGroup", NULL AS "progressRound", pl.status, pl.row_version AS version,
            json_build_object('ordinaryBudget', pl.budget_ordinary::text, 'grant', pl.budget_grant::text,
                              'other', pl.budget_other::text) AS budget,
            CASE WHEN pl.followed_up_on IS NULL THEN NULL
                 ELSE json_build_object('done', pl.follow_up_done, 'notDone', pl.follow_up_not_done,
                                        'next', pl.follow_up_next, 'followedUpOn', pl.followed_up_on::text) END AS "followUp",
            coalesce((SELECT json_agg(json_build_object('topicCode', g.topic_code, 'level', g.level,
                                                        'targetShare', g.target_share, 'staffGroup', g.staff_group,
                                                        'dueOn', g.due_on::text, 'gapFte', g.gap_fte::text,
                                                        'progress', NULL) ORDER BY g.topic_code, g.staff_group)
                      FROM development_plan_goal g WHERE g.plan_id = pl.id AND g.municipality_id = pl.municipality_id), '[]') AS goals,
            (SELECT json_build_object(
                      'ordinaryBudget', coalesce(sum(pa.cost) FILTER (WHERE pa.funding_source = 'ordinary_budget'), 0)::numeric(12,2)::text,
                      'grant', coalesce(sum(pa.cost) FILTER (WHERE pa.funding_source = 'grant'), 0)::numeric(12,2)::text,
                      'other', coalesce(sum(pa.cost) FILTER (WHERE pa.funding_source = 'other'), 0)::numeric(12,2)::text)
             ${participation} AND pa.status IN ${BOUND}) AS spent,
            coalesce((SELECT json_agg(a ORDER BY a."topicCode") FROM (
               SELECT ct.topic_code AS "topicCode",
                      count(*) FILTER (WHERE pa.status IN ('planned', 'booked'))::int AS planned,
                      count(*) FILTER (WHERE pa.status = 'completed')::int AS completed,
                      count(*) FILTER (WHERE pa.status = 'cancelled')::int AS cancelled
               ${participation.replace('WHERE', 'JOIN course_topic ct ON ct.course_id = s.course_id WHERE')}
               GROUP BY ct.topic_code) a), '[]') AS activities
     FROM development_plan pl
     LEFT JOIN org_unit u ON u.id = pl.unit_id
     LEFT JOIN staff_member psm ON psm.id = pl.staff_member_id
     WHERE pl.municipality_id = $1
       AND ((pl.kind = 'individual' AND EXISTS (SELECT 1 FROM staff_member rs WHERE rs.id = pl.staff_member_id AND ${staffReach}))
            OR (pl.kind = 'overall' AND pl.unit_id IS NULL AND ${seesKommunPlan})
            OR (pl.kind = 'overall' AND EXISTS (SELECT 1 FROM org_unit ru WHERE ru.id = pl.unit_id AND ${tx.unitFilter(p, 'ru')})))
       AND ${where(p)}
     ORDER BY pl.year DESC, pl.kind, u.name NULLS FIRST, pl.staff_group, psm.last_name, pl.id`,
    p,
  );
}

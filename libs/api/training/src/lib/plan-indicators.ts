import type { KommunTransaction } from '@kl/api/core';
import type { PlanIndicators } from '@kl/shared/contracts';

const answer = (part: number, whole: number): 'yes' | 'partly' | 'no' =>
  whole > 0 && part === whole ? 'yes' : part > 0 ? 'partly' : 'no';

/**
 * The national survey's plan indicators for a year, answered from the kommun's plans: read by the
 * plans page and by the national submission's preview (which suggests them to the administrator).
 * "Övergripande plan för handläggarnas kompetensutveckling" is an overall plan for the
 * caseworkers; "plan för arbetsledarna" an overall plan for the team leaders, or else an
 * individual plan for each of them. A plan for all staff counts for both groups.
 */
export async function readPlanIndicators(
  tx: KommunTransaction,
  year: number,
): Promise<PlanIndicators> {
  const [row] = await tx.query<{
    overall: boolean;
    leadersOverall: boolean;
    leaders: number;
    withPlan: number;
    plans: number;
    followed: number;
  }>(
    `SELECT EXISTS (SELECT 1 FROM development_plan WHERE municipality_id = $1 AND year = $2 AND kind = 'overall'
                      AND staff_group IN ('caseworker', 'all')) AS overall,
            EXISTS (SELECT 1 FROM development_plan WHERE municipality_id = $1 AND year = $2 AND kind = 'overall'
                      AND staff_group IN ('team_leader', 'all')) AS "leadersOverall",
                (SELECT count(*)::int FROM staff_member s WHERE s.municipality_id = $1 AND s.role = 'team_leader'
                   AND s.employment_start <= make_date($2, 12, 31) AND (s.employment_end IS NULL OR s.employment_end >= make_date($2, 1, 1))) AS leaders,
                (SELECT count(*)::int FROM staff_member s WHERE s.municipality_id = $1 AND s.role = 'team_leader'
                   AND s.employment_start <= make_date($2, 12, 31) AND (s.employment_end IS NULL OR s.employment_end >= make_date($2, 1, 1))
                   AND EXISTS (SELECT 1 FROM development_plan pl WHERE pl.municipality_id = $1 AND pl.staff_member_id = s.id AND pl.year = $2)) AS "withPlan",
                (SELECT count(*)::int FROM development_plan WHERE municipality_id = $1 AND year = $2) AS plans,
                (SELECT count(*)::int FROM development_plan WHERE municipality_id = $1 AND year = $2 AND followed_up_on IS NOT NULL) AS followed`,
    [tx.municipalityId, year],
  );
  return {
    year,
    overallPlan: row.overall,
    teamLeaderPlans: {
      overallPlan: row.leadersOverall,
      withPlan: row.withPlan,
      teamLeaders: row.leaders,
      answer: row.leadersOverall ? 'yes' : answer(row.withPlan, row.leaders),
    },
    followedUp: {
      followedUp: row.followed,
      plans: row.plans,
      answer: answer(row.followed, row.plans),
    },
  };
}

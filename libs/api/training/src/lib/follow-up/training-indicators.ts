import type { KommunTransaction } from '@kl/api/core';
import type { TrainingIndicators } from '@kl/shared/contracts';

const answer = (part: number, whole: number): 'yes' | 'partly' | 'no' =>
  whole > 0 && part === whole ? 'yes' : part > 0 ? 'partly' : 'no';

/**
 * The survey's training indicators for a year, answered from participation and follow-ups of
 * sessions starting in the year (the rule is on `TrainingIndicators`): read by the follow-up API
 * and by the national submission's preview, which suggests them as it suggests the plan indicators.
 * A participation is "planned" once it is final (completed, cancelled, not attended) or its
 * session has ended by `today`: a booking still ahead of its course is not yet a failure.
 */
export async function readTrainingIndicators(
  tx: KommunTransaction,
  year: number,
  today: string,
): Promise<TrainingIndicators> {
  const [row] = await tx.query<Record<string, number>>(
    `WITH year_participation AS (
       SELECT pa.status, sm.role, f.applied
       FROM participation pa
       JOIN course_session s ON s.id = pa.session_id
       LEFT JOIN staff_member sm ON sm.id = pa.staff_member_id
       LEFT JOIN training_follow_up f ON f.participation_id = pa.id
       WHERE pa.municipality_id = $1 AND s.starts_on >= make_date($2, 1, 1) AND s.starts_on <= make_date($2, 12, 31)
         AND (pa.status IN ('completed', 'cancelled', 'no_show') OR s.ends_on < $3::date)
     )
     SELECT count(*) FILTER (WHERE role = 'caseworker')::int AS "caseworkersPlanned",
            count(*) FILTER (WHERE role = 'caseworker' AND status = 'completed')::int AS "caseworkersCompleted",
            count(*) FILTER (WHERE role = 'team_leader')::int AS "leadersPlanned",
            count(*) FILTER (WHERE role = 'team_leader' AND status = 'completed')::int AS "leadersCompleted",
            count(*) FILTER (WHERE status = 'completed')::int AS completed,
            count(*) FILTER (WHERE status = 'completed' AND applied IS NOT NULL)::int AS "followedUp",
            count(*) FILTER (WHERE status = 'completed' AND applied IN ('fully', 'partly'))::int AS consolidated
     FROM year_participation`,
    [tx.municipalityId, year, today],
  );
  const carried = (completed: number, planned: number) => ({
    completed,
    planned,
    answer: answer(completed, planned),
  });
  return {
    year,
    carriedOut: {
      caseworkers: carried(row['caseworkersCompleted'], row['caseworkersPlanned']),
      teamLeaders: carried(row['leadersCompleted'], row['leadersPlanned']),
    },
    consolidated: {
      consolidated: row['consolidated'],
      followedUp: row['followedUp'],
      completed: row['completed'],
      answer: answer(row['consolidated'], row['completed']),
    },
  };
}

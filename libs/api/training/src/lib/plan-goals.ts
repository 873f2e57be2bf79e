import { type KommunTransaction, ValidationFailedError } from '@kl/api/core';
import {
  COMPETENCE_LEVELS,
  type FieldErrorCode,
  type PlanGoal,
  type PlanGoalInput,
  type PlanStaffGroup,
} from '@kl/shared/contracts';

/** A goal as written: what the request asked, with the defaults filled in. */
export type GoalRow = Pick<
  PlanGoal,
  'topicCode' | 'level' | 'targetShare' | 'staffGroup' | 'dueOn' | 'gapFte'
>;

export function goalRow(
  goal: PlanGoalInput,
  group: PlanStaffGroup,
  gapFte: string | null,
): GoalRow {
  return {
    topicCode: goal.topicCode,
    level: goal.level,
    targetShare: goal.targetShare ?? 100,
    staffGroup: goal.staffGroup ?? group,
    dueOn: goal.dueOn ?? null,
    gapFte,
  };
}

/** One goal per topic; a plan for one group (or an individual's) has goals of that group only. */
export function checkGoals(
  goals: readonly GoalRow[],
  group: PlanStaffGroup,
  individual: boolean,
): void {
  const errors: Record<string, FieldErrorCode> = {};
  const seen = new Set<string>();
  goals.forEach((g, i) => {
    if (seen.has(g.topicCode)) errors[`goals.${i}`] = 'not_unique';
    if (!COMPETENCE_LEVELS.includes(g.level)) errors[`goals.${i}.level`] = 'invalid_value';
    if ((individual || group !== 'all') && g.staffGroup !== group)
      errors[`goals.${i}.staffGroup`] = 'not_allowed';
    seen.add(g.topicCode);
  });
  if (Object.keys(errors).length > 0) throw new ValidationFailedError(errors);
}

export async function writeGoals(
  tx: KommunTransaction,
  planId: string,
  goals: readonly GoalRow[],
): Promise<void> {
  if (goals.length === 0) return;
  await tx.query(
    `INSERT INTO development_plan_goal (municipality_id, plan_id, topic_code, level, gap_fte, target_share, staff_group, due_on)
     SELECT $1, $2, x.code, x.level::course_level, x.gap, x.share, x.grp::plan_staff_group, x.due
     FROM unnest($3::text[], $4::text[], $5::numeric[], $6::int[], $7::text[], $8::date[]) AS x(code, level, gap, share, grp, due)`,
    [
      tx.municipalityId,
      planId,
      goals.map((g) => g.topicCode),
      goals.map((g) => g.level),
      goals.map((g) => g.gapFte),
      goals.map((g) => g.targetShare),
      goals.map((g) => g.staffGroup),
      goals.map((g) => g.dueOn),
    ],
  );
}

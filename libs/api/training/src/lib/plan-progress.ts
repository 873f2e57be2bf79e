import type { KommunTransaction } from '@kl/api/core';
import { roundRef, type RoundRow } from '@kl/api/inventory';
import type { GapsService } from '@kl/api/planning';
import {
  COMPETENCE_LEVELS,
  type DevelopmentPlan,
  type PlanGoal,
  type PlanGoalProgress,
  type PlanStaffGroup,
  STAFF_ROLES,
  type StaffRole,
  type TopicGap,
} from '@kl/shared/contracts';
import { type GapStaffInput, type GapTarget, targetGap, topicGaps } from '@kl/shared/util';

type Inputs = Awaited<ReturnType<GapsService['gapInputsIn']>>;

const rolesOf = (group: PlanStaffGroup): readonly StaffRole[] =>
  group === 'all' ? STAFF_ROLES : [group];

/**
 * Each goal's progress in the newest opened round of the plan's service area (a plan for a unit or
 * a person: their unit's; a kommun-wide plan: the newest round whose framework has the goals'
 * topics), with the gaps' own computation (`topicGaps`): an overall plan's people of the goal's
 * group (the unit with its subunits, in the caller's reach) held to the goal's level and share
 * instead of their målnivåer; an individual plan's person the same way, and beside it their
 * standing against their own målnivå.
 */
export async function withProgress(
  tx: KommunTransaction,
  gaps: GapsService,
  plans: readonly DevelopmentPlan[],
): Promise<DevelopmentPlan[]> {
  if (!plans.some((p) => p.goals.length > 0)) return [...plans];
  const rounds = new Map<string, Promise<RoundRow | null>>();
  const loaded = new Map<string, Promise<Inputs>>();
  const areas = await planServiceAreas(tx, plans);
  const result: DevelopmentPlan[] = [];
  for (const plan of plans) {
    const serviceAreaId = areas.get(plan.id) ?? null;
    const topicCodes = plan.goals.map((g) => g.topicCode);
    const roundKey = serviceAreaId ?? `topics:${topicCodes.join(',')}`;
    if (!rounds.has(roundKey)) rounds.set(roundKey, gaps.newestOpenedIn(tx, serviceAreaId ? { serviceAreaId } : { topicCodes }));
    const round = await rounds.get(roundKey);
    if (!round) {
      result.push({ ...plan, progressRound: null });
      continue;
    }
    const population = (role: StaffRole, within: string | null): Promise<Inputs> => {
      const key = `${round.id}|${role}|${within ?? ''}`;
      let inputs = loaded.get(key);
      if (!inputs) {
        inputs = gaps.gapInputsIn(tx, round, { staffRole: role, unitId: within ?? undefined });
        loaded.set(key, inputs);
      }
      return inputs;
    };
    const goals =
      plan.kind === 'individual'
        ? await individualProgress(plan, population)
        : await overallProgress(plan, population);
    result.push({ ...plan, goals, progressRound: roundRef(round) });
  }
  return result;
}

/**
 * The service area each plan's progress is measured in, in one statement: its unit's, or its
 * person's unit's; none for a kommun-wide plan.
 */
async function planServiceAreas(tx: KommunTransaction, plans: readonly DevelopmentPlan[]): Promise<Map<string, string>> {
  const rows = await tx.query<{ planId: string; serviceAreaId: string }>(
    `SELECT p.id AS "planId", u.service_area_id AS "serviceAreaId"
     FROM unnest($2::uuid[], $3::uuid[], $4::uuid[]) AS p(id, unit_id, staff_member_id)
     LEFT JOIN staff_member s ON s.municipality_id = $1 AND s.id = p.staff_member_id
     JOIN org_unit u ON u.municipality_id = $1 AND u.id = coalesce(p.unit_id, s.unit_id)`,
    [tx.municipalityId, plans.map((p) => p.id), plans.map((p) => p.unitId), plans.map((p) => p.staffMemberId)],
  );
  return new Map(rows.map((row) => [row.planId, row.serviceAreaId]));
}

async function overallProgress(
  plan: DevelopmentPlan,
  population: (role: StaffRole, unitId: string | null) => Promise<Inputs>,
): Promise<PlanGoal[]> {
  const byGroup = new Map<PlanStaffGroup, TopicGap[]>();
  for (const group of new Set(plan.goals.map((g) => g.staffGroup))) {
    const parts = await Promise.all(rolesOf(group).map((r) => population(r, plan.unitId)));
    const topics = parts[0].topics;
    const targets = goalTargets(
      topics,
      plan.goals.filter((g) => g.staffGroup === group),
    );
    const staff = parts.flatMap((p) => p.staff).map((s) => ({ ...s, targets }));
    byGroup.set(group, topicGaps(topics, staff, false));
  }
  return plan.goals.map((goal) => {
    const gap = byGroup.get(goal.staffGroup)?.find((t) => t.topicCode === goal.topicCode);
    return { ...goal, progress: gap ? progressOf(gap) : null };
  });
}

async function individualProgress(
  plan: DevelopmentPlan,
  population: (role: StaffRole, unitId: string | null) => Promise<Inputs>,
): Promise<PlanGoal[]> {
  const parts = await Promise.all(STAFF_ROLES.map((r) => population(r, null)));
  const topics = parts[0].topics;
  const person = parts.flatMap((p) => p.staff).find((s) => s.staffMemberId === plan.staffMemberId);
  const staff: GapStaffInput[] = person
    ? [{ ...person, targets: goalTargets(topics, plan.goals) }]
    : [];
  const measured = topicGaps(topics, staff, false);
  return plan.goals.map((goal) => {
    const i = topics.findIndex((t) => t.code === goal.topicCode);
    const gap = measured.find((t) => t.topicCode === goal.topicCode);
    if (i < 0 || !gap) return { ...goal, progress: null };
    const personTarget = person?.targets[i]?.level ?? null;
    return {
      ...goal,
      progress: {
        ...progressOf(gap),
        personTarget,
        personStanding: targetGap(person?.values[i] ?? undefined, personTarget).kind,
        belowPersonTarget:
          personTarget !== null &&
          COMPETENCE_LEVELS.indexOf(goal.level) < COMPETENCE_LEVELS.indexOf(personTarget),
      },
    };
  });
}

/** Every person held to the goals' levels and shares in their topics, nothing elsewhere. */
function goalTargets(
  topics: readonly { code: string }[],
  goals: readonly PlanGoal[],
): (GapTarget | null)[] {
  return topics.map((t) => {
    const goal = goals.find((g) => g.topicCode === t.code);
    return goal ? { level: goal.level, share: goal.targetShare } : null;
  });
}

function progressOf(gap: TopicGap): PlanGoalProgress {
  // belowShare has one decimal: its complement in tenths is exact.
  const reachedShare =
    gap.belowShare === null
      ? null
      : ((1000 - Math.round(Number(gap.belowShare) * 10)) / 10).toFixed(1);
  return {
    assessedFte: gap.assessedFte,
    reachedShare,
    gapFte: gap.gapFte,
    met: reachedShare !== null && Number(gap.gapFte) === 0,
  };
}

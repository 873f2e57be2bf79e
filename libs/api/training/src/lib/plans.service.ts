import { Injectable } from '@nestjs/common';
import {
  type Actor,
  type KommunTransaction,
  NotFoundError,
  ScopedData,
  type SqlParams,
  StaleVersionError,
  ValidationFailedError,
} from '@kl/api/core';
import { loadRound } from '@kl/api/inventory';
import { GapsService } from '@kl/api/planning';
import {
  type CreatePlanRequest,
  type DevelopmentPlan,
  type FieldErrorCode,
  type PlanIndicators,
  type PlanFollowUpRequest,
  type PlanStaffGroup,
  type UpdatePlanRequest,
} from '@kl/shared/contracts';
import { todayInSweden } from '@kl/shared/util';
import { moneyText } from './dto/money';
import { loadPlans } from './plan-rows';
import { readPlanIndicators } from './plan-indicators';
import { checkGoals, goalRow, type GoalRow, writeGoals } from './plan-goals';
import { withProgress } from './plan-progress';

/**
 * Kompetensutvecklingsplaner: overall plans of the kommun or a unit and individual plans, per
 * year, with goals per topic (taken from the gaps when asked), a budget per funding source, what
 * was done against them (participation of their people in the year) and the yearly follow-up.
 */
@Injectable()
export class PlansService {
  constructor(
    private readonly data: ScopedData,
    private readonly gaps: GapsService,
  ) {}

  list(actor: Actor, year?: number): Promise<DevelopmentPlan[]> {
    return this.data.inKommun(actor, async (tx) => {
      const plans = await loadPlans(tx, (p) => (year ? `pl.year = ${p.add(year, 'int')}` : 'true'));
      await recordIndividualReads(tx, plans);
      return withProgress(tx, this.gaps, plans);
    });
  }

  get(actor: Actor, id: string): Promise<DevelopmentPlan> {
    return this.data.inKommun(
      actor,
      async (tx) => {
        const plan = await requirePlan(tx, id);
        await recordIndividualReads(tx, [plan]);
        return this.measured(tx, plan);
      },
      'Plan',
    );
  }

  create(actor: Actor, request: CreatePlanRequest): Promise<DevelopmentPlan> {
    return this.data.inKommun(actor, async (tx) => {
      const errors: Record<string, FieldErrorCode> = {};
      const individual = request.kind === 'individual';
      if (individual && !request.staffMemberId) errors['staffMemberId'] = 'required';
      if (individual && request.unitId) errors['unitId'] = 'not_allowed';
      if (!individual && request.staffMemberId) errors['staffMemberId'] = 'not_allowed';
      const group: PlanStaffGroup = request.staffGroup ?? 'all';
      if (individual && group !== 'all') errors['staffGroup'] = 'not_allowed';
      if (Object.keys(errors).length > 0) throw new ValidationFailedError(errors);
      // Scope: the person or unit must be in the caller's reach (404 otherwise); a team leader
      // writes individual plans and the plans of the units they lead, the kommun's is HR's.
      if (individual) await tx.requireStaff(request.staffMemberId as string);
      else if (request.unitId) await tx.unitSubtree(request.unitId);
      else if (actor.role !== 'municipality_admin') throw new NotFoundError('Plan');
      const goals = request.goalsFromRoundId
        ? await this.goalsFromGaps(tx, request, group)
        : (request.goals ?? []).map((g) => goalRow(g, group, null));
      checkGoals(goals, group, individual);
      const taken = await tx.query(
        `SELECT 1 FROM development_plan WHERE municipality_id = $1 AND kind = $2 AND year = $3
           AND unit_id IS NOT DISTINCT FROM $4::uuid AND staff_member_id IS NOT DISTINCT FROM $5::uuid
           AND staff_group = $6`,
        [
          tx.municipalityId,
          request.kind,
          request.year,
          request.unitId ?? null,
          request.staffMemberId ?? null,
          group,
        ],
      );
      if (taken.length > 0) throw new ValidationFailedError({ year: 'not_unique' });
      const budget = request.budget ?? { ordinaryBudget: '0', grant: '0', other: '0' };
      const [{ id }] = await tx.query<{ id: string }>(
        `INSERT INTO development_plan (municipality_id, kind, year, unit_id, staff_member_id, budget_ordinary, budget_grant, budget_other, staff_group)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id`,
        [
          tx.municipalityId,
          request.kind,
          request.year,
          individual ? null : (request.unitId ?? null),
          individual ? request.staffMemberId : null,
          moneyText(budget.ordinaryBudget),
          moneyText(budget.grant),
          moneyText(budget.other),
          group,
        ],
      );
      await writeGoals(tx, id, goals);
      const plan = await requirePlan(tx, id);
      await tx.audit({
        entityType: 'development_plan',
        entityId: id,
        action: 'create',
        before: null,
        after: auditView(plan),
      });
      return this.measured(tx, plan);
    });
  }

  update(actor: Actor, id: string, request: UpdatePlanRequest): Promise<DevelopmentPlan> {
    return this.data.inKommun(
      actor,
      async (tx) => {
        const before = await this.writable(actor, tx, id, request.version);
        const goals = request.goals.map((g) =>
          goalRow(
            g,
            before.staffGroup,
            before.goals.find((b) => b.topicCode === g.topicCode)?.gapFte ?? null,
          ),
        );
        checkGoals(goals, before.staffGroup, before.kind === 'individual');
        await tx.modify(
          `UPDATE development_plan SET status = $3, budget_ordinary = $4, budget_grant = $5, budget_other = $6,
                row_version = row_version + 1, updated_at = now()
         WHERE municipality_id = $1 AND id = $2 RETURNING id`,
          [
            tx.municipalityId,
            id,
            request.status,
            moneyText(request.budget.ordinaryBudget),
            moneyText(request.budget.grant),
            moneyText(request.budget.other),
          ],
        );
        await tx.query(
          'DELETE FROM development_plan_goal WHERE municipality_id = $1 AND plan_id = $2',
          [tx.municipalityId, id],
        );
        await writeGoals(tx, id, goals);
        const after = await requirePlan(tx, id);
        await tx.audit({
          entityType: 'development_plan',
          entityId: id,
          action: 'update',
          before: auditView(before),
          after: auditView(after),
        });
        return this.measured(tx, after);
      },
      'Plan',
    );
  }

  /** The yearly follow-up: what was done, what was not and why, what next; dated today. */
  followUp(actor: Actor, id: string, request: PlanFollowUpRequest): Promise<DevelopmentPlan> {
    return this.data.inKommun(
      actor,
      async (tx) => {
        const before = await this.writable(actor, tx, id, request.version);
        await tx.modify(
          `UPDATE development_plan SET follow_up_done = $3, follow_up_not_done = $4, follow_up_next = $5,
                followed_up_on = $6, row_version = row_version + 1, updated_at = now()
         WHERE municipality_id = $1 AND id = $2 RETURNING id`,
          [tx.municipalityId, id, request.done, request.notDone, request.next, todayInSweden()],
        );
        const after = await requirePlan(tx, id);
        await tx.audit({
          entityType: 'development_plan',
          entityId: id,
          action: 'update',
          before: auditView(before),
          after: auditView(after),
        });
        return this.measured(tx, after);
      },
      'Plan',
    );
  }

  /** The national survey's kommun indicators for a year, answered from the plans. */
  indicators(actor: Actor, year: number): Promise<PlanIndicators> {
    return this.data.inKommun(actor, (tx) => readPlanIndicators(tx, year));
  }

  /** The plan with its goals' progress (docs/training.md §5). */
  private async measured(tx: KommunTransaction, plan: DevelopmentPlan): Promise<DevelopmentPlan> {
    const [measured] = await withProgress(tx, this.gaps, [plan]);
    return measured;
  }

  /** A plan the caller may change (the kommun's overall plan is HR's), on the version they read. */
  private async writable(
    actor: Actor,
    tx: KommunTransaction,
    id: string,
    version: number,
  ): Promise<DevelopmentPlan> {
    const plan = await requirePlan(tx, id);
    if (plan.kind === 'overall' && plan.unitId === null && actor.role !== 'municipality_admin')
      throw new NotFoundError('Plan');
    if (plan.version !== version) throw new StaleVersionError('Plan', plan);
    return plan;
  }

  /** The topics where the plan's people are below target in the round, at the level asked. */
  private async goalsFromGaps(
    tx: KommunTransaction,
    request: CreatePlanRequest,
    group: PlanStaffGroup,
  ): Promise<GoalRow[]> {
    const round = await loadRound(tx, request.goalsFromRoundId as string);
    if (request.kind === 'individual') {
      const person = await this.gaps.staffGapsIn(tx, request.staffMemberId as string, round.id);
      return person.topics.flatMap((t) =>
        t.kind === 'below' && t.target
          ? [goalRow({ topicCode: t.topicCode, level: t.target }, group, null)]
          : [],
      );
    }
    // The gaps are per role (the målnivåer's); a plan for all staff takes the caseworkers'.
    const gaps = await this.gaps.gapsIn(tx, round, {
      unitId: request.unitId ?? undefined,
      staffRole: group === 'all' ? 'caseworker' : group,
    });
    return gaps.topics
      .filter((t) => Number(t.gapFte) > 0 && t.targetLevels.length > 0)
      .map((t) =>
        goalRow(
          {
            topicCode: t.topicCode,
            level: t.targetLevels[t.targetLevels.length - 1],
            // The target's own share when every unit asks the same; 100 when they differ upwards.
            targetShare: Math.ceil(Number(t.requiredShare)),
          },
          group,
          t.gapFte,
        ),
      );
  }
}

async function requirePlan(tx: KommunTransaction, id: string): Promise<DevelopmentPlan> {
  const [plan] = await loadPlans(tx, (p: SqlParams) => `pl.id = ${p.add(id, 'uuid')}`);
  if (!plan) throw new NotFoundError('Plan');
  return plan;
}

async function recordIndividualReads(
  tx: KommunTransaction,
  plans: readonly DevelopmentPlan[],
): Promise<void> {
  const ids = plans.flatMap((p) => (p.staffMemberId ? [p.staffMemberId] : []));
  await tx.recordRead('participation', ids);
}

function auditView(plan: DevelopmentPlan): Record<string, unknown> {
  const { kind, year, unitId, staffMemberId, staffGroup, status, budget, followUp } = plan;
  const goals = plan.goals.map(({ progress: _progress, ...goal }) => goal);
  return { kind, year, unitId, staffMemberId, staffGroup, status, goals, budget, followUp };
}

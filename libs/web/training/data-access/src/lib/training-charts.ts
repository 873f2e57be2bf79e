import {
  type DevelopmentPlan,
  FUNDING_SOURCES,
  type FundingSource,
  type FundingSummary,
  type RoundTraining,
  type TopicGap,
  type TopicTraining,
  type TrainingEffectReport,
} from '@kl/shared/contracts';
import { fromScaled, toScaled } from '@kl/shared/util';
import { FUNDING_LABELS } from './training-text';

/** A group of bars: its label and one bar per measure, in the same order in every group. */
export interface BarGroup {
  name: string;
  series: { name: string; value: number }[];
}

export const GAP_BAR_NAMES = {
  below: 'Under målnivå',
  planned: 'Planerad eller bokad utbildning',
} as const;

/** A topic's training, or none when the API listed nothing for it. */
export function topicTraining(training: RoundTraining | null, topicCode: string): TopicTraining {
  return (
    training?.topics.find((t) => t.topicCode === topicCode) ?? {
      topicCode,
      plannedStaff: 0,
      plannedFte: '0.00',
      completedStaff: 0,
      completedFte: '0.00',
    }
  );
}

/**
 * The chart "glapp per inriktning bredvid planerad utbildning": per topic with a gap, in the
 * order given (the API's rank), the FTE below target beside the FTE with a planned or booked place.
 */
export function gapTrainingSeries(
  topics: readonly TopicGap[],
  training: RoundTraining | null,
): BarGroup[] {
  return topics.map((t) => ({
    name: `${t.topicCode} ${t.topicName}`,
    series: [
      { name: GAP_BAR_NAMES.below, value: Number(t.belowFte) },
      {
        name: GAP_BAR_NAMES.planned,
        value: Number(topicTraining(training, t.topicCode).plannedFte),
      },
    ],
  }));
}

/** One funding source's money in a year: one row of the budget table, one group of its chart. */
export interface FundingRow {
  source: FundingSource;
  label: string;
  /** The year's statsbidrag granted, or the overall plan's budget; null when neither is known. */
  budget: string | null;
  /** Booked, completed and not attended. */
  used: string;
  planned: string;
  /** budget − used; null without a budget. */
  left: string | null;
}

export const FUNDING_BAR_NAMES = {
  used: 'Använt',
  planned: 'Planerat',
  budget: 'Beviljat eller budget',
  left: 'Kvar',
} as const;

/**
 * Per funding source the year's costs against its money: for statsbidrag what the year's grants
 * granted (the plan's grant budget when there is no grant), for the others the kommun's overall
 * plan's budget. Sums in öre, never floats.
 */
export function fundingRows(summary: FundingSummary, plan: DevelopmentPlan | null): FundingRow[] {
  const granted = summary.grants.reduce((sum, g) => sum + toScaled(g.granted, 2), 0n);
  const budgetOf: Record<FundingSource, string | null> = {
    ordinary_budget: plan?.budget.ordinaryBudget ?? null,
    grant: summary.grants.length > 0 ? fromScaled(granted, 2) : (plan?.budget.grant ?? null),
    other: plan?.budget.other ?? null,
  };
  return FUNDING_SOURCES.map((source) => {
    const row = summary.sources.find((s) => s.source === source);
    const used = row?.used ?? '0.00';
    const budget = budgetOf[source];
    return {
      source,
      label: FUNDING_LABELS[source],
      budget,
      used,
      planned: row?.planned ?? '0.00',
      left: budget === null ? null : fromScaled(toScaled(budget, 2) - toScaled(used, 2), 2),
    };
  });
}

/**
 * The chart "kostnad per finansieringskälla": used, planned, then the budget and what is left,
 * which have no bar when the budget is not known (so the bars keep one order in every group).
 */
export function fundingSeries(rows: readonly FundingRow[]): BarGroup[] {
  return rows.map((row) => ({
    name: row.label,
    series: [
      { name: FUNDING_BAR_NAMES.used, value: Number(row.used) },
      { name: FUNDING_BAR_NAMES.planned, value: Number(row.planned) },
      ...(row.budget === null
        ? []
        : [{ name: FUNDING_BAR_NAMES.budget, value: Number(row.budget) }]),
      ...(row.left === null ? [] : [{ name: FUNDING_BAR_NAMES.left, value: Number(row.left) }]),
    ],
  }));
}

export const EFFECT_BAR_NAMES = {
  participants: 'Deltagare som höjt sin nivå',
  comparison: 'Jämförbara som höjt sin nivå',
} as const;

/**
 * The chart "höjde kursen nivåerna?": per course and topic with both sides shown (no figure
 * suppressed), the percent of participants whose level rose beside the comparable
 * non-participants' (weighted as the API weighs them). Suppressed rows stay in the table only.
 */
export function effectSeries(report: TrainingEffectReport): BarGroup[] {
  return report.effects
    .filter((e) => e.participants.raisedShare !== null && e.comparison.raisedShare !== null)
    .map((e) => ({
      name: `${e.courseTitle}, ${e.topicCode}`,
      series: [
        { name: EFFECT_BAR_NAMES.participants, value: Number(e.participants.raisedShare) },
        { name: EFFECT_BAR_NAMES.comparison, value: Number(e.comparison.raisedShare) },
      ],
    }));
}

import type { PersonAssessments, StaffTargets } from '@kl/shared/contracts';
import {
  summariseTargetGaps,
  type TargetGap,
  targetGap,
  type TargetGapSummary,
} from '@kl/shared/util';
import { TARGET_CHOICE_LABELS } from './target-form.model';

/** One topic of a person's page against its target. */
export interface PersonTopicTarget {
  /** "Grundläggande", or "Ingen målnivå". */
  target: string;
  /** The unit that set the target when it is not the kommun-wide one; null otherwise. */
  setBy: string | null;
  gap: TargetGap;
  /** "Når målnivån", "Under målnivå (1 steg)", "Ej bedömd", …; empty without a target. */
  gapText: string;
  below: boolean;
}

export interface PersonTargetsView {
  byTopic: Map<string, PersonTopicTarget>;
  summary: TargetGapSummary;
  /** "5 av 26 inriktningar under målnivå, 2 ej bedömda". */
  summaryText: string;
}

export function gapText(gap: TargetGap): string {
  switch (gap.kind) {
    case 'below':
      return `Under målnivå (${gap.steps} steg)`;
    case 'meets':
      return 'Når målnivån';
    case 'not_assessed':
      return 'Ej bedömd';
    case 'not_applicable':
      return 'Ej tillämplig';
    case 'no_target':
      return '';
  }
}

export function summaryText(summary: TargetGapSummary): string {
  const notAssessed =
    summary.notAssessed === 0
      ? ''
      : `, ${summary.notAssessed} ${summary.notAssessed === 1 ? 'ej bedömd' : 'ej bedömda'}`;
  return `${summary.below} av ${summary.withTarget} inriktningar under målnivå${notAssessed}`;
}

/**
 * A person's leader values in a round against the targets that apply to them; null when no
 * target applies at all (the page then shows no target column).
 */
export function personTargetsView(
  data: PersonAssessments,
  roundId: string,
  targets: StaffTargets,
): PersonTargetsView | null {
  if (targets.targets.length === 0) return null;
  const byCode = new Map(targets.targets.map((target) => [target.topicCode, target]));
  const byTopic = new Map<string, PersonTopicTarget>();
  for (const topic of data.topics) {
    const target = byCode.get(topic.code);
    const value = topic.rounds.find((entry) => entry.roundId === roundId)?.leader?.value ?? null;
    const gap = targetGap(value, target?.level ?? null);
    byTopic.set(topic.code, {
      target: target ? TARGET_CHOICE_LABELS[target.level] : TARGET_CHOICE_LABELS.none,
      setBy: target?.origin.unitName ?? null,
      gap,
      gapText: gapText(gap),
      below: gap.kind === 'below',
    });
  }
  const summary = summariseTargetGaps([...byTopic.values()].map((topic) => topic.gap));
  return { byTopic, summary, summaryText: summaryText(summary) };
}

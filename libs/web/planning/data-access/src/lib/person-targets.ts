import type { PersonTopicGap, StaffGaps, StaffTargets } from '@kl/shared/contracts';
import type { TargetGap, TargetGapSummary } from '@kl/shared/util';
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

function asTargetGap(topic: PersonTopicGap): TargetGap {
  return topic.kind === 'below' ? { kind: 'below', steps: topic.steps } : { kind: topic.kind };
}

/**
 * A person's standing against their målnivåer in a round as the API computed it
 * (`GET /api/staff/:id/gaps`), in words; the unit that set each target comes from
 * `GET /api/staff/:id/targets`. Null when no target applies at all (the page then shows no
 * target column).
 */
export function personTargetsView(
  gaps: StaffGaps,
  targets: StaffTargets | null,
): PersonTargetsView | null {
  if (gaps.summary.withTarget === 0) return null;
  const origins = new Map((targets?.targets ?? []).map((target) => [target.topicCode, target]));
  const byTopic = new Map<string, PersonTopicTarget>();
  for (const topic of gaps.topics) {
    const gap = asTargetGap(topic);
    const origin = origins.get(topic.topicCode);
    byTopic.set(topic.topicCode, {
      target: TARGET_CHOICE_LABELS[topic.target ?? 'none'],
      setBy: origin?.level === topic.target ? (origin?.origin.unitName ?? null) : null,
      gap,
      gapText: gapText(gap),
      below: gap.kind === 'below',
    });
  }
  return { byTopic, summary: gaps.summary, summaryText: summaryText(gaps.summary) };
}

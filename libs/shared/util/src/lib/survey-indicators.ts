import type {
  IndicatorAnswer,
  IndicatorMeasure,
  PlanIndicators,
  TrainingIndicators,
} from '@kl/shared/contracts';

const SURVEY_ANSWER = { yes: 'ja', partly: 'delvis', no: 'nej' } as const;

/**
 * The survey's plan indicators as the kommun's plans answer them, to suggest in a national
 * submission. A kommun with no plan of the year does not keep its plans here: nothing is
 * suggested (a "nej" would be a guess), and the administrator answers.
 */
export function surveyIndicatorsFromPlans(
  plans: PlanIndicators,
): Partial<Record<IndicatorMeasure, IndicatorAnswer>> {
  if (plans.followedUp.plans === 0) return {};
  return {
    ind_samlad_plan_handlaggare: plans.overallPlan ? 'ja' : 'nej',
    ind_plan_arbetsledare: SURVEY_ANSWER[plans.teamLeaderPlans.answer],
    ind_plan_foljs_upp_arligen: SURVEY_ANSWER[plans.followedUp.answer],
  };
}

/**
 * The survey's training indicators as participation and follow-ups answer them: planned training
 * carried out, for caseworkers and for team leaders, and completed training consolidated
 * (förvaltat). An indicator with nothing to count (no planned training of the group, nothing
 * completed) is not suggested: the administrator answers.
 */
export function surveyIndicatorsFromTraining(
  training: TrainingIndicators,
): Partial<Record<IndicatorMeasure, IndicatorAnswer>> {
  const { caseworkers, teamLeaders } = training.carriedOut;
  const consolidated = training.consolidated;
  return {
    ...(caseworkers.planned > 0 && { ind_genomfort_handlaggare: SURVEY_ANSWER[caseworkers.answer] }),
    ...(teamLeaders.planned > 0 && { ind_genomfort_arbetsledare: SURVEY_ANSWER[teamLeaders.answer] }),
    ...(consolidated.completed > 0 && { ind_forvaltat: SURVEY_ANSWER[consolidated.answer] }),
  };
}

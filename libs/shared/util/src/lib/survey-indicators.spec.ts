import type { PlanIndicators, TrainingIndicators } from '@kl/shared/contracts';
import { surveyIndicatorsFromPlans, surveyIndicatorsFromTraining } from './survey-indicators';

const plans = (
  overallPlan: boolean,
  withPlan: number,
  teamLeaders: number,
  followedUp: number,
  count: number,
): PlanIndicators => ({
  year: 2025,
  overallPlan,
  teamLeaderPlans: {
    overallPlan: false,
    withPlan,
    teamLeaders,
    answer: teamLeaders > 0 && withPlan === teamLeaders ? 'yes' : withPlan > 0 ? 'partly' : 'no',
  },
  followedUp: {
    followedUp,
    plans: count,
    answer: count > 0 && followedUp === count ? 'yes' : followedUp > 0 ? 'partly' : 'no',
  },
});

describe('surveyIndicatorsFromPlans', () => {
  it('suggests nothing when the kommun has no plan of the year', () => {
    expect(surveyIndicatorsFromPlans(plans(false, 0, 4, 0, 0))).toEqual({});
  });

  it('answers the three plan indicators from the plans', () => {
    expect(surveyIndicatorsFromPlans(plans(true, 1, 2, 0, 2))).toEqual({
      ind_samlad_plan_handlaggare: 'ja',
      ind_plan_arbetsledare: 'delvis',
      ind_plan_foljs_upp_arligen: 'nej',
    });
    expect(surveyIndicatorsFromPlans(plans(false, 2, 2, 3, 3))).toEqual({
      ind_samlad_plan_handlaggare: 'nej',
      ind_plan_arbetsledare: 'ja',
      ind_plan_foljs_upp_arligen: 'ja',
    });
  });
});

const count = (part: number, whole: number) =>
  whole > 0 && part === whole ? 'yes' : part > 0 ? 'partly' : 'no';
const training = (
  [cwDone, cwPlanned]: [number, number],
  [tlDone, tlPlanned]: [number, number],
  [consolidated, completed]: [number, number],
): TrainingIndicators => ({
  year: 2026,
  carriedOut: {
    caseworkers: { completed: cwDone, planned: cwPlanned, answer: count(cwDone, cwPlanned) },
    teamLeaders: { completed: tlDone, planned: tlPlanned, answer: count(tlDone, tlPlanned) },
  },
  consolidated: { consolidated, followedUp: consolidated, completed, answer: count(consolidated, completed) },
});

describe('surveyIndicatorsFromTraining', () => {
  it('suggests nothing where there is nothing to count', () => {
    expect(surveyIndicatorsFromTraining(training([0, 0], [0, 0], [0, 0]))).toEqual({});
  });

  it('answers carried out per group and consolidated from the counts', () => {
    expect(surveyIndicatorsFromTraining(training([3, 4], [0, 0], [0, 3]))).toEqual({
      ind_genomfort_handlaggare: 'delvis',
      ind_forvaltat: 'nej',
    });
    expect(surveyIndicatorsFromTraining(training([2, 2], [0, 1], [3, 3]))).toEqual({
      ind_genomfort_handlaggare: 'ja',
      ind_genomfort_arbetsledare: 'nej',
      ind_forvaltat: 'ja',
    });
  });
});

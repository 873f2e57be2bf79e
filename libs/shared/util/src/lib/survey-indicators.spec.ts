import type { PlanIndicators } from '@kl/shared/contracts';
import { surveyIndicatorsFromPlans } from './survey-indicators';

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

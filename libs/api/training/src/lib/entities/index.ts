import { Course } from './course.entity';
import { CourseSession } from './course-session.entity';
import { CourseSessionSeat } from './course-session-seat.entity';
import { CourseTopic } from './course-topic.entity';
import { DevelopmentPlan } from './development-plan.entity';
import { DevelopmentPlanGoal } from './development-plan-goal.entity';
import { IntroductionProgramme } from './introduction-programme.entity';
import { IntroductionProgrammeStep } from './introduction-programme-step.entity';
import { Participation } from './participation.entity';
import { StaffIntroduction } from './staff-introduction.entity';
import { StaffIntroductionStep } from './staff-introduction-step.entity';
import { StateGrant } from './state-grant.entity';
import { SupervisionArrangement } from './supervision-arrangement.entity';
import { TrainingFollowUp } from './training-follow-up.entity';
import { TrainingFollowUpTopic } from './training-follow-up-topic.entity';

export {
  Course,
  CourseSession,
  CourseSessionSeat,
  CourseTopic,
  DevelopmentPlan,
  DevelopmentPlanGoal,
  IntroductionProgramme,
  IntroductionProgrammeStep,
  Participation,
  StaffIntroduction,
  StaffIntroductionStep,
  StateGrant,
  TrainingFollowUp,
  TrainingFollowUpTopic,
  SupervisionArrangement,
};

/** The training module's entities, listed explicitly for the data source. */
export const trainingEntities = [
  Course,
  CourseTopic,
  CourseSession,
  CourseSessionSeat,
  StateGrant,
  Participation,
  DevelopmentPlan,
  DevelopmentPlanGoal,
  TrainingFollowUp,
  TrainingFollowUpTopic,
  IntroductionProgramme,
  IntroductionProgrammeStep,
  StaffIntroduction,
  StaffIntroductionStep,
  SupervisionArrangement,
];

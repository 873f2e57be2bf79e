import { Course } from './course.entity';
import { CourseSession } from './course-session.entity';
import { CourseSessionSeat } from './course-session-seat.entity';
import { CourseTopic } from './course-topic.entity';
import { DevelopmentPlan } from './development-plan.entity';
import { DevelopmentPlanGoal } from './development-plan-goal.entity';
import { Participation } from './participation.entity';
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
  Participation,
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
  SupervisionArrangement,
];

import { Module } from '@nestjs/common';
import { PlanningModule } from '@kl/api/planning';
import { PlansController } from './plans.controller';
import { PlansService } from './plans.service';
import { CoursesController, SessionsController, SuggestionsController } from './courses.controller';
import { CoursesService } from './courses.service';
import { FollowUpController } from './follow-up/follow-up.controller';
import { FollowUpService } from './follow-up/follow-up.service';
import { FundingService } from './funding.service';
import { GapTrainingController } from './gap-training.controller';
import { GapTrainingService } from './gap-training.service';
import { FundingController, ParticipationController } from './participation.controller';
import { ParticipationService } from './participation.service';
import { SessionsService } from './sessions.service';
import { SuggestionsService } from './suggestions.service';
import { QualificationService } from './support/qualification.service';
import { SupervisionController } from './support/supervision.controller';
import { SupervisionService } from './support/supervision.service';

/** Training: the course catalogue, sessions, participation, its funding and follow-up (docs/training.md). */
@Module({
  imports: [PlanningModule],
  controllers: [
    CoursesController,
    SessionsController,
    SuggestionsController,
    ParticipationController,
    FundingController,
    GapTrainingController,
    PlansController,
    FollowUpController,
    SupervisionController,
  ],
  providers: [
    CoursesService,
    SessionsService,
    ParticipationService,
    FundingService,
    SuggestionsService,
    GapTrainingService,
    PlansService,
    FollowUpService,
    SupervisionService,
    QualificationService,
  ],
  exports: [CoursesService, SessionsService],
})
export class TrainingModule {}

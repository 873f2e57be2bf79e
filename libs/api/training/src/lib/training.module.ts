import { Module } from '@nestjs/common';
import { PlanningModule } from '@kl/api/planning';
import { PlansController } from './plans.controller';
import { PlansService } from './plans.service';
import { CoursesController, SessionsController, SuggestionsController } from './courses.controller';
import { CoursesService } from './courses.service';
import { FollowUpController } from './follow-up/follow-up.controller';
import { FollowUpService } from './follow-up/follow-up.service';
import { FundingService } from './funding.service';
import { IntroductionProgrammesController, IntroductionsController } from './introduction/introduction.controller';
import { IntroductionsService } from './introduction/introductions.service';
import { ProgrammesService } from './introduction/programmes.service';
import { GapTrainingController } from './gap-training.controller';
import { GapTrainingService } from './gap-training.service';
import { FundingController, ParticipationController } from './participation.controller';
import { ParticipationService } from './participation.service';
import { SessionsService } from './sessions.service';
import { SuggestionsService } from './suggestions.service';
import { TrainingReportsController } from './reports/training-reports.controller';
import { TrainingReportsService } from './reports/training-reports.service';
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
    IntroductionProgrammesController,
    IntroductionsController,
    TrainingReportsController,
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
    ProgrammesService,
    IntroductionsService,
    TrainingReportsService,
    SupervisionService,
    QualificationService,
  ],
  exports: [CoursesService, SessionsService],
})
export class TrainingModule {}

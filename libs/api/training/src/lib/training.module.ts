import { Module } from '@nestjs/common';
import { CoursesController, SessionsController, SuggestionsController } from './courses.controller';
import { CoursesService } from './courses.service';
import { FundingService } from './funding.service';
import { FundingController, ParticipationController } from './participation.controller';
import { ParticipationService } from './participation.service';
import { SessionsService } from './sessions.service';
import { SuggestionsService } from './suggestions.service';

/** Training: the course catalogue, sessions, participation and its funding (docs/training.md). */
@Module({
  controllers: [
    CoursesController,
    SessionsController,
    SuggestionsController,
    ParticipationController,
    FundingController,
  ],
  providers: [
    CoursesService,
    SessionsService,
    ParticipationService,
    FundingService,
    SuggestionsService,
  ],
  exports: [CoursesService, SessionsService],
})
export class TrainingModule {}

import { Module } from '@nestjs/common';
import { NotificationsModule } from '@kl/api/notifications';
import { PersonAssessmentsController, RoundAssessmentsController } from './assessments.controller';
import { AssessmentsService } from './assessments.service';
import { DashboardService } from './dashboard.service';
import { RoundClock } from './round-clock';
import { RoundProgressController } from './round-progress.controller';
import { RoundsController } from './rounds.controller';
import { RoundsService } from './rounds.service';
import { ServiceAreasController } from './service-areas.controller';
import { ServiceAreasService } from './service-areas.service';
import { SignOffsService } from './sign-offs.service';

/** Inventory rounds: their populations, the matrix, the overview and trend, sign-offs and the round clock. */
@Module({
  imports: [NotificationsModule],
  controllers: [
    RoundsController,
    RoundAssessmentsController,
    PersonAssessmentsController,
    RoundProgressController,
    ServiceAreasController,
  ],
  providers: [RoundsService, AssessmentsService, DashboardService, ServiceAreasService, SignOffsService, RoundClock],
  exports: [RoundsService, AssessmentsService, RoundClock],
})
export class InventoryModule {}

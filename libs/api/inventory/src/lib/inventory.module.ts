import { Module } from '@nestjs/common';
import { PersonAssessmentsController, RoundAssessmentsController } from './assessments.controller';
import { AssessmentsService } from './assessments.service';
import { DashboardService } from './dashboard.service';
import { RoundsController } from './rounds.controller';
import { RoundsService } from './rounds.service';

@Module({
  controllers: [RoundsController, RoundAssessmentsController, PersonAssessmentsController],
  providers: [RoundsService, AssessmentsService, DashboardService],
  exports: [RoundsService, AssessmentsService],
})
export class InventoryModule {}

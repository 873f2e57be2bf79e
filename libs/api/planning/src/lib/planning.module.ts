import { Module } from '@nestjs/common';
import { StaffTargetsController, TargetsController } from './targets.controller';
import { TargetsService } from './targets.service';

/** Planning: målnivåer now; the kompetensutvecklingsplaner (DevelopmentPlan) build on them later. */
@Module({
  controllers: [TargetsController, StaffTargetsController],
  providers: [TargetsService],
  exports: [TargetsService],
})
export class PlanningModule {}

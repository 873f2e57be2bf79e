import { Module } from '@nestjs/common';
import { GapsController } from './gaps.controller';
import { GapsService } from './gaps.service';
import { StaffTargetsController, TargetsController } from './targets.controller';
import { TargetsService } from './targets.service';

/** Planning: målnivåer now; the kompetensutvecklingsplaner (DevelopmentPlan) build on them later. */
@Module({
  controllers: [TargetsController, StaffTargetsController, GapsController],
  providers: [TargetsService, GapsService],
  exports: [TargetsService, GapsService],
})
export class PlanningModule {}

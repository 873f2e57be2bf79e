import { Controller, Get, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { type Actor, CurrentActor, Roles } from '@kl/api/core';
import type {
  TrainingDeliveryReport,
  TrainingEffectReport,
  TrainingReachReport,
} from '@kl/shared/contracts';
import { ReachQueryDto, ReportYearQueryDto } from './training-reports.dto';
import { TrainingReportsService } from './training-reports.service';

const thisYear = () => new Date().getFullYear();

@ApiTags('training')
@Controller('training/reports')
export class TrainingReportsController {
  constructor(private readonly reports: TrainingReportsService) {}

  @Get('effect')
  @Roles('municipality_admin', 'team_leader')
  @ApiOperation({
    summary:
      "Per course and topic the participants' level change between the closed rounds around it beside comparable non-participants' (fewer than 5 people: suppressed)",
  })
  effect(@CurrentActor() actor: Actor, @Query() query: ReportYearQueryDto): Promise<TrainingEffectReport> {
    return this.reports.effect(actor, query.year ?? null);
  }

  @Get('delivery')
  @Roles('municipality_admin', 'team_leader')
  @ApiOperation({ summary: 'Planned vs carried out: participations by unit, course type and cancellation reason' })
  delivery(@CurrentActor() actor: Actor, @Query() query: ReportYearQueryDto): Promise<TrainingDeliveryReport> {
    return this.reports.delivery(actor, query.year ?? thisYear());
  }

  @Get('reach')
  @Roles('municipality_admin', 'team_leader')
  @ApiOperation({ summary: 'Who got training: staff and completed courses by experience band and socionomexamen' })
  reach(@CurrentActor() actor: Actor, @Query() query: ReachQueryDto): Promise<TrainingReachReport> {
    return this.reports.reach(actor, query.year ?? thisYear(), query.staffRole ?? 'caseworker');
  }
}

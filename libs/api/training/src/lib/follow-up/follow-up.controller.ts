import { Body, Controller, Get, Param, Put, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { type Actor, CurrentActor, IdParams, Roles } from '@kl/api/core';
import type { FollowUpDueList, TrainingFollowUp, TrainingIndicators } from '@kl/shared/contracts';
import { PlansQueryDto } from '../dto/plan.dto';
import { FollowUpDueQueryDto, SaveFollowUpDto } from './follow-up.dto';
import { FollowUpService } from './follow-up.service';

@ApiTags('training')
@Controller()
export class FollowUpController {
  constructor(private readonly followUps: FollowUpService) {}

  @Get('follow-ups/due')
  @Roles('municipality_admin', 'team_leader')
  @ApiOperation({
    summary: "Follow-ups and reassessments due in the caller's reach (HR: the kommun), overdue flagged",
  })
  due(@CurrentActor() actor: Actor, @Query() query: FollowUpDueQueryDto): Promise<FollowUpDueList> {
    return this.followUps.due(actor, query);
  }

  @Get('follow-ups/indicators')
  @Roles('municipality_admin')
  @ApiOperation({
    summary: "The survey's training indicators (carried out, consolidated) answered from the data",
  })
  indicators(
    @CurrentActor() actor: Actor,
    @Query() query: PlansQueryDto,
  ): Promise<TrainingIndicators> {
    return this.followUps.indicators(actor, query.year ?? new Date().getFullYear());
  }

  @Get('participations/:id/follow-up')
  @Roles('municipality_admin', 'team_leader')
  @ApiOperation({ summary: "A completed participation's follow-up (404 when none yet)" })
  get(@CurrentActor() actor: Actor, @Param() { id }: IdParams): Promise<TrainingFollowUp> {
    return this.followUps.get(actor, id);
  }

  @Put('participations/:id/follow-up')
  @Roles('municipality_admin', 'team_leader')
  @ApiOperation({
    summary:
      'Record or change the follow-up: applied helt/delvis/nej, a note, topics to reassess (409 STALE_VERSION, FOLLOW_UP_NOT_COMPLETED)',
  })
  save(
    @CurrentActor() actor: Actor,
    @Param() { id }: IdParams,
    @Body() dto: SaveFollowUpDto,
  ): Promise<TrainingFollowUp> {
    return this.followUps.save(actor, id, dto);
  }
}

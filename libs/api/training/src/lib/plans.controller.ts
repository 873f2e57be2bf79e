import { Body, Controller, Get, Param, Post, Put, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { type Actor, CurrentActor, IdParams, Roles } from '@kl/api/core';
import type { DevelopmentPlan, PlanIndicators } from '@kl/shared/contracts';
import { CreatePlanDto, PlanFollowUpDto, PlansQueryDto, UpdatePlanDto } from './dto/plan.dto';
import { PlansService } from './plans.service';

@ApiTags('training')
@Controller('plans')
export class PlansController {
  constructor(private readonly plans: PlansService) {}

  @Get()
  @Roles('municipality_admin', 'team_leader', 'caseworker')
  @ApiOperation({ summary: 'The plans the caller reaches (a caseworker: their own)' })
  list(@CurrentActor() actor: Actor, @Query() query: PlansQueryDto): Promise<DevelopmentPlan[]> {
    return this.plans.list(actor, query.year);
  }

  @Get('indicators')
  @Roles('municipality_admin')
  @ApiOperation({ summary: "The national survey's kommun indicators, answered from the plans" })
  indicators(@CurrentActor() actor: Actor, @Query() query: PlansQueryDto): Promise<PlanIndicators> {
    return this.plans.indicators(actor, query.year ?? new Date().getFullYear());
  }

  @Get(':id')
  @Roles('municipality_admin', 'team_leader', 'caseworker')
  @ApiOperation({ summary: 'One plan with its goals, what was done and its costs' })
  get(@CurrentActor() actor: Actor, @Param() { id }: IdParams): Promise<DevelopmentPlan> {
    return this.plans.get(actor, id);
  }

  @Post()
  @Roles('municipality_admin', 'team_leader')
  @ApiOperation({
    summary: 'An overall or individual plan for a year, its goals from the gaps when asked',
  })
  create(@CurrentActor() actor: Actor, @Body() dto: CreatePlanDto): Promise<DevelopmentPlan> {
    return this.plans.create(actor, dto);
  }

  @Put(':id')
  @Roles('municipality_admin', 'team_leader')
  @ApiOperation({ summary: 'Change status, goals and budget (409 STALE_VERSION)' })
  update(
    @CurrentActor() actor: Actor,
    @Param() { id }: IdParams,
    @Body() dto: UpdatePlanDto,
  ): Promise<DevelopmentPlan> {
    return this.plans.update(actor, id, dto);
  }

  @Put(':id/follow-up')
  @Roles('municipality_admin', 'team_leader')
  @ApiOperation({ summary: 'The yearly follow-up: done, not done and why, next' })
  followUp(
    @CurrentActor() actor: Actor,
    @Param() { id }: IdParams,
    @Body() dto: PlanFollowUpDto,
  ): Promise<DevelopmentPlan> {
    return this.plans.followUp(actor, id, dto);
  }
}

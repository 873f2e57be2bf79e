import { Body, Controller, Get, Param, Put, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { type Actor, CurrentActor, Roles } from '@kl/api/core';
import type {
  AssessmentMatrix,
  PersonAssessments,
  RoundDashboard,
  RoundTrend,
  SaveAssessmentsResult,
} from '@kl/shared/contracts';
import {
  RoundScopeQueryDto,
  SaveAssessmentsDto,
  SaveSelfAssessmentsDto,
} from './dto/assessment.dto';
import { IdParams } from '@kl/api/core';
import { AssessmentsService } from './assessments.service';
import { DashboardService } from './dashboard.service';

@ApiTags('inventory')
@Controller('rounds')
export class RoundAssessmentsController {
  constructor(
    private readonly assessments: AssessmentsService,
    private readonly dashboards: DashboardService,
  ) {}

  @Get(':id/matrix')
  @Roles('municipality_admin', 'team_leader')
  @ApiOperation({
    summary:
      "The round's population in the caller's reach (one group: caseworkers or team leaders) × topics, with each cell's current leader value",
  })
  matrix(
    @CurrentActor() actor: Actor,
    @Param() { id }: IdParams,
    @Query() query: RoundScopeQueryDto,
  ): Promise<AssessmentMatrix> {
    return this.assessments.matrix(actor, id, query);
  }

  @Put(':id/assessments')
  @Roles('municipality_admin', 'team_leader')
  @ApiOperation({
    summary: 'Save a batch of cells in one transaction',
    description:
      '200 { saved, conflicts: [] } when every cell was written. 409 ASSESSMENT_CONFLICT when any cell was stale: ' +
      'the body’s `current` is { saved, conflicts } — saved cells ARE committed, conflicts carry the current value.',
  })
  @ApiOkResponse({ description: 'Every cell saved' })
  save(
    @CurrentActor() actor: Actor,
    @Param() { id }: IdParams,
    @Body() dto: SaveAssessmentsDto,
  ): Promise<SaveAssessmentsResult> {
    return this.assessments.saveLeader(actor, id, dto.cells);
  }

  @Put(':id/self-assessments')
  @Roles('caseworker')
  @ApiOperation({
    summary: 'The caller’s own self-assessment (shown beside the leader’s, never counted)',
  })
  saveSelf(
    @CurrentActor() actor: Actor,
    @Param() { id }: IdParams,
    @Body() dto: SaveSelfAssessmentsDto,
  ): Promise<SaveAssessmentsResult> {
    return this.assessments.saveSelf(actor, id, dto.cells);
  }

  @Get(':id/dashboard')
  @Roles('municipality_admin', 'team_leader')
  @ApiOperation({
    summary:
      'FTE-weighted level distribution, coverage, staleness and heatmap for the caller’s scope',
  })
  dashboard(
    @CurrentActor() actor: Actor,
    @Param() { id }: IdParams,
    @Query() query: RoundScopeQueryDto,
  ): Promise<RoundDashboard> {
    return this.dashboards.dashboard(actor, id, query);
  }

  @Get(':id/trend')
  @Roles('municipality_admin', 'team_leader')
  @ApiOperation({
    summary: 'Level distribution per area and topic in each opened round up to this one',
  })
  trend(
    @CurrentActor() actor: Actor,
    @Param() { id }: IdParams,
    @Query() query: RoundScopeQueryDto,
  ): Promise<RoundTrend> {
    return this.dashboards.trend(actor, id, query);
  }
}

@ApiTags('inventory')
@Controller('staff')
export class PersonAssessmentsController {
  constructor(private readonly assessments: AssessmentsService) {}

  @Get(':id/assessments')
  @Roles('municipality_admin', 'team_leader', 'caseworker')
  @ApiOperation({
    summary:
      'One person’s levels per topic across rounds, self-assessment beside (404 outside scope)',
  })
  person(@CurrentActor() actor: Actor, @Param() { id }: IdParams): Promise<PersonAssessments> {
    return this.assessments.person(actor, id);
  }
}

import { Body, Controller, Get, Param, Patch, Post, Put, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { type Actor, CurrentActor, IdParams, Roles } from '@kl/api/core';
import type { FundingSummary, Participation, StateGrant } from '@kl/shared/contracts';
import {
  BookParticipantsDto,
  FundingQueryDto,
  SaveGrantDto,
  UpdateParticipationDto,
} from './dto/participation.dto';
import { FundingService } from './funding.service';
import { ParticipationService } from './participation.service';

@ApiTags('training')
@Controller()
export class ParticipationController {
  constructor(private readonly participation: ParticipationService) {}

  @Get('sessions/:id/participations')
  @Roles('municipality_admin', 'team_leader')
  @ApiOperation({ summary: "Who of the caller's reach is on a session" })
  forSession(@CurrentActor() actor: Actor, @Param() { id }: IdParams): Promise<Participation[]> {
    return this.participation.forSession(actor, id);
  }

  @Post('sessions/:id/participations')
  @Roles('municipality_admin', 'team_leader', 'caseworker')
  @ApiOperation({
    summary:
      'Book one person or a team (409 SESSION_FULL, PARTICIPATION_OVERLAP, GRANT_EXCEEDED); a caseworker asks for themself',
  })
  book(
    @CurrentActor() actor: Actor,
    @Param() { id }: IdParams,
    @Body() dto: BookParticipantsDto,
  ): Promise<Participation[]> {
    return this.participation.book(actor, id, dto);
  }

  @Patch('participations/:id')
  @Roles('municipality_admin', 'team_leader')
  @ApiOperation({
    summary: 'Move a participation on (cancelled needs a reason) or change its funding',
  })
  update(
    @CurrentActor() actor: Actor,
    @Param() { id }: IdParams,
    @Body() dto: UpdateParticipationDto,
  ): Promise<Participation> {
    return this.participation.update(actor, id, dto);
  }

  @Get('staff/:id/participations')
  @Roles('municipality_admin', 'team_leader', 'caseworker')
  @ApiOperation({ summary: "One person's courses and bookings (404 outside scope)" })
  forStaff(@CurrentActor() actor: Actor, @Param() { id }: IdParams): Promise<Participation[]> {
    return this.participation.forStaff(actor, id);
  }
}

@ApiTags('training')
@Controller()
export class FundingController {
  constructor(private readonly funding: FundingService) {}

  @Get('grants')
  @Roles('municipality_admin')
  @ApiOperation({ summary: "The kommun's statsbidrag: granted, requisitioned, used, left" })
  grants(@CurrentActor() actor: Actor): Promise<StateGrant[]> {
    return this.funding.grants(actor);
  }

  @Post('grants')
  @Roles('municipality_admin')
  @ApiOperation({ summary: 'A named statsbidrag for a year' })
  createGrant(@CurrentActor() actor: Actor, @Body() dto: SaveGrantDto): Promise<StateGrant> {
    return this.funding.create(actor, dto);
  }

  @Put('grants/:id')
  @Roles('municipality_admin')
  @ApiOperation({ summary: 'Change a statsbidrag (409 STALE_VERSION)' })
  updateGrant(
    @CurrentActor() actor: Actor,
    @Param() { id }: IdParams,
    @Body() dto: SaveGrantDto,
  ): Promise<StateGrant> {
    return this.funding.update(actor, id, dto);
  }

  @Get('funding')
  @Roles('municipality_admin')
  @ApiOperation({ summary: 'Every cost of a year by funding source, and the year’s grants' })
  summary(@CurrentActor() actor: Actor, @Query() query: FundingQueryDto): Promise<FundingSummary> {
    return this.funding.summary(actor, query.year ?? new Date().getFullYear());
  }
}

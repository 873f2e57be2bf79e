import { Body, Controller, Get, Param, Post, Put, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { type Actor, CurrentActor, IdParams, Roles } from '@kl/api/core';
import type {
  Introduction,
  IntroductionProgramme,
  IntroductionSummary,
  MentorLoad,
  NewStaffIntroduction,
} from '@kl/shared/contracts';
import {
  CreateIntroductionDto,
  IntroductionQueryDto,
  IntroductionStepParams,
  MarkIntroductionStepDto,
  SaveIntroductionProgrammeDto,
  UpdateIntroductionDto,
} from './introduction.dto';
import { IntroductionsService } from './introductions.service';
import { ProgrammesService } from './programmes.service';

@ApiTags('training')
@Controller('introduction-programmes')
export class IntroductionProgrammesController {
  constructor(private readonly programmes: ProgrammesService) {}

  @Get()
  @Roles('municipality_admin', 'team_leader')
  @ApiOperation({ summary: "The kommun's introduction programmes with their steps" })
  list(@CurrentActor() actor: Actor): Promise<IntroductionProgramme[]> {
    return this.programmes.list(actor);
  }

  @Post()
  @Roles('municipality_admin')
  @ApiOperation({ summary: 'A new introduction programme (HR)' })
  create(@CurrentActor() actor: Actor, @Body() dto: SaveIntroductionProgrammeDto): Promise<IntroductionProgramme> {
    return this.programmes.create(actor, dto);
  }

  @Put(':id')
  @Roles('municipality_admin')
  @ApiOperation({ summary: 'Change a programme and its steps (409 STALE_VERSION)' })
  update(
    @CurrentActor() actor: Actor,
    @Param() { id }: IdParams,
    @Body() dto: SaveIntroductionProgrammeDto,
  ): Promise<IntroductionProgramme> {
    return this.programmes.update(actor, id, dto);
  }
}

@ApiTags('training')
@Controller('introductions')
export class IntroductionsController {
  constructor(private readonly introductions: IntroductionsService) {}

  @Get()
  @Roles('municipality_admin', 'team_leader', 'caseworker')
  @ApiOperation({ summary: "Introductions in the caller's reach, their own and their mentees'" })
  list(@CurrentActor() actor: Actor, @Query() query: IntroductionQueryDto): Promise<IntroductionSummary[]> {
    return this.introductions.list(actor, query);
  }

  @Get('new-staff')
  @Roles('municipality_admin', 'team_leader')
  @ApiOperation({ summary: 'New staff in reach, flagged without a programme or a mentor' })
  newStaff(@CurrentActor() actor: Actor, @Query() query: IntroductionQueryDto): Promise<NewStaffIntroduction[]> {
    return this.introductions.newStaff(actor, query);
  }

  @Get('mentor-load')
  @Roles('municipality_admin')
  @ApiOperation({ summary: 'Mentees and active introductions per mentor (HR)' })
  mentorLoad(@CurrentActor() actor: Actor): Promise<MentorLoad[]> {
    return this.introductions.mentorLoad(actor);
  }

  @Get(':id')
  @Roles('municipality_admin', 'team_leader', 'caseworker')
  @ApiOperation({ summary: 'One introduction with the progress of each step' })
  get(@CurrentActor() actor: Actor, @Param() { id }: IdParams): Promise<Introduction> {
    return this.introductions.get(actor, id);
  }

  @Post()
  @Roles('municipality_admin', 'team_leader')
  @ApiOperation({ summary: 'Give a new hire a programme and a mentor' })
  create(@CurrentActor() actor: Actor, @Body() dto: CreateIntroductionDto): Promise<Introduction> {
    return this.introductions.create(actor, dto);
  }

  @Put(':id')
  @Roles('municipality_admin', 'team_leader')
  @ApiOperation({ summary: 'Change the programme, mentor or start (409 STALE_VERSION)' })
  update(
    @CurrentActor() actor: Actor,
    @Param() { id }: IdParams,
    @Body() dto: UpdateIntroductionDto,
  ): Promise<Introduction> {
    return this.introductions.update(actor, id, dto);
  }

  @Put(':id/steps/:stepId')
  @Roles('municipality_admin', 'team_leader', 'caseworker')
  @ApiOperation({
    summary: 'Mark a step done or not (course steps: by participation, 409 INTRODUCTION_STEP_BY_PARTICIPATION)',
  })
  markStep(
    @CurrentActor() actor: Actor,
    @Param() { id, stepId }: IntroductionStepParams,
    @Body() dto: MarkIntroductionStepDto,
  ): Promise<Introduction> {
    return this.introductions.markStep(actor, id, stepId, dto);
  }
}

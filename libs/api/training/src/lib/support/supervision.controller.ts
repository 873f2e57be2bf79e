import { Body, Controller, Get, Param, Post, Put, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { type Actor, CurrentActor, IdParams, Roles } from '@kl/api/core';
import type {
  QualificationList,
  SupervisionArrangement,
  SupervisionFlagList,
  SupervisorCandidate,
} from '@kl/shared/contracts';
import { QualificationService } from './qualification.service';
import {
  SaveSupervisionArrangementDto,
  SupervisionFlagsQueryDto,
  SupervisionQueryDto,
  SupervisorQueryDto,
} from './supervision.dto';
import { SupervisionService } from './supervision.service';

@ApiTags('training')
@Controller()
export class SupervisionController {
  constructor(
    private readonly supervision: SupervisionService,
    private readonly qualification: QualificationService,
  ) {}

  @Get('supervision/arrangements')
  @Roles('municipality_admin', 'team_leader', 'caseworker')
  @ApiOperation({ summary: "Supervision arrangements in the caller's reach (a caseworker: their own)" })
  list(@CurrentActor() actor: Actor, @Query() query: SupervisionQueryDto): Promise<SupervisionArrangement[]> {
    return this.supervision.list(actor, query.staffMemberId);
  }

  @Post('supervision/arrangements')
  @Roles('municipality_admin', 'team_leader')
  @ApiOperation({ summary: 'Record ärendehandledning for a person and topic' })
  create(
    @CurrentActor() actor: Actor,
    @Body() dto: SaveSupervisionArrangementDto,
  ): Promise<SupervisionArrangement> {
    return this.supervision.create(actor, dto);
  }

  @Put('supervision/arrangements/:id')
  @Roles('municipality_admin', 'team_leader')
  @ApiOperation({ summary: 'Change an arrangement on the version read (409 STALE_VERSION)' })
  update(
    @CurrentActor() actor: Actor,
    @Param() { id }: IdParams,
    @Body() dto: SaveSupervisionArrangementDto,
  ): Promise<SupervisionArrangement> {
    return this.supervision.update(actor, id, dto);
  }

  @Get('supervision/flags')
  @Roles('municipality_admin', 'team_leader')
  @ApiOperation({ summary: 'People assessed saknar in a topic in the current round without an active arrangement' })
  flags(@CurrentActor() actor: Actor, @Query() query: SupervisionFlagsQueryDto): Promise<SupervisionFlagList> {
    return this.supervision.flags(actor, query.unitId);
  }

  @Get('supervision/supervisors')
  @Roles('municipality_admin', 'team_leader')
  @ApiOperation({ summary: "The kommun's team leaders and whether the supervisor rule lets them supervise the topic" })
  supervisors(@CurrentActor() actor: Actor, @Query() query: SupervisorQueryDto): Promise<SupervisorCandidate[]> {
    return this.supervision.supervisors(actor, query.topicCode);
  }

  @Get('qualification')
  @Roles('municipality_admin', 'team_leader')
  @ApiOperation({ summary: 'Behörighet (SOSFS 2014:7) of the barn-och-unga caseworkers in reach, dispensations due within 90 days flagged' })
  qualificationList(
    @CurrentActor() actor: Actor,
    @Query() query: SupervisionFlagsQueryDto,
  ): Promise<QualificationList> {
    return this.qualification.list(actor, query.unitId);
  }
}

import { Body, Controller, Get, Param, Put, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { type Actor, CurrentActor, Roles, IdParams } from '@kl/api/core';
import type { StaffTargets, TargetSet } from '@kl/shared/contracts';
import {
  SaveTargetSetDto,
  StaffTargetsQueryDto,
  TargetSetQueryDto,
} from './dto/target.dto';
import { TargetsService } from './targets.service';

@ApiTags('planning')
@Controller('targets')
export class TargetsController {
  constructor(private readonly targets: TargetsService) {}

  @Get()
  @Roles('municipality_admin', 'team_leader')
  @ApiOperation({
    summary:
      "A unit's (or the kommun's) målnivåer for a framework version and role, beside the inherited ones",
  })
  get(@CurrentActor() actor: Actor, @Query() query: TargetSetQueryDto): Promise<TargetSet> {
    return this.targets.targetSet(actor, query);
  }

  @Put()
  @Roles('municipality_admin')
  @ApiOperation({
    summary: "Replace a unit's (or the kommun's) målnivåer as a whole",
    description:
      '409 STALE_VERSION with the current set as `current` when `version` is not the stored one.',
  })
  save(@CurrentActor() actor: Actor, @Body() dto: SaveTargetSetDto): Promise<TargetSet> {
    return this.targets.save(actor, dto);
  }
}

@ApiTags('planning')
@Controller('staff')
export class StaffTargetsController {
  constructor(private readonly targets: TargetsService) {}

  @Get(':id/targets')
  @Roles('municipality_admin', 'team_leader', 'caseworker')
  @ApiOperation({
    summary: 'The målnivåer that apply to one staff member in a round (404 outside scope)',
  })
  get(
    @CurrentActor() actor: Actor,
    @Param() { id }: IdParams,
    @Query() { roundId }: StaffTargetsQueryDto,
  ): Promise<StaffTargets> {
    return this.targets.staffTargets(actor, id, roundId);
  }
}

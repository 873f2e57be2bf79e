import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { type Actor, CurrentActor, IdParams, Roles } from '@kl/api/core';
import { RoundGapsQueryDto } from './dto/gaps.dto';
import type { RoundGaps, StaffGaps } from '@kl/shared/contracts';
import { StaffTargetsQueryDto } from './dto/target.dto';
import { GapsService } from './gaps.service';

@ApiTags('planning')
@Controller()
export class GapsController {
  constructor(private readonly gaps: GapsService) {}

  @Get('rounds/:id/gaps')
  @Roles('municipality_admin', 'team_leader')
  @ApiOperation({
    summary:
      'Per topic the FTE and share below the målnivåer and the people concerned, largest gap first',
  })
  roundGaps(
    @CurrentActor() actor: Actor,
    @Param() { id }: IdParams,
    @Query() query: RoundGapsQueryDto,
  ): Promise<RoundGaps> {
    return this.gaps.roundGaps(actor, id, query);
  }

  @Get('staff/:id/gaps')
  @Roles('municipality_admin', 'team_leader', 'caseworker')
  @ApiOperation({
    summary: "One person's gaps against their målnivåer in a round (404 outside scope)",
  })
  staffGaps(
    @CurrentActor() actor: Actor,
    @Param() { id }: IdParams,
    @Query() { roundId }: StaffTargetsQueryDto,
  ): Promise<StaffGaps> {
    return this.gaps.staffGaps(actor, id, roundId);
  }
}

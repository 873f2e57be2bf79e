import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { type Actor, CurrentActor, IdParams, Roles } from '@kl/api/core';
import { RoundScopeQueryDto } from '@kl/api/inventory';
import type { RoundTraining } from '@kl/shared/contracts';
import { GapTrainingService } from './gap-training.service';

@ApiTags('training')
@Controller()
export class GapTrainingController {
  constructor(private readonly training: GapTrainingService) {}

  @Get('rounds/:id/gaps/training')
  @Roles('municipality_admin', 'team_leader')
  @ApiOperation({
    summary:
      "Per topic the FTE and people of the round's gaps with training planned, booked or done in the year after it",
  })
  roundTraining(
    @CurrentActor() actor: Actor,
    @Param() { id }: IdParams,
    @Query() query: RoundScopeQueryDto,
  ): Promise<RoundTraining> {
    return this.training.roundTraining(actor, id, query);
  }
}

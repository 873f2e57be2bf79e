import { Body, Controller, Delete, Get, HttpCode, Param, Post, Put } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { type Actor, CurrentActor, IdParams, Roles } from '@kl/api/core';
import type { RoundProgress, SendRemindersResult } from '@kl/shared/contracts';
import { RoundUnitParams, SendRemindersDto } from './dto/sign-off.dto';
import { SignOffsService } from './sign-offs.service';

@ApiTags('inventory')
@Controller('rounds')
export class RoundProgressController {
  constructor(private readonly signOffs: SignOffsService) {}

  @Get(':id/progress')
  @Roles('municipality_admin', 'team_leader')
  @ApiOperation({
    summary:
      "Each unit of the round in the caller's reach: assessed so far, signed off or not, its team leaders",
  })
  progress(@CurrentActor() actor: Actor, @Param() { id }: IdParams): Promise<RoundProgress> {
    return this.signOffs.progress(actor, id);
  }

  @Put(':id/units/:unitId/sign-off')
  @Roles('municipality_admin', 'team_leader')
  @ApiOperation({
    summary:
      '"Klar för enheten": the unit and its subunits are assessed (a new leader assessment in it undoes this)',
  })
  signOff(
    @CurrentActor() actor: Actor,
    @Param() { id, unitId }: RoundUnitParams,
  ): Promise<RoundProgress> {
    return this.signOffs.signOff(actor, id, unitId);
  }

  @Delete(':id/units/:unitId/sign-off')
  @Roles('municipality_admin', 'team_leader')
  @ApiOperation({ summary: 'Take a sign-off back' })
  undoSignOff(
    @CurrentActor() actor: Actor,
    @Param() { id, unitId }: RoundUnitParams,
  ): Promise<RoundProgress> {
    return this.signOffs.undoSignOff(actor, id, unitId);
  }

  @Post(':id/reminders')
  @HttpCode(200)
  @Roles('municipality_admin')
  @ApiOperation({
    summary:
      'Remind the team leaders of units not done, in the app and by e-mail when a mail server is configured',
  })
  remind(
    @CurrentActor() actor: Actor,
    @Param() { id }: IdParams,
    @Body() dto: SendRemindersDto,
  ): Promise<SendRemindersResult> {
    return this.signOffs.remind(actor, id, dto.unitIds);
  }
}

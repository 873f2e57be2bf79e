import { Controller, Get, Param, Query, Res, StreamableFile } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { type Actor, attachmentDisposition, CurrentActor, IdParams, Roles } from '@kl/api/core';
import { RoundScopeQueryDto } from '@kl/api/inventory';
import { RoundGapsExportQueryDto, RoundGapsQueryDto } from './dto/gaps.dto';
import type { RoundGaps, StaffGaps, UnitGaps } from '@kl/shared/contracts';
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

  @Get('rounds/:id/gaps/export')
  @Roles('municipality_admin', 'team_leader')
  @ApiOperation({ summary: 'The gap list as an XLSX or CSV file (Swedish headings; CSV with ; and decimal comma)' })
  async exportGaps(
    @CurrentActor() actor: Actor,
    @Param() { id }: IdParams,
    @Query() query: RoundGapsExportQueryDto,
    @Res({ passthrough: true }) response: Response,
  ): Promise<StreamableFile> {
    const file = await this.gaps.exportGaps(actor, id, query);
    response.setHeader('Content-Type', file.contentType);
    response.setHeader('Content-Disposition', attachmentDisposition(file.fileName));
    return new StreamableFile(file.body);
  }

  @Get('rounds/:id/gaps/units')
  @Roles('municipality_admin', 'team_leader')
  @ApiOperation({ summary: "Per unit (each person's own) and topic the FTE and share below the målnivåer" })
  unitGaps(
    @CurrentActor() actor: Actor,
    @Param() { id }: IdParams,
    @Query() query: RoundScopeQueryDto,
  ): Promise<UnitGaps> {
    return this.gaps.unitGaps(actor, id, query);
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

import { Body, Controller, Get, HttpCode, Param, Patch, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { type Actor, CurrentActor, Roles, IdParams } from '@kl/api/core';
import type { InventoryRound } from '@kl/shared/contracts';
import {
  CreateRoundDto,
  ReopenRoundDto,
  RoundTransitionDto,
  UpdateRoundDto,
} from './dto/round.dto';
import { RoundsService } from './rounds.service';

@ApiTags('inventory')
@Controller('rounds')
export class RoundsController {
  constructor(private readonly rounds: RoundsService) {}

  @Get()
  @Roles('municipality_admin', 'team_leader', 'caseworker')
  @ApiOperation({ summary: 'The inventory rounds of the caller’s kommun, newest first' })
  list(@CurrentActor() actor: Actor): Promise<InventoryRound[]> {
    return this.rounds.list(actor);
  }

  @Get(':id')
  @Roles('municipality_admin', 'team_leader', 'caseworker')
  @ApiOperation({ summary: 'One inventory round (404 outside the caller’s kommun)' })
  get(@CurrentActor() actor: Actor, @Param() { id }: IdParams): Promise<InventoryRound> {
    return this.rounds.get(actor, id);
  }

  @Post()
  @Roles('municipality_admin')
  @ApiOperation({ summary: 'Plan a round on a published framework version' })
  create(@CurrentActor() actor: Actor, @Body() dto: CreateRoundDto): Promise<InventoryRound> {
    return this.rounds.create(actor, dto);
  }

  @Patch(':id')
  @Roles('municipality_admin')
  @ApiOperation({
    summary: 'Change a planned or open round (409 STALE_VERSION, INVENTORY_ROUND_CLOSED)',
  })
  update(
    @CurrentActor() actor: Actor,
    @Param() { id }: IdParams,
    @Body() dto: UpdateRoundDto,
  ): Promise<InventoryRound> {
    return this.rounds.update(actor, id, dto);
  }

  @Post(':id/open')
  @HttpCode(200)
  @Roles('municipality_admin')
  @ApiOperation({ summary: 'planned → open' })
  open(
    @CurrentActor() actor: Actor,
    @Param() { id }: IdParams,
    @Body() dto: RoundTransitionDto,
  ): Promise<InventoryRound> {
    return this.rounds.open(actor, id, dto.version);
  }

  @Post(':id/close')
  @HttpCode(200)
  @Roles('municipality_admin')
  @ApiOperation({ summary: 'open → closed: assessments can no longer change' })
  close(
    @CurrentActor() actor: Actor,
    @Param() { id }: IdParams,
    @Body() dto: RoundTransitionDto,
  ): Promise<InventoryRound> {
    return this.rounds.close(actor, id, dto.version);
  }

  @Post(':id/reopen')
  @HttpCode(200)
  @Roles('municipality_admin')
  @ApiOperation({ summary: 'closed → open, with a reason kept in the audit trail' })
  reopen(
    @CurrentActor() actor: Actor,
    @Param() { id }: IdParams,
    @Body() dto: ReopenRoundDto,
  ): Promise<InventoryRound> {
    return this.rounds.reopen(actor, id, dto);
  }
}

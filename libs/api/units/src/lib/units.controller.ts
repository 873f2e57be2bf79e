import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { type Actor, CurrentActor, Roles, IdParams } from '@kl/api/core';
import type { OrgUnit, OrgUnitTreeNode } from '@kl/shared/contracts';
import { CloseOrgUnitDto, CreateOrgUnitDto, MoveOrgUnitDto, UpdateOrgUnitDto } from './dto/unit.dto';
import { UnitsService } from './units.service';

@ApiTags('units')
@Controller('units')
export class UnitsController {
  constructor(private readonly units: UnitsService) {}

  @Get()
  @Roles('municipality_admin', 'team_leader')
  @ApiOperation({ summary: "The kommun's units as a tree (a team leader's: their units and subunits)" })
  tree(@CurrentActor() actor: Actor): Promise<OrgUnitTreeNode[]> {
    return this.units.tree(actor);
  }

  @Get(':id')
  @Roles('municipality_admin', 'team_leader')
  @ApiOperation({ summary: 'One unit' })
  get(@CurrentActor() actor: Actor, @Param() { id }: IdParams): Promise<OrgUnit> {
    return this.units.get(actor, id);
  }

  @Post()
  @Roles('municipality_admin')
  @ApiOperation({ summary: 'Create a unit' })
  create(@CurrentActor() actor: Actor, @Body() dto: CreateOrgUnitDto): Promise<OrgUnit> {
    return this.units.create(actor, dto);
  }

  @Patch(':id')
  @Roles('municipality_admin')
  @ApiOperation({ summary: 'Rename or reclassify a unit' })
  update(@CurrentActor() actor: Actor, @Param() { id }: IdParams, @Body() dto: UpdateOrgUnitDto): Promise<OrgUnit> {
    return this.units.update(actor, id, dto);
  }

  @Post(':id/move')
  @HttpCode(200)
  @Roles('municipality_admin')
  @ApiOperation({ summary: 'Move a unit under another parent (never below itself)' })
  move(@CurrentActor() actor: Actor, @Param() { id }: IdParams, @Body() dto: MoveOrgUnitDto): Promise<OrgUnit> {
    return this.units.move(actor, id, dto);
  }

  @Post(':id/close')
  @HttpCode(200)
  @Roles('municipality_admin')
  @ApiOperation({ summary: 'Close a unit without active staff or open subunits' })
  close(@CurrentActor() actor: Actor, @Param() { id }: IdParams, @Body() dto: CloseOrgUnitDto): Promise<OrgUnit> {
    return this.units.close(actor, id, dto);
  }

  @Delete(':id')
  @HttpCode(204)
  @Roles('municipality_admin')
  @ApiOperation({ summary: 'Delete a unit that never had staff or subunits (409 UNIT_HAS_ACTIVE_STAFF otherwise)' })
  remove(@CurrentActor() actor: Actor, @Param() { id }: IdParams): Promise<void> {
    return this.units.remove(actor, id);
  }
}

import { Controller, Get, Param } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { type Actor, CurrentActor, Roles } from '@kl/api/core';
import type { ComparisonRound, ComparisonTrend, RegionalOverview, RegionalTable, TableComparison } from '@kl/shared/contracts';
import { ComparisonService } from './comparison.service';
import { RoundCodeParams, TableParams } from './dto/national.dto';
import { RegionalService } from './regional.service';

/** The kommun administrator's comparison with the published tables (docs/national.md §8). */
@ApiTags('national')
@Controller('national/own/comparisons')
export class OwnComparisonsController {
  constructor(private readonly comparisons: ComparisonService) {}

  @Get()
  @Roles('municipality_admin')
  @ApiOperation({ summary: 'The published national rounds, and whether the kommun was counted in each' })
  rounds(@CurrentActor() actor: Actor): Promise<ComparisonRound[]> {
    return this.comparisons.rounds(actor);
  }

  @Get(':code/tables/:table')
  @Roles('municipality_admin')
  @ApiOperation({
    summary: "The kommun's own figures (exact) beside the published national, län and kommungrupp values of the same table",
  })
  table(@CurrentActor() actor: Actor, @Param() { code, table }: TableParams): Promise<TableComparison> {
    return this.comparisons.table(actor, code, table);
  }

  @Get(':code/trend')
  @Roles('municipality_admin')
  @ApiOperation({ summary: "The kommun's own shares against the published national shares in every published round up to this one" })
  trend(@CurrentActor() actor: Actor, @Param() { code }: RoundCodeParams): Promise<ComparisonTrend> {
    return this.comparisons.trend(actor, code);
  }
}

/** The regional analyst's län: response rates and the published tables (docs/national.md §8). */
@ApiTags('regional')
@Controller('regional/rounds')
export class RegionalController {
  constructor(private readonly regional: RegionalService) {}

  @Get()
  @Roles('regional_analyst')
  @ApiOperation({ summary: "Every national round with the län's response rate and which of its kommuner submitted" })
  overview(@CurrentActor() actor: Actor): Promise<RegionalOverview> {
    return this.regional.overview(actor);
  }

  @Get(':code/tables/:table')
  @Roles('regional_analyst')
  @ApiOperation({ summary: "The län's published (suppressed) table beside the nation's, from the round's latest publication" })
  table(@CurrentActor() actor: Actor, @Param() { code, table }: TableParams): Promise<RegionalTable> {
    return this.regional.table(actor, code, table);
  }
}

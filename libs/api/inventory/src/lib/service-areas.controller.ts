import { Controller, Get, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { type Actor, CurrentActor, Roles } from '@kl/api/core';
import type { ServiceAreaOverview } from '@kl/shared/contracts';
import { RoundScopeQueryDto } from './dto/assessment.dto';
import { ServiceAreasService } from './service-areas.service';

@ApiTags('inventory')
@Controller('overview')
export class ServiceAreasController {
  constructor(private readonly serviceAreas: ServiceAreasService) {}

  @Get('service-areas')
  @Roles('municipality_admin', 'team_leader')
  @ApiOperation({ summary: 'Each service area’s newest opened round with its headline figures, side by side' })
  overview(@CurrentActor() actor: Actor, @Query() query: RoundScopeQueryDto): Promise<ServiceAreaOverview> {
    return this.serviceAreas.overview(actor, query);
  }
}

import { Controller, Get, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Public } from '@kl/api/core';
import { ListMunicipalitiesQuery } from './dto/list-municipalities.query';
import { ReferenceService } from './reference.service';

/** The public register of län, kommuner and kommungrupper: not personal data. */
@ApiTags('reference')
@Public()
@Controller()
export class ReferenceController {
  constructor(private readonly reference: ReferenceService) {}

  @Get('counties')
  @ApiOperation({ summary: 'Län' })
  counties() {
    return this.reference.listCounties();
  }

  @Get('municipality-group-classifications')
  @ApiOperation({ summary: 'Kommungrupp classifications with their groups' })
  classifications() {
    return this.reference.listClassifications();
  }

  @Get('municipalities')
  @ApiOperation({ summary: 'Kommuner, filtered by län and kommungrupp' })
  municipalities(@Query() query: ListMunicipalitiesQuery) {
    return this.reference.listMunicipalities(query);
  }
}

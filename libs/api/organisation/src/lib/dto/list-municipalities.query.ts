import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, Matches } from 'class-validator';

export class ListMunicipalitiesQuery {
  @ApiPropertyOptional({ description: 'Län code, e.g. 01', example: '01' })
  @IsOptional()
  @Matches(/^\d{2}$/)
  countyCode?: string;

  @ApiPropertyOptional({ description: 'Kommungrupp code in the classification, e.g. A1', example: 'A1' })
  @IsOptional()
  @Matches(/^[A-Z0-9]{1,8}$/)
  groupCode?: string;

  @ApiPropertyOptional({ description: 'Classification code; the current one when left out', example: 'SKR-2023' })
  @IsOptional()
  @Matches(/^[A-Z0-9-]{1,32}$/)
  classification?: string;
}

import { RoundScopeQueryDto } from '@kl/api/inventory';
import type { RoundGapsExportQuery, RoundGapsQuery } from '@kl/shared/contracts';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, Matches } from 'class-validator';

export class RoundGapsQueryDto extends RoundScopeQueryDto implements RoundGapsQuery {
  @ApiPropertyOptional({
    example: 'EB01',
    description: 'List the people below target in this topic',
  })
  @IsOptional()
  @Matches(/^[A-Za-z0-9._-]{1,20}$/)
  @IsString()
  topicCode?: string;
}

export class RoundGapsExportQueryDto extends RoundScopeQueryDto implements RoundGapsExportQuery {
  @ApiProperty({ enum: ['csv', 'xlsx'] })
  @IsIn(['csv', 'xlsx'])
  format!: 'csv' | 'xlsx';
}

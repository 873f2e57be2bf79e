import { RoundScopeQueryDto } from '@kl/api/inventory';
import type { RoundGapsQuery } from '@kl/shared/contracts';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, Matches } from 'class-validator';

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

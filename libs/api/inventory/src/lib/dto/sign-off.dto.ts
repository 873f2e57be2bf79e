import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { SendRemindersRequest } from '@kl/shared/contracts';
import { ArrayMaxSize, IsArray, IsDefined, IsOptional, IsUUID } from 'class-validator';
import { IdParams } from '@kl/api/core';

export class RoundUnitParams extends IdParams {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  @IsDefined()
  unitId!: string;
}

export class SendRemindersDto implements SendRemindersRequest {
  @ApiPropertyOptional({ type: [String], format: 'uuid', description: 'Left out: every unit not signed off' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(500)
  @IsUUID('all', { each: true })
  unitIds?: string[];
}

import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIsoDate, IsText } from '@kl/api/core';
import {
  type CreateInventoryRoundRequest,
  REOPEN_REASON_MAX_LENGTH,
  type ReopenRoundRequest,
  ROUND_NAME_MAX_LENGTH,
  type RoundTransitionRequest,
  type UpdateInventoryRoundRequest,
} from '@kl/shared/contracts';
import {
  ArrayMaxSize,
  IsArray,
  IsInt,
  IsOptional,
  IsUUID,
  Min,
  ValidateIf,
} from 'class-validator';




export class CreateRoundDto implements CreateInventoryRoundRequest {
  @ApiProperty({ example: 'Höst 2026', maxLength: ROUND_NAME_MAX_LENGTH })
  @IsText(ROUND_NAME_MAX_LENGTH)
  name!: string;

  @ApiPropertyOptional({ format: 'uuid', nullable: true })
  @IsOptional()
  @IsUUID()
  nationalRoundId?: string | null;

  @ApiProperty({ format: 'uuid', description: 'A published framework version' })
  @IsUUID()
  frameworkId!: string;

  @ApiProperty({ example: '2026-10-01' })
  @IsIsoDate()
  referenceDate!: string;

  @ApiProperty({ example: '2026-09-15' })
  @IsIsoDate()
  opensOn!: string;

  @ApiProperty({ example: '2026-11-30' })
  @IsIsoDate()
  closesOn!: string;

  @ApiProperty({
    type: [String],
    description: 'Units included with their subunits; empty = the whole kommun',
  })
  @IsArray()
  @ArrayMaxSize(500)
  @IsUUID('all', { each: true })
  unitIds!: string[];
}

export class UpdateRoundDto implements UpdateInventoryRoundRequest {
  @ApiProperty()
  @IsInt()
  @Min(1)
  version!: number;

  @ApiPropertyOptional({ maxLength: ROUND_NAME_MAX_LENGTH })
  @IsOptional()
  @IsText(ROUND_NAME_MAX_LENGTH)
  name?: string;

  @ApiPropertyOptional({ format: 'uuid', nullable: true })
  @ValidateIf((_o, v) => v !== null && v !== undefined)
  @IsUUID()
  nationalRoundId?: string | null;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  frameworkId?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsIsoDate()
  referenceDate?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsIsoDate()
  opensOn?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsIsoDate()
  closesOn?: string;

  @ApiPropertyOptional({ type: [String] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(500)
  @IsUUID('all', { each: true })
  unitIds?: string[];
}

export class RoundTransitionDto implements RoundTransitionRequest {
  @ApiProperty()
  @IsInt()
  @Min(1)
  version!: number;
}

export class ReopenRoundDto implements ReopenRoundRequest {
  @ApiProperty()
  @IsInt()
  @Min(1)
  version!: number;

  @ApiProperty({ maxLength: REOPEN_REASON_MAX_LENGTH })
  @IsText(REOPEN_REASON_MAX_LENGTH)
  reason!: string;

  @ApiPropertyOptional({ example: '2026-12-31', description: 'A new closing day; required when the old one has passed' })
  @IsOptional()
  @IsIsoDate()
  closesOn?: string;
}

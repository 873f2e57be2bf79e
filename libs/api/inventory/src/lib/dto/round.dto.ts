import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  type CreateInventoryRoundRequest,
  REOPEN_REASON_MAX_LENGTH,
  type ReopenRoundRequest,
  ROUND_NAME_MAX_LENGTH,
  type RoundTransitionRequest,
  type UpdateInventoryRoundRequest,
} from '@kl/shared/contracts';
import { applyDecorators } from '@nestjs/common';
import { Transform } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsInt,
  IsISO8601,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  MaxLength,
  Min,
  ValidateIf,
} from 'class-validator';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

/** A calendar date written `YYYY-MM-DD`. */
function IsIsoDate() {
  return applyDecorators(
    Matches(/^\d{4}-\d{2}-\d{2}$/),
    IsISO8601({ strict: true, strictSeparator: true }),
  );
}

export class IdParams {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  id!: string;
}

export class CreateRoundDto implements CreateInventoryRoundRequest {
  @ApiProperty({ example: 'Höst 2026', maxLength: ROUND_NAME_MAX_LENGTH })
  @Transform(trim)
  @MaxLength(ROUND_NAME_MAX_LENGTH)
  @IsString()
  @IsNotEmpty()
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
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(ROUND_NAME_MAX_LENGTH)
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
  @Transform(trim)
  @MaxLength(REOPEN_REASON_MAX_LENGTH)
  @IsString()
  @IsNotEmpty()
  reason!: string;
}

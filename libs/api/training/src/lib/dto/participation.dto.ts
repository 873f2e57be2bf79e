import {
  type BookParticipantsRequest,
  CANCELLATION_REASONS,
  type CancellationReason,
  FUNDING_SOURCES,
  type FundingQuery,
  type FundingSource,
  PARTICIPATION_STATUSES,
  type ParticipationStatus,
  type SaveGrantRequest,
  type UpdateParticipationRequest,
} from '@kl/shared/contracts';
import { IsText } from '@kl/api/core';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsDefined,
  IsIn,
  IsInt,
  IsOptional,
  IsUUID,
  Max,
  Min,
  ValidateIf,
} from 'class-validator';
import { IsMoney } from './money';

export class BookParticipantsDto implements BookParticipantsRequest {
  @ApiProperty({ type: [String], format: 'uuid' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(500)
  @IsUUID('all', { each: true })
  @IsDefined()
  staffMemberIds!: string[];

  @ApiProperty({ enum: ['planned', 'booked'] })
  @IsIn(['planned', 'booked'])
  @IsDefined()
  status!: 'planned' | 'booked';

  @ApiProperty({ enum: FUNDING_SOURCES })
  @IsIn(FUNDING_SOURCES)
  @IsDefined()
  fundingSource!: FundingSource;

  @ApiPropertyOptional({ format: 'uuid', nullable: true })
  @ValidateIf((_o, v) => v !== null && v !== undefined)
  @IsUUID()
  grantId?: string | null;

  @ApiPropertyOptional({ description: 'Per participant; left out: the course cost' })
  @IsOptional()
  @IsMoney()
  cost?: string;
}

export class UpdateParticipationDto implements UpdateParticipationRequest {
  @ApiProperty({ minimum: 1 })
  @Min(1)
  @IsInt()
  @IsDefined()
  version!: number;

  @ApiPropertyOptional({ enum: PARTICIPATION_STATUSES })
  @IsOptional()
  @IsIn(PARTICIPATION_STATUSES)
  status?: ParticipationStatus;

  @ApiPropertyOptional({ enum: CANCELLATION_REASONS, nullable: true })
  @ValidateIf((_o, v) => v !== null && v !== undefined)
  @IsIn(CANCELLATION_REASONS)
  cancellationReason?: CancellationReason | null;

  @ApiPropertyOptional({ enum: FUNDING_SOURCES })
  @IsOptional()
  @IsIn(FUNDING_SOURCES)
  fundingSource?: FundingSource;

  @ApiPropertyOptional({ format: 'uuid', nullable: true })
  @ValidateIf((_o, v) => v !== null && v !== undefined)
  @IsUUID()
  grantId?: string | null;

  @ApiPropertyOptional()
  @IsOptional()
  @IsMoney()
  cost?: string;
}

export class SaveGrantDto implements SaveGrantRequest {
  @ApiProperty({ example: 'Stärkt kompetens inom socialtjänsten' })
  @IsText(200)
  @IsDefined()
  name!: string;

  @ApiProperty({ minimum: 2000, maximum: 2100 })
  @Min(2000)
  @Max(2100)
  @IsInt()
  @IsDefined()
  year!: number;

  @ApiProperty({ example: '250000' })
  @IsMoney()
  @IsDefined()
  granted!: string;

  @ApiPropertyOptional({ example: '100000' })
  @IsOptional()
  @IsMoney()
  requisitioned?: string;

  @ApiPropertyOptional({ minimum: 1, description: 'PUT: the version as read' })
  @IsOptional()
  @Min(1)
  @IsInt()
  version?: number;
}

export class FundingQueryDto implements FundingQuery {
  @ApiPropertyOptional({ minimum: 2000, maximum: 2100 })
  @IsOptional()
  @Type(() => Number)
  @Min(2000)
  @Max(2100)
  @IsInt()
  year?: number;
}

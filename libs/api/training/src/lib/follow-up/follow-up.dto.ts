import { IsIsoDate, IsText } from '@kl/api/core';
import {
  FOLLOW_UP_APPLIED,
  type FollowUpApplied,
  type FollowUpDueQuery,
  type SaveFollowUpRequest,
} from '@kl/shared/contracts';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsDefined,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Min,
  ValidateIf,
  ValidateNested,
} from 'class-validator';

export class FollowUpTopicDto {
  @ApiProperty({ example: 'SA01' })
  @Matches(/^[A-Za-z0-9._-]{1,20}$/)
  @IsString()
  @IsDefined()
  topicCode!: string;

  @ApiProperty({ example: '2027-09-01', description: 'When the level in the topic is reassessed' })
  @IsIsoDate()
  @IsDefined()
  reassessOn!: string;
}

export class SaveFollowUpDto implements SaveFollowUpRequest {
  @ApiProperty({ minimum: 1, nullable: true, description: 'null for the first follow-up, else the version read' })
  @ValidateIf((_o, v) => v !== null)
  @Min(1)
  @IsInt()
  @IsDefined()
  version!: number | null;

  @ApiProperty({ enum: FOLLOW_UP_APPLIED, description: 'helt / delvis / nej' })
  @IsIn(FOLLOW_UP_APPLIED)
  @IsDefined()
  applied!: FollowUpApplied;

  @ApiPropertyOptional({ maxLength: 2000 })
  @IsOptional()
  @IsText(2000)
  note?: string;

  @ApiProperty({ type: [FollowUpTopicDto] })
  @IsArray()
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => FollowUpTopicDto)
  @IsDefined()
  topics!: FollowUpTopicDto[];
}

export class FollowUpDueQueryDto implements FollowUpDueQuery {
  @ApiPropertyOptional({ format: 'uuid', description: 'That unit and the units below it' })
  @IsOptional()
  @IsUUID()
  unitId?: string;

  @ApiPropertyOptional({ description: 'Only what is past its date' })
  @IsOptional()
  @Transform(({ value }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean()
  overdue?: boolean;
}

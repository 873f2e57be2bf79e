import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

import {
  type SaveTargetSetRequest,
  STAFF_ROLES,
  type StaffRole,
  type StaffTargetsQuery,
  TARGET_CHOICES,
  TARGET_SET_MAX_TOPICS,
  TARGET_SHARE_MAX,
  TARGET_SHARE_MIN,
  type TargetChoice,
  type TargetSetQuery,
  type TopicTargetInput,
} from '@kl/shared/contracts';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsDefined,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  Min,
  ValidateIf,
  ValidateNested,
} from 'class-validator';

const TOPIC_CODE = /^[A-Za-z0-9._-]{1,20}$/;

export class TargetSetQueryDto implements TargetSetQuery {
  @ApiPropertyOptional({ format: 'uuid', description: 'Left out: the kommun-wide set' })
  @IsOptional()
  @IsUUID()
  unitId?: string;

  @ApiProperty({ format: 'uuid', description: 'A published framework version' })
  @IsUUID()
  @IsDefined()
  frameworkId!: string;

  @ApiProperty({ enum: STAFF_ROLES })
  @IsIn(STAFF_ROLES)
  @IsDefined()
  role!: StaffRole;
}

export class TopicTargetDto implements TopicTargetInput {
  @ApiProperty({ example: 'SA07' })
  @IsString()
  @Matches(TOPIC_CODE)
  @IsDefined()
  topicCode!: string;

  @ApiProperty({ enum: TARGET_CHOICES, description: '`none`: explicitly no target (units only)' })
  @IsIn(TARGET_CHOICES)
  @IsDefined()
  choice!: TargetChoice;

  @ApiPropertyOptional({
    minimum: TARGET_SHARE_MIN,
    maximum: TARGET_SHARE_MAX,
    description: 'Whole percent of the staff that must reach the level; left out: 100',
  })
  @IsOptional()
  @Max(TARGET_SHARE_MAX)
  @Min(TARGET_SHARE_MIN)
  @IsInt()
  share?: number;
}

export class SaveTargetSetDto implements SaveTargetSetRequest {
  @ApiProperty({ format: 'uuid', nullable: true, description: 'Null: the kommun-wide set' })
  @ValidateIf((_o, value) => value !== null)
  @IsDefined()
  @IsUUID()
  unitId!: string | null;

  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  @IsDefined()
  frameworkId!: string;

  @ApiProperty({ enum: STAFF_ROLES })
  @IsIn(STAFF_ROLES)
  @IsDefined()
  role!: StaffRole;

  @ApiProperty({ description: 'The version the client saw; 0 for a set never saved', minimum: 0 })
  @Min(0)
  @IsInt()
  @IsDefined()
  version!: number;

  @ApiProperty({ type: [TopicTargetDto], description: 'The whole set: topics left out inherit' })
  @IsArray()
  @ArrayMaxSize(TARGET_SET_MAX_TOPICS)
  @ValidateNested({ each: true })
  @Type(() => TopicTargetDto)
  @IsDefined()
  targets!: TopicTargetDto[];
}

export class StaffTargetsQueryDto implements StaffTargetsQuery {
  @ApiPropertyOptional({
    format: 'uuid',
    description: "Left out: the kommun's newest opened round",
  })
  @IsOptional()
  @IsUUID()
  roundId?: string;
}

import { IsIsoDate, IsText } from '@kl/api/core';
import {
  COURSE_PROVIDERS,
  COURSE_TARGET_DEGREES,
  COURSE_TARGET_EXPERIENCE,
  COURSE_TITLE_MAX,
  COURSE_TOPICS_MAX,
  COURSE_TYPES,
  type CourseProvider,
  type CourseTargetDegree,
  type CourseTargetExperience,
  type CourseTargetGroup,
  type CourseTopic,
  type CourseType,
  type CreateSessionRequest,
  type SaveCourseRequest,
  type SessionSeats,
  type SessionsQuery,
  type SuggestionsQuery,
  STAFF_ROLES,
  type StaffRole,
  TARGET_LEVELS,
  type TargetLevel,
} from '@kl/shared/contracts';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsDefined,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  Matches,
  Max,
  Min,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import { IsMoney } from './money';

const TOPIC_CODE = /^[A-Za-z0-9._-]{1,20}$/;
const DECIMAL_1 = /^\d{1,4}([.,]\d)?$/;

export class CourseTopicDto implements CourseTopic {
  @ApiProperty({ example: 'EB01' })
  @Matches(TOPIC_CODE)
  @IsString()
  @IsDefined()
  topicCode!: string;

  @ApiProperty({ enum: TARGET_LEVELS })
  @IsIn(TARGET_LEVELS)
  @IsDefined()
  level!: TargetLevel;
}

export class CourseTargetGroupDto implements CourseTargetGroup {
  @ApiProperty({ enum: STAFF_ROLES, nullable: true })
  @ValidateIf((_o, v) => v !== null)
  @IsIn(STAFF_ROLES)
  @IsDefined()
  role!: StaffRole | null;

  @ApiProperty({ enum: COURSE_TARGET_DEGREES })
  @IsIn(COURSE_TARGET_DEGREES)
  @IsDefined()
  degree!: CourseTargetDegree;

  @ApiProperty({ enum: COURSE_TARGET_EXPERIENCE })
  @IsIn(COURSE_TARGET_EXPERIENCE)
  @IsDefined()
  experience!: CourseTargetExperience;
}

export class SaveCourseDto implements SaveCourseRequest {
  @ApiProperty({ maxLength: COURSE_TITLE_MAX })
  @IsText(COURSE_TITLE_MAX)
  @IsDefined()
  title!: string;

  @ApiProperty({ enum: COURSE_TYPES })
  @IsIn(COURSE_TYPES)
  @IsDefined()
  type!: CourseType;

  @ApiProperty({ enum: COURSE_PROVIDERS })
  @IsIn(COURSE_PROVIDERS)
  @IsDefined()
  provider!: CourseProvider;

  @ApiPropertyOptional({ nullable: true, example: '7.5' })
  @IsOptional()
  @Matches(DECIMAL_1)
  @IsString()
  credits?: string | null;

  @ApiPropertyOptional({ nullable: true, example: '2' })
  @IsOptional()
  @Matches(DECIMAL_1)
  @IsString()
  durationDays?: string | null;

  @ApiProperty({ example: '4500.00' })
  @IsMoney()
  @IsDefined()
  costPerParticipant!: string;

  @ApiProperty({ type: [CourseTopicDto] })
  @IsArray()
  @ArrayMaxSize(COURSE_TOPICS_MAX)
  @ValidateNested({ each: true })
  @Type(() => CourseTopicDto)
  @IsDefined()
  topics!: CourseTopicDto[];

  @ApiProperty({ type: CourseTargetGroupDto })
  @ValidateNested()
  @Type(() => CourseTargetGroupDto)
  @IsDefined()
  targetGroup!: CourseTargetGroupDto;

  @ApiPropertyOptional({ description: 'Share with the other kommuner of the län' })
  @IsOptional()
  @IsBoolean()
  shared?: boolean;

  @ApiPropertyOptional({ description: 'PUT: the version as read', minimum: 1 })
  @IsOptional()
  @Min(1)
  @IsInt()
  version?: number;
}

export class SessionSeatsDto implements SessionSeats {
  @ApiProperty({ example: '0181' })
  @Matches(/^\d{4}$/)
  @IsString()
  @IsDefined()
  municipalityCode!: string;

  @ApiProperty({ minimum: 1 })
  @Min(1)
  @Max(10_000)
  @IsInt()
  @IsDefined()
  seats!: number;
}

export class CreateSessionDto implements CreateSessionRequest {
  @ApiProperty({ format: 'date' })
  @IsIsoDate()
  @IsDefined()
  startsOn!: string;

  @ApiProperty({ format: 'date' })
  @IsIsoDate()
  @IsDefined()
  endsOn!: string;

  @ApiPropertyOptional({ nullable: true })
  @IsOptional()
  @IsText(200)
  place?: string | null;

  @ApiProperty()
  @IsBoolean()
  @IsDefined()
  online!: boolean;

  @ApiProperty({ minimum: 1 })
  @Min(1)
  @Max(10_000)
  @IsInt()
  @IsDefined()
  capacity!: number;

  @ApiPropertyOptional({ type: [SessionSeatsDto] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(300)
  @ValidateNested({ each: true })
  @Type(() => SessionSeatsDto)
  seats?: SessionSeatsDto[];
}

export class SessionsQueryDto implements SessionsQuery {
  @ApiPropertyOptional({ format: 'date' })
  @IsOptional()
  @IsIsoDate()
  from?: string;

  @ApiPropertyOptional({ format: 'date' })
  @IsOptional()
  @IsIsoDate()
  to?: string;
}

export class SuggestionsQueryDto implements SuggestionsQuery {
  @ApiProperty({ example: 'EB01' })
  @Matches(TOPIC_CODE)
  @IsString()
  @IsDefined()
  topicCode!: string;

  @ApiProperty({ enum: TARGET_LEVELS })
  @IsIn(TARGET_LEVELS)
  @IsDefined()
  level!: TargetLevel;

  @ApiPropertyOptional({ enum: STAFF_ROLES })
  @IsOptional()
  @IsIn(STAFF_ROLES)
  staffRole?: StaffRole;

  @ApiPropertyOptional({ minimum: 1, maximum: 10000 })
  @IsOptional()
  @Type(() => Number)
  @Min(1)
  @Max(10_000)
  @IsInt()
  people?: number;
}

import { IsIsoDate, IsText, VersionedDto } from '@kl/api/core';
import {
  type CreateIntroductionRequest,
  INTRODUCTION_MAX_STEPS,
  INTRODUCTION_MAX_WEEK,
  INTRODUCTION_STEP_KINDS,
  type IntroductionQuery,
  type IntroductionStepKind,
  type MarkIntroductionStepRequest,
  type SaveIntroductionProgrammeRequest,
  STAFF_ROLES,
  type StaffRole,
  type UpdateIntroductionRequest,
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
  IsUUID,
  Max,
  Min,
  ValidateIf,
  ValidateNested,
} from 'class-validator';

export class IntroductionStepDto {
  @ApiPropertyOptional({ format: 'uuid', description: 'A step kept from the programme as it was' })
  @IsOptional()
  @IsUUID()
  id?: string;

  @ApiProperty({ enum: INTRODUCTION_STEP_KINDS })
  @IsIn(INTRODUCTION_STEP_KINDS)
  @IsDefined()
  kind!: IntroductionStepKind;

  @ApiProperty({ maxLength: 200 })
  @IsText(200)
  @IsDefined()
  title!: string;

  @ApiProperty({ minimum: 1, maximum: INTRODUCTION_MAX_WEEK })
  @Max(INTRODUCTION_MAX_WEEK)
  @Min(1)
  @IsInt()
  @IsDefined()
  dueWeek!: number;

  @ApiPropertyOptional({ format: 'uuid', nullable: true, description: 'Required for a course step' })
  @IsOptional()
  @IsUUID()
  courseId?: string | null;
}

export class SaveIntroductionProgrammeDto implements SaveIntroductionProgrammeRequest {
  @ApiPropertyOptional({ minimum: 1, description: 'On a change: the version read' })
  @IsOptional()
  @Min(1)
  @IsInt()
  version?: number;

  @ApiProperty({ maxLength: 200 })
  @IsText(200)
  @IsDefined()
  name!: string;

  @ApiProperty({ enum: STAFF_ROLES, nullable: true })
  @ValidateIf((_o, v) => v !== null)
  @IsIn(STAFF_ROLES)
  @IsDefined()
  targetRole!: StaffRole | null;

  @ApiProperty({ type: [IntroductionStepDto] })
  @IsArray()
  @ArrayMaxSize(INTRODUCTION_MAX_STEPS)
  @ValidateNested({ each: true })
  @Type(() => IntroductionStepDto)
  @IsDefined()
  steps!: IntroductionStepDto[];
}

class IntroductionFieldsDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  @IsDefined()
  programmeId!: string;

  @ApiProperty({ format: 'uuid', nullable: true, description: 'Another staff member of the kommun' })
  @ValidateIf((_o, v) => v !== null)
  @IsUUID()
  @IsDefined()
  mentorStaffMemberId!: string | null;

  @ApiProperty({ example: '2026-09-01' })
  @IsIsoDate()
  @IsDefined()
  startDate!: string;
}

export class CreateIntroductionDto extends IntroductionFieldsDto implements CreateIntroductionRequest {
  @ApiProperty({ format: 'uuid', description: 'The new hire' })
  @IsUUID()
  @IsDefined()
  staffMemberId!: string;
}

export class UpdateIntroductionDto extends IntroductionFieldsDto implements UpdateIntroductionRequest {
  @ApiProperty({ minimum: 1 })
  @Min(1)
  @IsInt()
  @IsDefined()
  version!: number;
}

export class MarkIntroductionStepDto extends VersionedDto implements MarkIntroductionStepRequest {
  @ApiProperty()
  @IsBoolean()
  @IsDefined()
  done!: boolean;

  @ApiPropertyOptional({ example: '2026-09-15', description: 'Left out: today' })
  @IsOptional()
  @IsIsoDate()
  doneOn?: string;
}

export class IntroductionQueryDto implements IntroductionQuery {
  @ApiPropertyOptional({ format: 'uuid', description: 'That unit and the units below it' })
  @IsOptional()
  @IsUUID()
  unitId?: string;
}

export class IntroductionStepParams {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  @IsDefined()
  id!: string;

  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  @IsDefined()
  stepId!: string;
}

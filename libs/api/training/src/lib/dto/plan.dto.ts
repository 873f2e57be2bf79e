import { IsIsoDate, IsText } from '@kl/api/core';
import {
  type CreatePlanRequest,
  type PlanBudget,
  type PlanFollowUpRequest,
  PLAN_KINDS,
  PLAN_STAFF_GROUPS,
  PLAN_STATUSES,
  type PlanGoalInput,
  type PlanKind,
  type PlanStaffGroup,
  type PlansQuery,
  type PlanStatus,
  TARGET_LEVELS,
  TARGET_SHARE_MAX,
  TARGET_SHARE_MIN,
  type TargetLevel,
  type UpdatePlanRequest,
} from '@kl/shared/contracts';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
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
import { IsMoney } from './money';

export class PlanGoalDto implements PlanGoalInput {
  @ApiProperty({ example: 'EB01' })
  @Matches(/^[A-Za-z0-9._-]{1,20}$/)
  @IsString()
  @IsDefined()
  topicCode!: string;

  @ApiProperty({ enum: TARGET_LEVELS })
  @IsIn(TARGET_LEVELS)
  @IsDefined()
  level!: TargetLevel;

  @ApiPropertyOptional({ minimum: TARGET_SHARE_MIN, maximum: TARGET_SHARE_MAX, default: 100 })
  @IsOptional()
  @Min(TARGET_SHARE_MIN)
  @Max(TARGET_SHARE_MAX)
  @IsInt()
  targetShare?: number;

  @ApiPropertyOptional({ enum: PLAN_STAFF_GROUPS, description: "Left out: the plan's group" })
  @IsOptional()
  @IsIn(PLAN_STAFF_GROUPS)
  staffGroup?: PlanStaffGroup;

  @ApiPropertyOptional({ format: 'date', nullable: true })
  @ValidateIf((_o, v) => v !== null && v !== undefined)
  @IsIsoDate()
  dueOn?: string | null;
}

export class PlanBudgetDto implements PlanBudget {
  @ApiProperty() @IsMoney() @IsDefined() ordinaryBudget!: string;
  @ApiProperty() @IsMoney() @IsDefined() grant!: string;
  @ApiProperty() @IsMoney() @IsDefined() other!: string;
}

export class CreatePlanDto implements CreatePlanRequest {
  @ApiProperty({ enum: PLAN_KINDS })
  @IsIn(PLAN_KINDS)
  @IsDefined()
  kind!: PlanKind;

  @ApiProperty({ minimum: 2000, maximum: 2100 })
  @Min(2000)
  @Max(2100)
  @IsInt()
  @IsDefined()
  year!: number;

  @ApiPropertyOptional({ format: 'uuid', nullable: true })
  @ValidateIf((_o, v) => v !== null && v !== undefined)
  @IsUUID()
  unitId?: string | null;

  @ApiPropertyOptional({ format: 'uuid', nullable: true })
  @ValidateIf((_o, v) => v !== null && v !== undefined)
  @IsUUID()
  staffMemberId?: string | null;

  @ApiPropertyOptional({ enum: PLAN_STAFF_GROUPS, default: 'all' })
  @IsOptional()
  @IsIn(PLAN_STAFF_GROUPS)
  staffGroup?: PlanStaffGroup;

  @ApiPropertyOptional({ type: [PlanGoalDto] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  @Type(() => PlanGoalDto)
  goals?: PlanGoalDto[];

  @ApiPropertyOptional({
    format: 'uuid',
    description: 'Take the goals from the gaps of this round',
  })
  @IsOptional()
  @IsUUID()
  goalsFromRoundId?: string;

  @ApiPropertyOptional({ type: PlanBudgetDto })
  @IsOptional()
  @ValidateNested()
  @Type(() => PlanBudgetDto)
  budget?: PlanBudgetDto;
}

export class UpdatePlanDto implements UpdatePlanRequest {
  @ApiProperty({ minimum: 1 }) @Min(1) @IsInt() @IsDefined() version!: number;

  @ApiProperty({ enum: PLAN_STATUSES })
  @IsIn(PLAN_STATUSES)
  @IsDefined()
  status!: PlanStatus;

  @ApiProperty({ type: [PlanGoalDto] })
  @IsArray()
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  @Type(() => PlanGoalDto)
  @IsDefined()
  goals!: PlanGoalDto[];

  @ApiProperty({ type: PlanBudgetDto })
  @ValidateNested()
  @Type(() => PlanBudgetDto)
  @IsDefined()
  budget!: PlanBudgetDto;
}

export class PlanFollowUpDto implements PlanFollowUpRequest {
  @ApiProperty({ minimum: 1 }) @Min(1) @IsInt() @IsDefined() version!: number;
  @ApiProperty() @IsText(4000) @IsDefined() done!: string;
  @ApiProperty() @IsText(4000) @IsDefined() notDone!: string;
  @ApiProperty() @IsText(4000) @IsDefined() next!: string;
}

export class PlansQueryDto implements PlansQuery {
  @ApiPropertyOptional({ minimum: 2000, maximum: 2100 })
  @IsOptional()
  @Type(() => Number)
  @Min(2000)
  @Max(2100)
  @IsInt()
  year?: number;
}

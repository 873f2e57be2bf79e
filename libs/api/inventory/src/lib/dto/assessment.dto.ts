import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  ASSESSMENT_BATCH_MAX,
  ASSESSMENT_COMMENT_MAX_LENGTH,
  type AssessmentCellInput,
  CELL_VALUES,
  type CellValue,
  COMPETENCE_LEVELS,
  type RoundScopeQuery,
  STAFF_ROLES,
  type StaffRole,
  type SaveAssessmentsRequest,
  type SaveSelfAssessmentsRequest,
  type SelfAssessmentCellInput,
} from '@kl/shared/contracts';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsDefined,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  MaxLength,
  Min,
  ValidateIf,
  ValidateNested,
} from 'class-validator';

const TOPIC_CODE = /^[A-Za-z0-9._-]{1,20}$/;

export class SelfAssessmentCellDto implements SelfAssessmentCellInput {
  @ApiProperty({ example: 'JU02' })
  @IsString()
  @Matches(TOPIC_CODE)
  topicCode!: string;

  @ApiProperty({
    enum: COMPETENCE_LEVELS,
    nullable: true,
    description: 'null clears the cell (not assessed)',
  })
  @ValidateIf((o: { value: unknown }) => o.value !== null)
  @IsDefined()
  @IsIn([...COMPETENCE_LEVELS])
  value!: CellValue;

  @ApiPropertyOptional({ nullable: true, maxLength: ASSESSMENT_COMMENT_MAX_LENGTH })
  @ValidateIf((_o, v) => v !== null && v !== undefined)
  @IsString()
  @MaxLength(ASSESSMENT_COMMENT_MAX_LENGTH)
  comment?: string | null;

  @ApiProperty({ description: 'The cell version the client saw; 0 for a cell never written' })
  @IsInt()
  @Min(0)
  expectedVersion!: number;
}

export class AssessmentCellDto extends SelfAssessmentCellDto implements AssessmentCellInput {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  staffMemberId!: string;

  @ApiProperty({
    enum: CELL_VALUES,
    nullable: true,
    description: 'null clears the cell (not assessed)',
  })
  @ValidateIf((o: { value: unknown }) => o.value !== null)
  @IsDefined()
  @IsIn([...CELL_VALUES])
  declare value: CellValue;
}

export class SaveAssessmentsDto implements SaveAssessmentsRequest {
  @ApiProperty({ type: [AssessmentCellDto] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(ASSESSMENT_BATCH_MAX)
  @ValidateNested({ each: true })
  @Type(() => AssessmentCellDto)
  cells!: AssessmentCellDto[];
}

export class SaveSelfAssessmentsDto implements SaveSelfAssessmentsRequest {
  @ApiProperty({ type: [SelfAssessmentCellDto] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(ASSESSMENT_BATCH_MAX)
  @ValidateNested({ each: true })
  @Type(() => SelfAssessmentCellDto)
  cells!: SelfAssessmentCellDto[];
}

export class RoundScopeQueryDto implements RoundScopeQuery {
  @ApiPropertyOptional({ format: 'uuid', description: 'Only this unit and its subunits' })
  @IsOptional()
  @IsUUID()
  unitId?: string;

  @ApiPropertyOptional({ enum: STAFF_ROLES, default: 'caseworker', description: 'Caseworkers and team leaders are never pooled' })
  @IsOptional()
  @IsIn(STAFF_ROLES)
  staffRole?: StaffRole;
}

import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIsoDate, IsText } from '@kl/api/core';
import {
  type CreateVacancyRequest,
  EXPERIENCE_BANDS,
  type ExperienceBand,
  FTE_MAX,
  FTE_MIN,
  PENSION_AGE_MAX,
  PENSION_AGE_MIN,
  type PlannedChangeRequest,
  STAFF_ROLES,
  type StaffRole,
  type UpdateVacancyRequest,
  type UpdateWorkforceSettingsRequest,
  VACANCY_DIFFICULTIES,
  type VacancyDifficulty,
  type WorkforceQuery,
} from '@kl/shared/contracts';
import { IsBoolean, IsDefined, IsIn, IsInt, IsNumber, IsOptional, IsUUID, Max, Min, ValidateIf } from 'class-validator';

export class WorkforceQueryDto implements WorkforceQuery {
  @ApiPropertyOptional({ format: 'uuid', description: 'A unit and its subunits' })
  @IsOptional()
  @IsUUID()
  unitId?: string;

  @ApiPropertyOptional({ enum: STAFF_ROLES })
  @IsOptional()
  @IsIn(STAFF_ROLES)
  role?: StaffRole;

  @ApiPropertyOptional({ enum: EXPERIENCE_BANDS })
  @IsOptional()
  @IsIn(EXPERIENCE_BANDS)
  experienceBand?: ExperienceBand;

  @ApiPropertyOptional({ example: '2021-01-01' })
  @IsOptional()
  @IsIsoDate()
  from?: string;

  @ApiPropertyOptional({ example: '2026-12-31' })
  @IsOptional()
  @IsIsoDate()
  to?: string;
}

export class CreateVacancyDto implements CreateVacancyRequest {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  @IsDefined()
  unitId!: string;

  @ApiProperty({ enum: STAFF_ROLES })
  @IsIn(STAFF_ROLES)
  @IsDefined()
  role!: StaffRole;

  @ApiProperty({ minimum: FTE_MIN, maximum: FTE_MAX, example: 1 })
  @Min(FTE_MIN)
  @Max(FTE_MAX)
  @IsNumber({ maxDecimalPlaces: 3 })
  @IsDefined()
  fte!: number;

  @ApiProperty({ example: '2026-09-01' })
  @IsIsoDate()
  @IsDefined()
  openedOn!: string;

  @ApiPropertyOptional({ nullable: true })
  @IsOptional()
  @IsIsoDate()
  filledOn?: string | null;

  @ApiProperty({ enum: VACANCY_DIFFICULTIES })
  @IsIn(VACANCY_DIFFICULTIES)
  @IsDefined()
  difficulty!: VacancyDifficulty;

  @ApiPropertyOptional()
  @IsOptional()
  @IsBoolean()
  coveredByConsultant?: boolean;

  @ApiPropertyOptional({ nullable: true })
  @IsOptional()
  @IsText(500)
  note?: string | null;
}

export class UpdateVacancyDto extends CreateVacancyDto implements UpdateVacancyRequest {
  declare filledOn: string | null;
  declare coveredByConsultant: boolean;
  declare note: string | null;

  @ApiProperty({ minimum: 1 })
  @Min(1)
  @IsInt()
  @IsDefined()
  version!: number;
}

export class PlannedChangeDto implements PlannedChangeRequest {
  @ApiProperty({ format: 'uuid', nullable: true, description: 'Null: the kommun as a whole' })
  @ValidateIf((_o, value) => value !== null)
  @IsUUID()
  @IsDefined()
  unitId!: string | null;

  @ApiProperty({ enum: STAFF_ROLES })
  @IsIn(STAFF_ROLES)
  @IsDefined()
  role!: StaffRole;

  @ApiProperty({ minimum: 2000, maximum: 2100 })
  @Min(2000)
  @Max(2100)
  @IsInt()
  @IsDefined()
  year!: number;

  @ApiProperty({ minimum: -500, maximum: 500, example: 2 })
  @Min(-500)
  @Max(500)
  @IsInt()
  @IsDefined()
  headcountChange!: number;

  @ApiPropertyOptional({ nullable: true })
  @IsOptional()
  @IsText(500)
  note?: string | null;
}

export class UpdatePlannedChangeDto extends PlannedChangeDto {
  @ApiProperty({ minimum: 1 })
  @Min(1)
  @IsInt()
  @IsDefined()
  version!: number;
}

export class WorkforceSettingsDto implements UpdateWorkforceSettingsRequest {
  @ApiProperty({ minimum: PENSION_AGE_MIN, maximum: PENSION_AGE_MAX, example: 67 })
  @Min(PENSION_AGE_MIN)
  @Max(PENSION_AGE_MAX)
  @IsInt()
  @IsDefined()
  pensionAge!: number;

  @ApiProperty({ minimum: 0, description: '0 while the kommun has the defaults' })
  @Min(0)
  @IsInt()
  @IsDefined()
  version!: number;
}

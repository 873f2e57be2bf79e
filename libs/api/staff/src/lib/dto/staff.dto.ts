import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import { IsIsoDate, IsPageNumber, IsPageSize, IsText, trim } from '@kl/api/core';
import {
  BIRTH_YEAR_MIN,
  LEAVING_REASONS,
  type LeavingReason,
  type CreateStaffMemberRequest,
  DEGREES,
  type Degree,
  EMPLOYEE_NUMBER_MAX_LENGTH,
  EMPLOYMENT_TYPES,
  type EmploymentType,
  FTE_DECIMALS,
  FTE_MAX,
  FTE_MIN,
  GENDERS,
  type Gender,
  type LeaveStaffMemberRequest,
  type ListStaffQuery,
  PAGE_SIZE_DEFAULT,
  PAGE_SIZE_MAX,
  PLAIN_TEXT_PATTERN,
  QUALIFICATION_STATUSES,
  type QualificationStatus,
  SORT_ORDERS,
  type SortOrder,
  STAFF_NAME_MAX_LENGTH,
  STAFF_ROLES,
  STAFF_SORT_FIELDS,
  STAFF_STATUS_FILTERS,
  type StaffRole,
  type StaffSortField,
  type StaffStatusFilter,
  type UpdateStaffMemberRequest,
} from '@kl/shared/contracts';
import { Transform } from 'class-transformer';
import {
  IsBoolean,
  IsDefined,
  IsEmail,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateBy,
} from 'class-validator';

/**
 * A finite number with at most `decimals` decimals. (class-validator's `maxDecimalPlaces` throws
 * on numbers JavaScript writes in exponent form, such as 1e-7, which made a 500 of a bad FTE.)
 */
function HasAtMostDecimals(decimals: number) {
  const factor = 10 ** decimals;
  return ValidateBy({
    name: 'isDecimal',
    validator: {
      validate: (value: unknown) =>
        typeof value === 'number' &&
        Number.isFinite(value) &&
        Math.abs(value * factor - Math.round(value * factor)) < 1e-9,
      defaultMessage: () => `must be a number with at most ${decimals} decimals`,
    },
  });
}

export class CreateStaffMemberDto implements CreateStaffMemberRequest {
  @ApiProperty({ example: '10234', maxLength: EMPLOYEE_NUMBER_MAX_LENGTH })
  @IsText(EMPLOYEE_NUMBER_MAX_LENGTH)
  @IsDefined()
  employeeNumber!: string;

  @ApiProperty({ example: 'Anna' })
  @IsText(STAFF_NAME_MAX_LENGTH)
  @IsDefined()
  firstName!: string;

  @ApiProperty({ example: 'Lind' })
  @IsText(STAFF_NAME_MAX_LENGTH)
  @IsDefined()
  lastName!: string;

  @ApiPropertyOptional({ nullable: true, example: 'anna.lind@kommun.se' })
  @IsOptional()
  @IsEmail()
  @MaxLength(254)
  email?: string | null;

  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  @IsDefined()
  unitId!: string;

  @ApiProperty({ enum: STAFF_ROLES })
  @IsIn(STAFF_ROLES)
  @IsDefined()
  role!: StaffRole;

  @ApiProperty({ enum: GENDERS })
  @IsIn(GENDERS)
  @IsDefined()
  gender!: Gender;

  @ApiProperty({
    minimum: FTE_MIN,
    maximum: FTE_MAX,
    example: 0.75,
    description: 'Fraction of full time, at most three decimals (0.875 is 87,5 %)',
  })
  @Min(FTE_MIN)
  @Max(FTE_MAX)
  // Listed last because class-validator checks the bottom decorator first: the type before the range.
  @HasAtMostDecimals(FTE_DECIMALS)
  @IsDefined()
  fte!: number;

  @ApiProperty({ enum: EMPLOYMENT_TYPES })
  @IsIn(EMPLOYMENT_TYPES)
  @IsDefined()
  employmentType!: EmploymentType;

  @ApiProperty({ format: 'date' })
  @IsIsoDate()
  @IsDefined()
  employmentStart!: string;

  @ApiPropertyOptional({ format: 'date', nullable: true })
  @IsOptional()
  @IsIsoDate()
  employmentEnd?: string | null;

  @ApiProperty({ format: 'date', description: 'When the person began working in the profession' })
  @IsIsoDate()
  @IsDefined()
  experienceStart!: string;

  @ApiProperty({ enum: DEGREES })
  @IsIn(DEGREES)
  @IsDefined()
  degree!: Degree;

  @ApiPropertyOptional({ nullable: true, minimum: 1950 })
  @IsOptional()
  @Min(1950)
  @IsInt()
  degreeYear?: number | null;

  @ApiPropertyOptional({ default: false })
  @IsOptional()
  @IsBoolean()
  continuingEducation?: boolean;

  @ApiPropertyOptional({ default: false })
  @IsOptional()
  @IsBoolean()
  furtherEducation?: boolean;

  @ApiPropertyOptional({ default: false })
  @IsOptional()
  @IsBoolean()
  masters?: boolean;

  @ApiPropertyOptional({ enum: QUALIFICATION_STATUSES, nullable: true })
  @IsOptional()
  @IsIn(QUALIFICATION_STATUSES)
  qualificationStatus?: QualificationStatus | null;

  @ApiPropertyOptional({
    format: 'date',
    nullable: true,
    description: 'Required with dispensation',
  })
  @IsOptional()
  @IsIsoDate()
  dispensationUntil?: string | null;

  @ApiPropertyOptional({ nullable: true, description: 'Team leaders only' })
  @IsOptional()
  @IsBoolean()
  firstManagerialJob?: boolean | null;

  @ApiPropertyOptional({ nullable: true, description: 'Team leaders only' })
  @IsOptional()
  @IsBoolean()
  needsDevelopment?: boolean | null;

  @ApiPropertyOptional({ nullable: true, minimum: BIRTH_YEAR_MIN, description: 'Year of birth only; HR only' })
  @IsOptional()
  @Min(BIRTH_YEAR_MIN)
  @IsInt()
  birthYear?: number | null;

  @ApiPropertyOptional({ enum: LEAVING_REASONS, nullable: true, description: 'Only with an end of employment' })
  @IsOptional()
  @IsIn(LEAVING_REASONS)
  leavingReason?: LeavingReason | null;
}

export class UpdateStaffMemberDto
  extends PartialType(CreateStaffMemberDto)
  implements UpdateStaffMemberRequest
{
  @ApiProperty({ description: 'The version the client saw', minimum: 1 })
  @Min(1)
  @IsInt()
  @IsDefined()
  version!: number;
}

export class LeaveStaffMemberDto implements LeaveStaffMemberRequest {
  @ApiProperty({ minimum: 1 })
  @Min(1)
  @IsInt()
  @IsDefined()
  version!: number;

  @ApiProperty({ format: 'date', description: 'Last day of employment' })
  @IsIsoDate()
  @IsDefined()
  employmentEnd!: string;

  @ApiPropertyOptional({ enum: LEAVING_REASONS, nullable: true, description: 'Why the person left' })
  @IsOptional()
  @IsIn(LEAVING_REASONS)
  leavingReason?: LeavingReason | null;
}

export class ListStaffQueryDto implements ListStaffQuery {
  @ApiPropertyOptional({ format: 'uuid', description: 'The unit and all its subunits' })
  @IsOptional()
  @IsUUID()
  unitId?: string;

  @ApiPropertyOptional({ enum: STAFF_ROLES })
  @IsOptional()
  @IsIn(STAFF_ROLES)
  role?: StaffRole;

  @ApiPropertyOptional({ enum: STAFF_STATUS_FILTERS, default: 'active' })
  @IsOptional()
  @IsIn(STAFF_STATUS_FILTERS)
  status?: StaffStatusFilter;

  @ApiPropertyOptional({ enum: QUALIFICATION_STATUSES })
  @IsOptional()
  @IsIn(QUALIFICATION_STATUSES)
  qualificationStatus?: QualificationStatus;

  @ApiPropertyOptional({ description: 'Part of the name or the employee number' })
  @IsOptional()
  @Transform(trim)
  @MaxLength(100)
  @Matches(PLAIN_TEXT_PATTERN)
  @IsString()
  search?: string;

  @ApiPropertyOptional({ enum: STAFF_SORT_FIELDS, default: 'lastName' })
  @IsOptional()
  @IsIn(STAFF_SORT_FIELDS)
  sort?: StaffSortField;

  @ApiPropertyOptional({ enum: SORT_ORDERS, default: 'asc' })
  @IsOptional()
  @IsIn(SORT_ORDERS)
  order?: SortOrder;

  @IsPageNumber()
  page?: number;

  @IsPageSize(PAGE_SIZE_MAX, PAGE_SIZE_DEFAULT)
  pageSize?: number;
}

import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, Max, Min } from 'class-validator';
import { STAFF_ROLES, type StaffRole } from '@kl/shared/contracts';
import { PlansQueryDto } from '../dto/plan.dto';

/** `?year=`: sessions starting in the year (this year when left out; every year for the effect). */
export class ReportYearQueryDto extends PlansQueryDto {}

export class ReachQueryDto {
  @ApiPropertyOptional({ minimum: 2000, maximum: 2100 })
  @IsOptional()
  @Type(() => Number)
  @Min(2000)
  @Max(2100)
  @IsInt()
  year?: number;

  @ApiPropertyOptional({ enum: STAFF_ROLES, default: 'caseworker', description: 'Caseworkers and team leaders are never pooled' })
  @IsOptional()
  @IsIn(STAFF_ROLES)
  staffRole?: StaffRole;
}

import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIsoDate } from '@kl/api/core';
import {
  AUDIT_ENTITY_TYPES,
  AUDIT_TRAIL_PAGE_SIZE_MAX,
  type AuditEntityType,
  type AuditTrailQuery,
  PAGE_SIZE_DEFAULT,
} from '@kl/shared/contracts';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsUUID, Max, Min } from 'class-validator';

export class AuditTrailQueryDto implements AuditTrailQuery {
  @ApiPropertyOptional({ format: 'uuid', description: "A person: their record, their levels and their account" })
  @IsOptional()
  @IsUUID()
  staffMemberId?: string;

  @ApiPropertyOptional({ enum: AUDIT_ENTITY_TYPES })
  @IsOptional()
  @IsIn(AUDIT_ENTITY_TYPES)
  entityType?: AuditEntityType;

  @ApiPropertyOptional({ format: 'uuid', description: 'Who made the change' })
  @IsOptional()
  @IsUUID()
  actorUserId?: string;

  @ApiPropertyOptional({ example: '2026-01-01' })
  @IsOptional()
  @IsIsoDate()
  from?: string;

  @ApiPropertyOptional({ example: '2026-12-31' })
  @IsOptional()
  @IsIsoDate()
  to?: string;

  @ApiPropertyOptional({ minimum: 1, default: 1 })
  @IsOptional()
  @Type(() => Number)
  @Min(1)
  @IsInt()
  page?: number;

  @ApiPropertyOptional({ minimum: 1, maximum: AUDIT_TRAIL_PAGE_SIZE_MAX, default: PAGE_SIZE_DEFAULT })
  @IsOptional()
  @Type(() => Number)
  @Min(1)
  @Max(AUDIT_TRAIL_PAGE_SIZE_MAX)
  @IsInt()
  pageSize?: number;
}

import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIsoDate, IsPageNumber, IsPageSize } from '@kl/api/core';
import {
  AUDIT_ENTITY_TYPES,
  AUDIT_TRAIL_PAGE_SIZE_MAX,
  type AuditEntityType,
  type AuditTrailQuery,
  PAGE_SIZE_DEFAULT,
} from '@kl/shared/contracts';
import { IsIn, IsOptional, IsUUID } from 'class-validator';

export class AuditTrailQueryDto implements AuditTrailQuery {
  @ApiPropertyOptional({
    format: 'uuid',
    description: 'A person: their record, their levels and their account',
  })
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

  @IsPageNumber()
  page?: number;

  @IsPageSize(AUDIT_TRAIL_PAGE_SIZE_MAX, PAGE_SIZE_DEFAULT)
  pageSize?: number;
}

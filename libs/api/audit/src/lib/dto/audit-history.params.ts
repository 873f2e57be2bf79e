import { ApiProperty } from '@nestjs/swagger';
import { AUDIT_ENTITY_TYPES, type AuditEntityType } from '@kl/shared/contracts';
import { IsIn, IsUUID } from 'class-validator';

export class AuditHistoryParams {
  @ApiProperty({ enum: AUDIT_ENTITY_TYPES })
  @IsIn(AUDIT_ENTITY_TYPES)
  entityType!: AuditEntityType;

  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  entityId!: string;
}

export class StaffMemberParams {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  id!: string;
}

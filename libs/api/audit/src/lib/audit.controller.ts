import { Controller, Get, Param } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { type Actor, CurrentActor, Roles } from '@kl/api/core';
import type { AuditEvent } from '@kl/shared/contracts';
import { AuditService } from './audit.service';
import { AuditHistoryParams } from './dto/audit-history.params';

@ApiTags('audit')
@Controller('audit')
export class AuditController {
  constructor(private readonly audit: AuditService) {}

  /** A kommun administrator reads their kommun's records; a national analyst the national frameworks. */
  @Get(':entityType/:entityId')
  @Roles('municipality_admin', 'national_analyst')
  @ApiOperation({ summary: "A record's history: every create, update and delete with before and after" })
  history(@CurrentActor() actor: Actor, @Param() params: AuditHistoryParams): Promise<AuditEvent[]> {
    return this.audit.history(actor, params.entityType, params.entityId);
  }
}

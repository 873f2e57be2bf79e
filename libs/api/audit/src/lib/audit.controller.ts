import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { type Actor, CurrentActor, Roles } from '@kl/api/core';
import type { AuditEvent, AuditTrailPage, PersonalDataRead } from '@kl/shared/contracts';
import { AuditService } from './audit.service';
import { AuditHistoryParams, StaffMemberParams } from './dto/audit-history.params';
import { AuditTrailQueryDto } from './dto/audit-trail.query';

@ApiTags('audit')
@Controller('audit')
export class AuditController {
  constructor(private readonly audit: AuditService) {}

  /** HR's audit page: every change in the kommun, filtered by person, kind of record, actor and period. */
  @Get()
  @Roles('municipality_admin')
  @ApiOperation({
    summary:
      "The kommun's audit trail, newest first, filtered (a person's search is logged as a read)",
  })
  trail(@CurrentActor() actor: Actor, @Query() query: AuditTrailQueryDto): Promise<AuditTrailPage> {
    return this.audit.trail(actor, query);
  }

  /** A kommun administrator sees who has read a person's competence data (GDPR: access to the log). */
  @Get('staff_member/:id/reads')
  @Roles('municipality_admin')
  @ApiOperation({
    summary: "Who read a staff member's competence data, newest first (at most 500)",
  })
  reads(
    @CurrentActor() actor: Actor,
    @Param() params: StaffMemberParams,
  ): Promise<PersonalDataRead[]> {
    return this.audit.reads(actor, params.id);
  }

  /** A kommun administrator reads their kommun's records; a national analyst the national frameworks. */
  @Get(':entityType/:entityId')
  @Roles('municipality_admin', 'national_analyst')
  @ApiOperation({
    summary: "A record's history: every create, update and delete with before and after",
  })
  history(
    @CurrentActor() actor: Actor,
    @Param() params: AuditHistoryParams,
  ): Promise<AuditEvent[]> {
    return this.audit.history(actor, params.entityType, params.entityId);
  }
}

import { Body, Controller, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { type Actor, CurrentActor, Roles, IdParams } from '@kl/api/core';
import type { AuditEvent, StaffMember, StaffMemberPage } from '@kl/shared/contracts';
import { CreateStaffMemberDto, LeaveStaffMemberDto, ListStaffQueryDto, UpdateStaffMemberDto } from './dto/staff.dto';
import { StaffService } from './staff.service';

@ApiTags('staff')
@Controller('staff')
export class StaffController {
  constructor(private readonly staff: StaffService) {}

  @Get()
  @Roles('municipality_admin', 'team_leader', 'caseworker')
  @ApiOperation({ summary: 'Staff in scope: filters, search, sorting and paging' })
  list(@CurrentActor() actor: Actor, @Query() query: ListStaffQueryDto): Promise<StaffMemberPage> {
    return this.staff.list(actor, query);
  }

  @Get(':id')
  @Roles('municipality_admin', 'team_leader', 'caseworker')
  @ApiOperation({ summary: 'One staff member (404 outside the caller scope)' })
  get(@CurrentActor() actor: Actor, @Param() { id }: IdParams): Promise<StaffMember> {
    return this.staff.get(actor, id);
  }

  @Get(':id/history')
  @Roles('municipality_admin', 'team_leader', 'caseworker')
  @ApiOperation({ summary: "A staff member's history: every change with before and after" })
  history(@CurrentActor() actor: Actor, @Param() { id }: IdParams): Promise<AuditEvent[]> {
    return this.staff.history(actor, id);
  }

  @Post()
  @Roles('municipality_admin')
  @ApiOperation({ summary: 'Add a staff member' })
  create(@CurrentActor() actor: Actor, @Body() dto: CreateStaffMemberDto): Promise<StaffMember> {
    return this.staff.create(actor, dto);
  }

  @Patch(':id')
  @Roles('municipality_admin')
  @ApiOperation({ summary: 'Change a staff member (409 STALE_VERSION on an old version)' })
  update(@CurrentActor() actor: Actor, @Param() { id }: IdParams, @Body() dto: UpdateStaffMemberDto): Promise<StaffMember> {
    return this.staff.update(actor, id, dto);
  }

  @Post(':id/leave')
  @HttpCode(200)
  @Roles('municipality_admin')
  @ApiOperation({ summary: 'End the employment; nothing is deleted' })
  leave(@CurrentActor() actor: Actor, @Param() { id }: IdParams, @Body() dto: LeaveStaffMemberDto): Promise<StaffMember> {
    return this.staff.leave(actor, id, dto);
  }
}

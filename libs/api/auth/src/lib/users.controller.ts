import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Patch, Post } from '@nestjs/common';
import { ApiConflictResponse, ApiCreatedResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { type Actor, CurrentActor, Roles } from '@kl/api/core';
import type { InvitationCreated, MunicipalityAdministration, UserAccountSummary } from '@kl/shared/contracts';
import { CreateMunicipalityAdministratorDto, InviteUserDto, UpdateUserDto } from './dto/users.dto';
import { MunicipalityAdministratorsService } from './municipality-administrators.service';
import { MunicipalityCodePipe } from './municipality-code.pipe';
import { UsersService } from './users.service';

/** A kommun administrator's user administration, within their own kommun. */
@ApiTags('users')
@Roles('municipality_admin')
@Controller('users')
export class UsersController {
  constructor(private readonly users: UsersService) {}

  @Get()
  @ApiOperation({ summary: "The accounts of the administrator's kommun" })
  @ApiOkResponse({ description: 'UserAccountSummary[]' })
  list(@CurrentActor() actor: Actor): Promise<UserAccountSummary[]> {
    return this.users.list(actor);
  }

  @Post('invitations')
  @ApiOperation({ summary: 'Invite a user: an invited account and a one-time link to set a password' })
  @ApiCreatedResponse({ description: 'InvitationCreated' })
  @ApiConflictResponse({ description: 'EMAIL_TAKEN' })
  invite(@CurrentActor() actor: Actor, @Body() body: InviteUserDto): Promise<InvitationCreated> {
    return this.users.invite(actor, body);
  }

  @Post(':id/invitation')
  @ApiOperation({ summary: 'A new invitation link for an account that has not set a password; earlier links stop working' })
  @ApiCreatedResponse({ description: 'InvitationCreated' })
  @ApiConflictResponse({ description: 'ACCOUNT_NOT_INVITED' })
  resendInvitation(@CurrentActor() actor: Actor, @Param('id', ParseUUIDPipe) id: string): Promise<InvitationCreated> {
    return this.users.resendInvitation(actor, id);
  }

  @Get(':id')
  @ApiOperation({ summary: 'One account of the kommun' })
  @ApiNotFoundResponse({ description: 'Unknown, or in another kommun' })
  get(@CurrentActor() actor: Actor, @Param('id', ParseUUIDPipe) id: string): Promise<UserAccountSummary> {
    return this.users.get(actor, id);
  }

  @Patch(':id')
  @ApiOperation({ summary: "Change an account's name, role, units or staff record" })
  @ApiConflictResponse({ description: 'STALE_VERSION (with current) or OWN_ACCOUNT_PROTECTED' })
  update(
    @CurrentActor() actor: Actor,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: UpdateUserDto,
  ): Promise<UserAccountSummary> {
    return this.users.update(actor, id, body);
  }

  @Post(':id/disable')
  @HttpCode(200)
  @ApiOperation({ summary: 'Disable an account; its sessions end at once' })
  disable(@CurrentActor() actor: Actor, @Param('id', ParseUUIDPipe) id: string): Promise<UserAccountSummary> {
    return this.users.disable(actor, id);
  }

  @Post(':id/enable')
  @HttpCode(200)
  @ApiOperation({ summary: 'Enable a disabled account again' })
  enable(@CurrentActor() actor: Actor, @Param('id', ParseUUIDPipe) id: string): Promise<UserAccountSummary> {
    return this.users.enable(actor, id);
  }
}

/** The system administrator's part: kommuner's administrator accounts, no competence data. */
@ApiTags('system')
@Roles('system_admin')
@Controller('system')
export class SystemAdministrationController {
  constructor(private readonly administrators: MunicipalityAdministratorsService) {}

  @Get('municipalities')
  @ApiOperation({ summary: 'Every kommun with its administrator accounts' })
  @ApiOkResponse({ description: 'MunicipalityAdministration[]' })
  municipalities(): Promise<MunicipalityAdministration[]> {
    return this.administrators.list();
  }

  @Post('municipality-administrators')
  @ApiOperation({ summary: "Create a kommun's administrator account (invited, with a one-time link)" })
  @ApiCreatedResponse({ description: 'InvitationCreated' })
  createMunicipalityAdministrator(
    @CurrentActor() actor: Actor,
    @Body() body: CreateMunicipalityAdministratorDto,
  ): Promise<InvitationCreated> {
    return this.administrators.create(actor, body);
  }

  @Post('municipalities/:municipalityCode/administrators/:id/invitation')
  @ApiOperation({ summary: 'A new invitation link for an administrator who has not set a password; earlier links stop working' })
  @ApiCreatedResponse({ description: 'InvitationCreated' })
  @ApiConflictResponse({ description: 'ACCOUNT_NOT_INVITED' })
  resendInvitation(
    @CurrentActor() actor: Actor,
    @Param('municipalityCode', MunicipalityCodePipe) municipalityCode: string,
    @Param('id', ParseUUIDPipe) id: string,
  ): Promise<InvitationCreated> {
    return this.administrators.resendInvitation(actor, municipalityCode, id);
  }

  @Post('municipalities/:municipalityCode/administrators/:id/disable')
  @HttpCode(200)
  @ApiOperation({ summary: "Disable a kommun administrator's account; its sessions end at once" })
  disable(
    @CurrentActor() actor: Actor,
    @Param('municipalityCode', MunicipalityCodePipe) municipalityCode: string,
    @Param('id', ParseUUIDPipe) id: string,
  ): Promise<UserAccountSummary> {
    return this.administrators.setEnabled(actor, municipalityCode, id, false);
  }

  @Post('municipalities/:municipalityCode/administrators/:id/enable')
  @HttpCode(200)
  @ApiOperation({ summary: "Enable a kommun administrator's account again" })
  enable(
    @CurrentActor() actor: Actor,
    @Param('municipalityCode', MunicipalityCodePipe) municipalityCode: string,
    @Param('id', ParseUUIDPipe) id: string,
  ): Promise<UserAccountSummary> {
    return this.administrators.setEnabled(actor, municipalityCode, id, true);
  }
}

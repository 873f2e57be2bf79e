import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { type Actor, CurrentActor, Roles } from '@kl/api/core';
import type { UserAccountSummary } from '@kl/shared/contracts';
import { UsersService } from './users.service';

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
}

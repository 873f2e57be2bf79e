import { Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiNoContentResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { type Actor, CurrentActor, IdParams, Roles } from '@kl/api/core';
import type { NotificationList } from '@kl/shared/contracts';
import { NotificationsService } from './notifications.service';

@ApiTags('notifications')
@Controller('notifications')
@Roles('caseworker', 'team_leader', 'municipality_admin')
export class NotificationsController {
  constructor(private readonly notifications: NotificationsService) {}

  @Get()
  @ApiOperation({
    summary: "The signed-in account's messages, newest first (at most 50), and how many are unread",
  })
  list(@CurrentActor() actor: Actor): Promise<NotificationList> {
    return this.notifications.list(actor);
  }

  @Post(':id/read')
  @HttpCode(204)
  @ApiOperation({ summary: 'Mark one of the own messages read' })
  @ApiNoContentResponse()
  markRead(@CurrentActor() actor: Actor, @Param() { id }: IdParams): Promise<void> {
    return this.notifications.markRead(actor, id);
  }
}

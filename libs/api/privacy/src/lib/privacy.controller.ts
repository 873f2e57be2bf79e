import { Controller, Get, HttpCode, Param, Post, Query, Res, StreamableFile } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { type Actor, CurrentActor, IdParams, Roles } from '@kl/api/core';
import type { ErasureCandidates, PersonDataExport } from '@kl/shared/contracts';
import type { Response } from 'express';
import { PersonExportQueryDto } from './dto/privacy.dto';
import { personExportHtml } from './person-export-html';
import { PrivacyService } from './privacy.service';

/** GDPR: a person's data exported and erased, retention (docs/gdpr.md). */
@ApiTags('privacy')
@Controller('privacy')
export class PrivacyController {
  constructor(private readonly privacy: PrivacyService) {}

  @Get('me/export')
  @Roles('municipality_admin', 'team_leader', 'caseworker')
  @ApiOperation({ summary: 'Everything held about the caller (their staff record), as JSON or a readable page' })
  async own(@CurrentActor() actor: Actor, @Query() query: PersonExportQueryDto, @Res({ passthrough: true }) response: Response) {
    return send(response, await this.privacy.exportOwn(actor), query);
  }

  @Get('staff/:id/export')
  @Roles('municipality_admin')
  @ApiOperation({ summary: 'Everything held about one person, as JSON or a readable page (the read is logged)' })
  async export(@CurrentActor() actor: Actor, @Param() { id }: IdParams, @Query() query: PersonExportQueryDto, @Res({ passthrough: true }) response: Response) {
    return send(response, await this.privacy.exportPerson(actor, id), query);
  }

  @Post('staff/:id/erase')
  @HttpCode(204)
  @Roles('municipality_admin')
  @ApiOperation({ summary: 'Erase a person who has left: everywhere, audit snapshots included; figures stay' })
  erase(@CurrentActor() actor: Actor, @Param() { id }: IdParams): Promise<void> {
    return this.privacy.erase(actor, id);
  }

  @Get('retention')
  @Roles('municipality_admin')
  @ApiOperation({ summary: 'People who left more than ERASURE_AFTER_MONTHS ago, due for erasure' })
  candidates(@CurrentActor() actor: Actor): Promise<ErasureCandidates> {
    return this.privacy.candidates(actor);
  }

  @Post('rounds/:id/purge')
  @HttpCode(204)
  @Roles('municipality_admin')
  @ApiOperation({ summary: "Purge a closed round's person-level data ROUND_PURGE_AFTER_YEARS after it closed; its figures stay" })
  purge(@CurrentActor() actor: Actor, @Param() { id }: IdParams): Promise<void> {
    return this.privacy.purgeRound(actor, id);
  }
}

function send(response: Response, data: PersonDataExport, query: PersonExportQueryDto): PersonDataExport | StreamableFile {
  if (query.format !== 'html') {
    response.setHeader('Content-Disposition', 'attachment; filename="registerutdrag.json"');
    return data;
  }
  response.setHeader('Content-Disposition', 'attachment; filename="registerutdrag.html"');
  return new StreamableFile(Buffer.from(personExportHtml(data), 'utf8'), { type: 'text/html; charset=utf-8' });
}

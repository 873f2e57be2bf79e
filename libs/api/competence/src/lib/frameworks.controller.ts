import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Put, Query, Res, StreamableFile } from '@nestjs/common';
import type { Response } from 'express';
import { ApiConsumes, ApiOperation, ApiTags } from '@nestjs/swagger';
import { type Actor, attachmentDisposition, CurrentActor, FileBody, Roles, writeTableFile } from '@kl/api/core';
import type { CompetenceFrameworkDetail, CompetenceFrameworkSummary, FrameworkExample, FrameworkImportPreview } from '@kl/shared/contracts';
import { exportFileName } from '@kl/shared/util';
import {
  CopyFrameworkExampleDto,
  CreateCompetenceAreaDto,
  CreateCompetenceTopicDto,
  CreateFrameworkDto,
  FrameworkChildParams,
  FrameworkExampleParams,
  FrameworkExportQueryDto,
  FrameworkLevelParams,
  FrameworkParams,
  PublishFrameworkDto,
  ReplaceCrosswalkDto,
  UpdateCompetenceAreaDto,
  UpdateCompetenceTopicDto,
  UpdateFrameworkDto,
  UpdateLevelDefinitionDto,
} from './dto/framework.dto';
import { frameworkFile } from './framework-document';
import { readFrameworkFile } from './framework-file';
import { frameworkSheet } from './framework-sheet';
import { FrameworksService } from './frameworks.service';

/** Everyone who works with competence data reads frameworks; system administrators do not. */
const READERS = ['caseworker', 'team_leader', 'municipality_admin', 'national_analyst', 'regional_analyst'] as const;
/** National analysts edit national drafts, kommun administrators their kommun's own frameworks and extensions (checked per framework). */
const EDITORS = ['national_analyst', 'municipality_admin'] as const;

@ApiTags('frameworks')
@Controller('frameworks')
export class FrameworksController {
  constructor(private readonly frameworks: FrameworksService) {}

  @Get()
  @Roles(...READERS)
  @ApiOperation({ summary: "Framework versions: the national ones and the caller's kommun's extensions" })
  list(@CurrentActor() actor: Actor): Promise<CompetenceFrameworkSummary[]> {
    return this.frameworks.list(actor);
  }

  @Post()
  @Roles(...EDITORS)
  @ApiOperation({
    summary: "A new framework as a draft of version 1: national for national analysts, the kommun's own for its administrators (also an import's confirm)",
  })
  create(@CurrentActor() actor: Actor, @Body() dto: CreateFrameworkDto): Promise<CompetenceFrameworkDetail> {
    return this.frameworks.create(actor, dto);
  }

  @Get('examples')
  @Roles(...EDITORS)
  @ApiOperation({ summary: 'Example frameworks for service areas without a national one, to copy and adapt' })
  examples(): readonly FrameworkExample[] {
    return this.frameworks.examples();
  }

  @Post('examples/:key/copy')
  @Roles(...EDITORS)
  @ApiOperation({ summary: 'Copy an example into a new draft under its own code and name' })
  copyExample(
    @CurrentActor() actor: Actor,
    @Param() { key }: FrameworkExampleParams,
    @Body() dto: CopyFrameworkExampleDto,
  ): Promise<CompetenceFrameworkDetail> {
    return this.frameworks.copyExample(actor, key, dto);
  }

  @Post('import/file')
  @HttpCode(200)
  @Roles(...EDITORS)
  @ApiConsumes('application/octet-stream', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'text/csv')
  @ApiOperation({ summary: 'Read a framework file (JSON or XLSX as the body) and check it: its preview, nothing written (confirm with POST /frameworks)' })
  preview(@FileBody() file: Buffer): Promise<FrameworkImportPreview> {
    return readFrameworkFile(file);
  }

  @Get(':id/export')
  @Roles(...READERS)
  @ApiOperation({ summary: 'One version as a framework file (JSON or XLSX) that imports back as the same framework' })
  async export(
    @CurrentActor() actor: Actor,
    @Param() { id }: FrameworkParams,
    @Query() { format = 'json' }: FrameworkExportQueryDto,
    @Res({ passthrough: true }) response: Response,
  ): Promise<StreamableFile> {
    const { framework, document } = await this.frameworks.document(actor, id);
    const nameParts = [framework.code, `v${framework.version}`];
    if (format === 'xlsx') {
      const file = await writeTableFile(frameworkSheet(document), 'xlsx', ...nameParts);
      response.setHeader('Content-Disposition', attachmentDisposition(file.fileName));
      return new StreamableFile(file.body, { type: file.contentType });
    }
    response.setHeader('Content-Disposition', attachmentDisposition(exportFileName('json', ...nameParts)));
    return new StreamableFile(Buffer.from(JSON.stringify(frameworkFile(document), null, 2) + '\n', 'utf8'), {
      type: 'application/json; charset=utf-8',
    });
  }

  @Get(':id')
  @Roles(...READERS)
  @ApiOperation({ summary: 'One version with its areas, topics, level definitions and crosswalk' })
  get(@CurrentActor() actor: Actor, @Param() { id }: FrameworkParams): Promise<CompetenceFrameworkDetail> {
    return this.frameworks.get(actor, id);
  }

  @Post(':id/versions')
  @Roles(...EDITORS)
  @ApiOperation({ summary: "Start a new version (national, or the kommun's own framework) as a draft copy of a published one" })
  createVersion(@CurrentActor() actor: Actor, @Param() { id }: FrameworkParams): Promise<CompetenceFrameworkDetail> {
    return this.frameworks.createVersion(actor, id);
  }

  @Post(':id/extensions')
  @Roles('municipality_admin')
  @ApiOperation({ summary: "Start the kommun's draft of local topics beside a published national version" })
  createExtension(@CurrentActor() actor: Actor, @Param() { id }: FrameworkParams): Promise<CompetenceFrameworkDetail> {
    return this.frameworks.createExtension(actor, id);
  }

  @Patch(':id')
  @Roles(...EDITORS)
  @ApiOperation({ summary: 'Rename a draft (409 FRAMEWORK_PUBLISHED on a published version)' })
  update(@CurrentActor() actor: Actor, @Param() { id }: FrameworkParams, @Body() dto: UpdateFrameworkDto): Promise<CompetenceFrameworkDetail> {
    return this.frameworks.update(actor, id, dto);
  }

  @Post(':id/publish')
  @HttpCode(200)
  @Roles(...EDITORS)
  @ApiOperation({ summary: 'Publish a draft; it is immutable from then on (a new version needs a complete crosswalk)' })
  publish(@CurrentActor() actor: Actor, @Param() { id }: FrameworkParams, @Body() dto: PublishFrameworkDto): Promise<CompetenceFrameworkDetail> {
    return this.frameworks.publish(actor, id, dto);
  }

  @Post(':id/areas')
  @Roles(...EDITORS)
  @ApiOperation({ summary: 'Add an area to a draft' })
  addArea(@CurrentActor() actor: Actor, @Param() { id }: FrameworkParams, @Body() dto: CreateCompetenceAreaDto): Promise<CompetenceFrameworkDetail> {
    return this.frameworks.addArea(actor, id, dto);
  }

  @Patch(':id/areas/:childId')
  @Roles(...EDITORS)
  @ApiOperation({ summary: 'Rename an area of a draft' })
  updateArea(
    @CurrentActor() actor: Actor,
    @Param() { id, childId }: FrameworkChildParams,
    @Body() dto: UpdateCompetenceAreaDto,
  ): Promise<CompetenceFrameworkDetail> {
    return this.frameworks.updateArea(actor, id, childId, dto);
  }

  @Delete(':id/areas/:childId')
  @Roles(...EDITORS)
  @ApiOperation({ summary: 'Remove an area and its topics from a draft' })
  removeArea(@CurrentActor() actor: Actor, @Param() { id, childId }: FrameworkChildParams): Promise<CompetenceFrameworkDetail> {
    return this.frameworks.removeArea(actor, id, childId);
  }

  @Post(':id/topics')
  @Roles(...EDITORS)
  @ApiOperation({ summary: 'Add a topic to an area of a draft' })
  addTopic(@CurrentActor() actor: Actor, @Param() { id }: FrameworkParams, @Body() dto: CreateCompetenceTopicDto): Promise<CompetenceFrameworkDetail> {
    return this.frameworks.addTopic(actor, id, dto);
  }

  @Patch(':id/topics/:childId')
  @Roles(...EDITORS)
  @ApiOperation({ summary: 'Rename a topic of a draft or move it to another area' })
  updateTopic(
    @CurrentActor() actor: Actor,
    @Param() { id, childId }: FrameworkChildParams,
    @Body() dto: UpdateCompetenceTopicDto,
  ): Promise<CompetenceFrameworkDetail> {
    return this.frameworks.updateTopic(actor, id, childId, dto);
  }

  @Delete(':id/topics/:childId')
  @Roles(...EDITORS)
  @ApiOperation({ summary: 'Remove a topic from a draft' })
  removeTopic(@CurrentActor() actor: Actor, @Param() { id, childId }: FrameworkChildParams): Promise<CompetenceFrameworkDetail> {
    return this.frameworks.removeTopic(actor, id, childId);
  }

  @Put(':id/levels/:level')
  @Roles(...EDITORS)
  @ApiOperation({ summary: 'Change what a level means in a draft' })
  updateLevel(
    @CurrentActor() actor: Actor,
    @Param() { id, level }: FrameworkLevelParams,
    @Body() dto: UpdateLevelDefinitionDto,
  ): Promise<CompetenceFrameworkDetail> {
    return this.frameworks.updateLevel(actor, id, level, dto);
  }

  @Put(':id/crosswalk')
  @Roles(...EDITORS)
  @ApiOperation({ summary: 'Replace the crosswalk from the previous version to this draft' })
  replaceCrosswalk(
    @CurrentActor() actor: Actor,
    @Param() { id }: FrameworkParams,
    @Body() dto: ReplaceCrosswalkDto,
  ): Promise<CompetenceFrameworkDetail> {
    return this.frameworks.replaceCrosswalk(actor, id, dto);
  }
}

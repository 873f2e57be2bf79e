import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Put } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { type Actor, CurrentActor, Roles } from '@kl/api/core';
import type { CompetenceFrameworkDetail, CompetenceFrameworkSummary } from '@kl/shared/contracts';
import {
  CreateCompetenceAreaDto,
  CreateCompetenceTopicDto,
  FrameworkChildParams,
  FrameworkLevelParams,
  FrameworkParams,
  PublishFrameworkDto,
  ReplaceCrosswalkDto,
  UpdateCompetenceAreaDto,
  UpdateCompetenceTopicDto,
  UpdateFrameworkDto,
  UpdateLevelDefinitionDto,
} from './dto/framework.dto';
import { FrameworksService } from './frameworks.service';

/** Everyone who works with competence data reads frameworks; system administrators do not. */
const READERS = ['caseworker', 'team_leader', 'municipality_admin', 'national_analyst', 'regional_analyst'] as const;
/** National analysts edit national drafts, kommun administrators their kommun's extension (checked per framework). */
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

  @Get(':id')
  @Roles(...READERS)
  @ApiOperation({ summary: 'One version with its areas, topics, level definitions and crosswalk' })
  get(@CurrentActor() actor: Actor, @Param() { id }: FrameworkParams): Promise<CompetenceFrameworkDetail> {
    return this.frameworks.get(actor, id);
  }

  @Post(':id/versions')
  @Roles('national_analyst')
  @ApiOperation({ summary: 'Start a new national version as a draft copy of a published one' })
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
  @Roles('national_analyst')
  @ApiOperation({ summary: 'Replace the crosswalk from the previous version to this draft' })
  replaceCrosswalk(
    @CurrentActor() actor: Actor,
    @Param() { id }: FrameworkParams,
    @Body() dto: ReplaceCrosswalkDto,
  ): Promise<CompetenceFrameworkDetail> {
    return this.frameworks.replaceCrosswalk(actor, id, dto);
  }
}

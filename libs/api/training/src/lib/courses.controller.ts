import { Body, Controller, Get, Param, Post, Put, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { type Actor, CurrentActor, IdParams, Roles } from '@kl/api/core';
import type { Course, CourseSession, CourseSuggestion } from '@kl/shared/contracts';
import {
  CreateSessionDto,
  SaveCourseDto,
  SessionsQueryDto,
  SuggestionsQueryDto,
} from './dto/course.dto';
import { SuggestionsService } from './suggestions.service';
import { CoursesService } from './courses.service';
import { SessionsService } from './sessions.service';

const READERS = ['municipality_admin', 'team_leader', 'caseworker', 'regional_analyst'] as const;
const KEEPERS = ['municipality_admin', 'regional_analyst'] as const;

@ApiTags('training')
@Controller('courses')
export class CoursesController {
  constructor(
    private readonly courses: CoursesService,
    private readonly sessions: SessionsService,
  ) {}

  @Get()
  @Roles(...READERS)
  @ApiOperation({
    summary:
      "The catalogue: the kommun's courses and those shared in the län (the län's for its analyst)",
  })
  list(@CurrentActor() actor: Actor): Promise<Course[]> {
    return this.courses.list(actor);
  }

  @Get(':id')
  @Roles(...READERS)
  @ApiOperation({ summary: 'One course the caller reaches' })
  get(@CurrentActor() actor: Actor, @Param() { id }: IdParams): Promise<Course> {
    return this.courses.get(actor, id);
  }

  @Post()
  @Roles(...KEEPERS)
  @ApiOperation({
    summary: 'A course of the kommun, or of the län when the regional analyst publishes it',
  })
  create(@CurrentActor() actor: Actor, @Body() dto: SaveCourseDto): Promise<Course> {
    return this.courses.create(actor, dto);
  }

  @Put(':id')
  @Roles(...KEEPERS)
  @ApiOperation({ summary: 'Replace an own course (409 STALE_VERSION with the current course)' })
  update(
    @CurrentActor() actor: Actor,
    @Param() { id }: IdParams,
    @Body() dto: SaveCourseDto,
  ): Promise<Course> {
    return this.courses.update(actor, id, dto);
  }

  @Post(':id/sessions')
  @Roles(...KEEPERS)
  @ApiOperation({ summary: 'A session of a course, with seats given to other kommuner of the län' })
  createSession(
    @CurrentActor() actor: Actor,
    @Param() { id }: IdParams,
    @Body() dto: CreateSessionDto,
  ): Promise<CourseSession> {
    return this.sessions.create(actor, id, dto);
  }
}

@ApiTags('training')
@Controller('sessions')
export class SessionsController {
  constructor(private readonly sessions: SessionsService) {}

  @Get()
  @Roles(...READERS)
  @ApiOperation({ summary: 'The session calendar, with the kommun’s seats and how many are taken' })
  list(@CurrentActor() actor: Actor, @Query() query: SessionsQueryDto): Promise<CourseSession[]> {
    return this.sessions.list(actor, query);
  }

  @Get(':id')
  @Roles(...READERS)
  @ApiOperation({ summary: 'One session the caller reaches' })
  get(@CurrentActor() actor: Actor, @Param() { id }: IdParams): Promise<CourseSession> {
    return this.sessions.get(actor, id);
  }
}

@ApiTags('training')
@Controller('suggestions')
export class SuggestionsController {
  constructor(private readonly suggestions: SuggestionsService) {}

  @Get()
  @Roles('municipality_admin', 'team_leader', 'caseworker')
  @ApiOperation({
    summary:
      'Courses for a gap (topic, level needed, people), ranked by fit with the reasons for each place',
  })
  suggest(
    @CurrentActor() actor: Actor,
    @Query() query: SuggestionsQueryDto,
  ): Promise<CourseSuggestion[]> {
    return this.suggestions.suggest(actor, query);
  }
}

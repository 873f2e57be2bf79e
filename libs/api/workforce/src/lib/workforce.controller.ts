import { Body, Controller, Delete, Get, HttpCode, Param, Post, Put, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { type Actor, CurrentActor, IdParams, Roles } from '@kl/api/core';
import type { PlannedChange, Vacancy, WorkforceFigures, WorkforceForecast, WorkforceSettings } from '@kl/shared/contracts';
import { CreateVacancyDto, PlannedChangeDto, UpdatePlannedChangeDto, UpdateVacancyDto, WorkforceQueryDto, WorkforceSettingsDto } from './dto/workforce.dto';
import { FiguresService } from './figures.service';
import { ForecastService } from './forecast.service';
import { WorkforceInputsService } from './workforce-inputs.service';

@ApiTags('workforce')
@Controller('workforce')
export class WorkforceController {
  constructor(
    private readonly figuresService: FiguresService,
    private readonly forecastService: ForecastService,
    private readonly inputs: WorkforceInputsService,
  ) {}

  @Get('figures')
  @Roles('municipality_admin', 'team_leader')
  @ApiOperation({ summary: 'Headcount, turnover, retention, consultants, age, retirements and vacancies (team leaders: their units, small groups suppressed)' })
  figures(@CurrentActor() actor: Actor, @Query() query: WorkforceQueryDto): Promise<WorkforceFigures> {
    return this.figuresService.figures(actor, query);
  }

  @Get('forecast')
  @Roles('municipality_admin')
  @ApiOperation({ summary: 'The three-year recruitment forecast and the competence at risk' })
  forecast(@CurrentActor() actor: Actor, @Query() query: WorkforceQueryDto): Promise<WorkforceForecast> {
    return this.forecastService.forecast(actor, query);
  }

  @Get('vacancies')
  @Roles('municipality_admin', 'team_leader')
  vacancies(@CurrentActor() actor: Actor, @Query() query: WorkforceQueryDto): Promise<Vacancy[]> {
    return this.inputs.vacancies(actor, query);
  }

  @Post('vacancies')
  @Roles('municipality_admin')
  createVacancy(@CurrentActor() actor: Actor, @Body() dto: CreateVacancyDto): Promise<Vacancy> {
    return this.inputs.createVacancy(actor, dto);
  }

  @Put('vacancies/:id')
  @Roles('municipality_admin')
  updateVacancy(@CurrentActor() actor: Actor, @Param() { id }: IdParams, @Body() dto: UpdateVacancyDto): Promise<Vacancy> {
    return this.inputs.updateVacancy(actor, id, dto);
  }

  @Delete('vacancies/:id')
  @Roles('municipality_admin')
  @HttpCode(204)
  deleteVacancy(@CurrentActor() actor: Actor, @Param() { id }: IdParams): Promise<void> {
    return this.inputs.deleteVacancy(actor, id);
  }

  @Get('planned-changes')
  @Roles('municipality_admin')
  plannedChanges(@CurrentActor() actor: Actor): Promise<PlannedChange[]> {
    return this.inputs.plannedChanges(actor);
  }

  @Post('planned-changes')
  @Roles('municipality_admin')
  createPlannedChange(@CurrentActor() actor: Actor, @Body() dto: PlannedChangeDto): Promise<PlannedChange> {
    return this.inputs.createPlannedChange(actor, dto);
  }

  @Put('planned-changes/:id')
  @Roles('municipality_admin')
  updatePlannedChange(@CurrentActor() actor: Actor, @Param() { id }: IdParams, @Body() dto: UpdatePlannedChangeDto): Promise<PlannedChange> {
    return this.inputs.updatePlannedChange(actor, id, dto);
  }

  @Delete('planned-changes/:id')
  @Roles('municipality_admin')
  @HttpCode(204)
  deletePlannedChange(@CurrentActor() actor: Actor, @Param() { id }: IdParams): Promise<void> {
    return this.inputs.deletePlannedChange(actor, id);
  }

  @Get('settings')
  @Roles('municipality_admin')
  settings(@CurrentActor() actor: Actor): Promise<WorkforceSettings> {
    return this.inputs.settings(actor);
  }

  @Put('settings')
  @Roles('municipality_admin')
  updateSettings(@CurrentActor() actor: Actor, @Body() dto: WorkforceSettingsDto): Promise<WorkforceSettings> {
    return this.inputs.updateSettings(actor, dto);
  }
}

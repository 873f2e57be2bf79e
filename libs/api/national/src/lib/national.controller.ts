import {
  Body,
  Controller,
  Get,
  HttpCode,
  Param,
  Post,
  Query,
  Res,
  UploadedFile,
  UseInterceptors,
} from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { ApiBody, ApiConsumes, ApiOperation, ApiTags } from '@nestjs/swagger';
import { type Actor, CurrentActor, IdParams, Roles, sendPreparedJson } from '@kl/api/core';
import type {
  ClassificationLoadResult,
  ClassificationSummary,
  NationalRound,
  NationalSubmission,
  NationalTrend,
  OwnNationalRound,
  OwnSubmissionPreview,
  SubmissionFilePreview,
  SubmissionFileResult,
  SubmissionCompleteness,
  SubmissionStatus,
} from '@kl/shared/contracts';
import type { Response } from 'express';
import { ClassificationsService } from './classifications.service';
import {
  ClassificationQueryDto,
  CreateNationalRoundDto,
  OwnSubmissionDto,
  RoundCodeParams,
  SubmissionFileQueryDto,
  TableFiltersDto,
  TableParams,
} from './dto/national.dto';
import { NationalRoundsService } from './national-rounds.service';
import { NationalTablesService } from './national-tables.service';
import { OwnSubmissionService } from './own-submission.service';
import { SubmissionFileService, type UploadedFile as SubmissionUpload } from './submission-file.service';
import { SubmissionStatusService } from './submission-status.service';

/** A survey file of 290 kommuner is about 1 MB as CSV; room for XLSX and more. */
const MAX_FILE_BYTES = 20 * 1024 * 1024;

/** The national API (FORMATS.md §4): a contract the agency's own systems call. */
@ApiTags('national')
@Controller('national/rounds')
export class NationalRoundsController {
  constructor(
    private readonly rounds: NationalRoundsService,
    private readonly tables: NationalTablesService,
    private readonly files: SubmissionFileService,
    private readonly status: SubmissionStatusService,
    private readonly own: OwnSubmissionService,
  ) {}

  @Get()
  @Roles('national_analyst')
  @ApiOperation({ summary: 'National rounds, newest first' })
  list(@CurrentActor() actor: Actor): Promise<NationalRound[]> {
    return this.rounds.list(actor);
  }

  @Post()
  @Roles('national_analyst')
  @ApiOperation({ summary: 'Create a national round (code, framework version, reference date, window)' })
  create(@CurrentActor() actor: Actor, @Body() dto: CreateNationalRoundDto): Promise<NationalRound> {
    return this.rounds.create(actor, dto);
  }

  @Get(':code')
  @Roles('national_analyst')
  @ApiOperation({ summary: 'One national round' })
  get(@CurrentActor() actor: Actor, @Param() { code }: RoundCodeParams): Promise<NationalRound> {
    return this.rounds.get(actor, code);
  }

  @Post(':code/submissions')
  @Roles('national_analyst', 'municipality_admin')
  @UseInterceptors(FileInterceptor('file', { limits: { fileSize: MAX_FILE_BYTES, files: 1 } }))
  @ApiConsumes('multipart/form-data')
  @ApiBody({ schema: { type: 'object', properties: { file: { type: 'string', format: 'binary' } } } })
  @ApiOperation({
    summary: 'Submit a FORMATS.md §3 file (CSV or XLSX, one or many kommuner); ?dryRun=true only checks it',
    description:
      '201 { kommuner, rows, replaced }; 422 IMPORT_INVALID with every wrong row, and nothing written. A kommun ' +
      "administrator sends its own kommun's rows within the round's window; the national analyst any kommuner, any time.",
  })
  submit(
    @CurrentActor() actor: Actor,
    @Param() { code }: RoundCodeParams,
    @Query() { dryRun }: SubmissionFileQueryDto,
    @UploadedFile() file: SubmissionUpload | undefined,
  ): Promise<SubmissionFileResult | SubmissionFilePreview> {
    return this.files.submit(actor, code, file, dryRun === true);
  }

  @Get(':code/status')
  @Roles('national_analyst')
  @ApiOperation({ summary: 'Which kommuner have submitted; response rate per län and kommungrupp' })
  submissionStatus(@CurrentActor() actor: Actor, @Param() { code }: RoundCodeParams): Promise<SubmissionStatus> {
    return this.status.status(actor, code);
  }

  @Get(':code/tables/:table')
  @Roles('national_analyst')
  @ApiOperation({
    summary: 'A national table (topics, areas, caseworkers, team-leaders, indicators), filterable by kommungrupp, lan and cohort',
  })
  async table(
    @CurrentActor() actor: Actor,
    @Param() { code, table }: TableParams,
    @Query() filters: TableFiltersDto,
    @Res() response: Response,
  ): Promise<void> {
    sendPreparedJson(response, await this.tables.tableJson(actor, code, table, filters));
  }

  @Get(':code/trend')
  @Roles('national_analyst')
  @ApiOperation({
    summary: "Every round up to this one in this round's topics (through the framework crosswalk), with the same filters",
  })
  trend(
    @CurrentActor() actor: Actor,
    @Param() { code }: RoundCodeParams,
    @Query() filters: TableFiltersDto,
  ): Promise<NationalTrend> {
    return this.tables.trend(actor, code, filters);
  }

  @Post(':code/own-submission/preview')
  @HttpCode(200)
  @Roles('municipality_admin')
  @ApiOperation({ summary: "The aggregates the kommun would send from a closed round's frozen population, with checks" })
  preview(
    @CurrentActor() actor: Actor,
    @Param() { code }: RoundCodeParams,
    @Body() dto: OwnSubmissionDto,
  ): Promise<OwnSubmissionPreview> {
    return this.own.preview(actor, code, dto);
  }

  @Post(':code/own-submission')
  @Roles('municipality_admin')
  @ApiOperation({ summary: "Sign and submit the kommun's aggregates; replaces its previous submission to the round" })
  submitOwn(
    @CurrentActor() actor: Actor,
    @Param() { code }: RoundCodeParams,
    @Body() dto: OwnSubmissionDto,
  ): Promise<NationalSubmission> {
    return this.own.submit(actor, code, dto);
  }
}

/** The kommun administrator's side: national rounds and the kommun's own submissions. */
@ApiTags('national')
@Controller('national/own')
export class OwnSubmissionsController {
  constructor(private readonly own: OwnSubmissionService) {}

  @Get('rounds')
  @Roles('municipality_admin')
  @ApiOperation({ summary: "National rounds with the kommun's current submission and the closed rounds that can answer them" })
  rounds(@CurrentActor() actor: Actor): Promise<OwnNationalRound[]> {
    return this.own.rounds(actor);
  }

  @Get('inventory-rounds/:id/completeness')
  @Roles('municipality_admin')
  @ApiOperation({
    summary: "The people of a closed round's population who lack what the national tables need, named for the administrator",
  })
  completeness(@CurrentActor() actor: Actor, @Param() { id }: IdParams): Promise<SubmissionCompleteness> {
    return this.own.completeness(actor, id);
  }

  @Get('submissions')
  @Roles('municipality_admin')
  @ApiOperation({ summary: "Every submission of the kommun, the replaced ones too" })
  submissions(@CurrentActor() actor: Actor): Promise<NationalSubmission[]> {
    return this.own.submissions(actor);
  }

  @Get('submissions/:id/file')
  @Roles('municipality_admin')
  @ApiOperation({ summary: 'One submission as a FORMATS.md §3 CSV file' })
  async file(
    @CurrentActor() actor: Actor,
    @Param() { id }: IdParams,
    @Res({ passthrough: true }) response: Response,
  ): Promise<string> {
    const { name, rows } = await this.own.file(actor, id);
    response.setHeader('Content-Type', 'text/csv; charset=utf-8');
    response.setHeader('Content-Disposition', `attachment; filename="${name}.csv"`);
    const lines = rows.map((r) => [r.kommunkod, r.omgang, r.matt, r.inriktning, r.niva, r.kon, r.varde].join(';'));
    return `\ufeffkommunkod;omgang;matt;inriktning;niva;kon;varde\r\n${lines.join('\r\n')}\r\n`;
  }
}

/** Kommungrupp classifications: data the national analyst loads from a `kommunkod;gruppkod` file. */
@ApiTags('national')
@Controller('national/classifications')
export class ClassificationsController {
  constructor(private readonly classifications: ClassificationsService) {}

  @Get()
  @Roles('national_analyst')
  @ApiOperation({ summary: 'Kommungrupp classifications with their groups' })
  list(@CurrentActor() actor: Actor): Promise<ClassificationSummary[]> {
    return this.classifications.list(actor);
  }

  @Post()
  @Roles('national_analyst')
  @UseInterceptors(FileInterceptor('file', { limits: { fileSize: MAX_FILE_BYTES, files: 1 } }))
  @ApiConsumes('multipart/form-data')
  @ApiBody({ schema: { type: 'object', properties: { file: { type: 'string', format: 'binary' } } } })
  @ApiOperation({
    summary: 'Load a classification from a file (kommunkod, gruppkod, optional gruppnamn and definition); replaces its memberships',
  })
  load(
    @CurrentActor() actor: Actor,
    @Query() { code, name }: ClassificationQueryDto,
    @UploadedFile() file: SubmissionUpload | undefined,
  ): Promise<ClassificationLoadResult> {
    return this.classifications.load(actor, code, name, file);
  }
}

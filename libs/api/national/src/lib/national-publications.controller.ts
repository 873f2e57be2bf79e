import { Body, Controller, Get, Param, Post, Query, Res, StreamableFile } from '@nestjs/common';
import { ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { type Actor, attachmentDisposition, CurrentActor, Public, Roles, type TableFile } from '@kl/api/core';
import type { NationalPublication, PublicationPreview, PublishedRound, PublishedRoundDetail, PublishedTable } from '@kl/shared/contracts';
import { PublishDto, RoundCodeParams, TableFiltersDto, TableParams } from './dto/national.dto';
import { NationalPublicationsService } from './national-publications.service';
import { PublicDownloadsService } from './public-downloads.service';

/** The national analyst publishes a closed round (docs/national.md §6). */
@ApiTags('national')
@Controller('national/rounds')
export class NationalPublicationsController {
  constructor(private readonly publications: NationalPublicationsService) {}

  @Get(':code/publication-preview')
  @Roles('national_analyst')
  @ApiOperation({ summary: 'What publishing the round now would suppress and why (counts per table and reason), and the tables' })
  preview(@CurrentActor() actor: Actor, @Param() { code }: RoundCodeParams): Promise<PublicationPreview> {
    return this.publications.preview(actor, code);
  }

  @Post(':code/publications')
  @Roles('national_analyst')
  @ApiOperation({
    summary: 'Publish a closed round with disclosure control; a correction (any later publication) needs a note',
    description: '409 NATIONAL_ROUND_NOT_CLOSED for a round not closed; 409 PUBLICATION_IN_PROGRESS while another is written.',
  })
  publish(@CurrentActor() actor: Actor, @Param() { code }: RoundCodeParams, @Body() { note }: PublishDto): Promise<NationalPublication> {
    return this.publications.publish(actor, code, note);
  }

  @Get(':code/publications')
  @Roles('national_analyst')
  @ApiOperation({ summary: "The round's publications, newest first" })
  list(@CurrentActor() actor: Actor, @Param() { code }: RoundCodeParams): Promise<NationalPublication[]> {
    return this.publications.list(actor, code);
  }
}

/** The public national API (FORMATS.md §4): no sign-in, published rounds only, disclosure control applied. */
@ApiTags('public')
@Controller('public/national/rounds')
export class PublicNationalController {
  constructor(
    private readonly publications: NationalPublicationsService,
    private readonly downloads: PublicDownloadsService,
  ) {}

  @Get()
  @Public()
  @ApiOperation({ summary: 'The published national rounds (code, publishedAt, policy version)' })
  rounds(): Promise<PublishedRound[]> {
    return this.publications.publicRounds();
  }

  @Get(':code')
  @Public()
  @ApiOperation({
    summary: "A published round's latest publication: dates, policy, the framework's area and topic names, the filters it has tables for",
  })
  round(@Param() { code }: RoundCodeParams): Promise<PublishedRoundDetail> {
    return this.downloads.round(code);
  }

  @Get(':code/download.xlsx')
  @Public()
  @ApiProduces('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
  @ApiOperation({
    summary: 'Every published table of one filter (at most one: kommungrupp, lan or cohort) as XLSX, one sheet each, and a sheet of definitions and the policy',
  })
  async workbook(
    @Param() { code }: RoundCodeParams,
    @Query() filters: TableFiltersDto,
    @Res({ passthrough: true }) response: Response,
  ): Promise<StreamableFile> {
    return sendFile(response, await this.downloads.workbook(code, filters));
  }

  // Before `:code/tables/:table`, which would otherwise take `topics.csv` for a table name.
  @Get(':code/tables/:table.csv')
  @Public()
  @ApiProduces('text/csv')
  @ApiOperation({ summary: 'A published table of one filter as CSV (`;`, decimal comma, UTF-8 with BOM); `..` for a suppressed value' })
  async tableCsv(
    @Param() { code, table }: TableParams,
    @Query() filters: TableFiltersDto,
    @Res({ passthrough: true }) response: Response,
  ): Promise<StreamableFile> {
    return sendFile(response, await this.downloads.tableFile(code, table, 'csv', filters));
  }

  @Get(':code/tables/:table.px')
  @Public()
  @ApiProduces('text/x-pcaxis')
  @ApiOperation({
    summary: 'A published table of one filter as a PX file (PC-Axis 2013, ISO-8859-1) for PxWeb; ".." for a suppressed value, the policy in NOTE',
  })
  async tablePx(
    @Param() { code, table }: TableParams,
    @Query() filters: TableFiltersDto,
    @Res({ passthrough: true }) response: Response,
  ): Promise<StreamableFile> {
    return sendFile(response, await this.downloads.tableFile(code, table, 'px', filters));
  }

  @Get(':code/tables/:table')
  @Public()
  @ApiOperation({
    summary: 'A published national table, with at most one filter (kommungrupp, lan or cohort); suppressed values are null',
  })
  table(@Param() { code, table }: TableParams, @Query() filters: TableFiltersDto): Promise<PublishedTable> {
    return this.publications.publicTable(code, table, filters);
  }
}

function sendFile(response: Response, file: TableFile): StreamableFile {
  response.setHeader('Content-Type', file.contentType);
  response.setHeader('Content-Disposition', attachmentDisposition(file.fileName));
  return new StreamableFile(file.body);
}

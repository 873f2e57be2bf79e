import { Body, Controller, Get, Param, Post, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { type Actor, CurrentActor, Public, Roles } from '@kl/api/core';
import type { NationalPublication, PublicationPreview, PublishedRound, PublishedTable } from '@kl/shared/contracts';
import { PublishDto, RoundCodeParams, TableFiltersDto, TableParams } from './dto/national.dto';
import { NationalPublicationsService } from './national-publications.service';

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
  constructor(private readonly publications: NationalPublicationsService) {}

  @Get()
  @Public()
  @ApiOperation({ summary: 'The published national rounds (code, publishedAt, policy version)' })
  rounds(): Promise<PublishedRound[]> {
    return this.publications.publicRounds();
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

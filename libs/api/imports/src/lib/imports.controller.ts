import { Controller, Get, HttpCode, Param, Post, Query, Res, StreamableFile } from '@nestjs/common';
import type { Response } from 'express';
import { ApiConsumes, ApiOperation, ApiTags } from '@nestjs/swagger';
import { type Actor, CurrentActor, FileBody, IdParams, Roles } from '@kl/api/core';
import type { ImportJob } from '@kl/shared/contracts';
import { AssessmentImportQueryDto, ExportQueryDto, RoundExportQueryDto, RoundTemplateQueryDto, StaffImportQueryDto } from './dto/import.dto';
import { type DownloadFile, ImportsService } from './imports.service';

const FILE_TYPES = ['application/octet-stream', 'text/csv', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'];

/** Staff and assessment files (FORMATS.md §1–§2): the kommun administrator's. */
@ApiTags('imports')
@Controller('imports')
@Roles('municipality_admin')
export class ImportsController {
  constructor(private readonly imports: ImportsService) {}

  @Get()
  @ApiOperation({ summary: "The kommun's latest imports, newest first" })
  list(@CurrentActor() actor: Actor): Promise<ImportJob[]> {
    return this.imports.list(actor);
  }

  @Post('staff/file')
  @HttpCode(201)
  @ApiConsumes(...FILE_TYPES)
  @ApiOperation({ summary: 'Upload a staff file (XLSX or CSV as the body): its preview, nothing written yet (optionally, invitations on confirm)' })
  uploadStaff(@CurrentActor() actor: Actor, @FileBody() file: Buffer, @Query() query: StaffImportQueryDto): Promise<ImportJob> {
    return this.imports.upload(actor, 'staff', file, query.fileName, { inviteAccounts: query.inviteAccounts === true });
  }

  @Post('assessments/file')
  @HttpCode(201)
  @ApiConsumes(...FILE_TYPES)
  @ApiOperation({ summary: "Upload a round's assessment file (XLSX or CSV as the body): its preview, nothing written yet" })
  uploadAssessments(@CurrentActor() actor: Actor, @FileBody() file: Buffer, @Query() query: AssessmentImportQueryDto): Promise<ImportJob> {
    return this.imports.upload(actor, 'assessments', file, query.fileName, { roundId: query.roundId });
  }

  @Get('staff/template')
  @ApiOperation({ summary: 'The staff template (XLSX): Swedish headers, dropdowns for every choice and the kommun units' })
  async staffTemplate(@CurrentActor() actor: Actor, @Res({ passthrough: true }) response: Response): Promise<StreamableFile> {
    return send(response, await this.imports.download(actor, 'staff', { format: 'xlsx', empty: true }));
  }

  @Get('staff/export')
  @ApiOperation({ summary: "The kommun's staff as a staff file (XLSX or CSV), which imports back unchanged" })
  async staffExport(@CurrentActor() actor: Actor, @Query() query: ExportQueryDto, @Res({ passthrough: true }) response: Response): Promise<StreamableFile> {
    return send(response, await this.imports.download(actor, 'staff', { format: query.format ?? 'xlsx', empty: false }));
  }

  @Get('assessments/template')
  @ApiOperation({ summary: "A round's assessment template (XLSX): its people and topic columns, dropdowns G/F/S/-" })
  async assessmentTemplate(@CurrentActor() actor: Actor, @Query() query: RoundTemplateQueryDto, @Res({ passthrough: true }) response: Response): Promise<StreamableFile> {
    return send(response, await this.imports.download(actor, 'assessments', { format: 'xlsx', empty: true, roundId: query.roundId }));
  }

  @Get('assessments/export')
  @ApiOperation({ summary: "A round's current leader levels as an assessment file (XLSX or CSV), which imports back unchanged" })
  async assessmentExport(@CurrentActor() actor: Actor, @Query() query: RoundExportQueryDto, @Res({ passthrough: true }) response: Response): Promise<StreamableFile> {
    return send(response, await this.imports.download(actor, 'assessments', { format: query.format ?? 'xlsx', empty: false, roundId: query.roundId }));
  }

  @Get(':id')
  @ApiOperation({ summary: 'One import: its preview, state and result (a page reloaded during the write asks here)' })
  get(@CurrentActor() actor: Actor, @Param() { id }: IdParams): Promise<ImportJob> {
    return this.imports.get(actor, id);
  }

  @Post(':id/confirm')
  @HttpCode(200)
  @ApiOperation({ summary: 'Write a previewed import in one transaction, all or nothing' })
  confirm(@CurrentActor() actor: Actor, @Param() { id }: IdParams): Promise<ImportJob> {
    return this.imports.confirm(actor, id);
  }
}

function send(response: Response, file: DownloadFile): StreamableFile {
  response.setHeader('Content-Disposition', `attachment; filename="${file.fileName}"`);
  return new StreamableFile(file.bytes, { type: file.mediaType });
}

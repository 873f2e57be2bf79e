import { Module } from '@nestjs/common';
import { ClassificationsService } from './classifications.service';
import { ClassificationsController, NationalRoundsController, OwnSubmissionsController } from './national.controller';
import { NationalPublicationsController, PublicNationalController } from './national-publications.controller';
import { NationalPublicationsService } from './national-publications.service';
import { NationalRoundsService } from './national-rounds.service';
import { NationalTablesService } from './national-tables.service';
import { OwnSubmissionService } from './own-submission.service';
import { PublicDownloadsService } from './public-downloads.service';
import { SubmissionFileService } from './submission-file.service';
import { SubmissionStatusService } from './submission-status.service';

/** The national tier: national rounds, submissions, kept aggregates and the national tables (docs/national.md). */
@Module({
  controllers: [
    NationalRoundsController,
    NationalPublicationsController,
    PublicNationalController,
    OwnSubmissionsController,
    ClassificationsController,
  ],
  providers: [
    ClassificationsService,
    NationalPublicationsService,
    NationalRoundsService,
    NationalTablesService,
    OwnSubmissionService,
    SubmissionFileService,
    SubmissionStatusService,
    PublicDownloadsService,
  ],
})
export class NationalModule {}

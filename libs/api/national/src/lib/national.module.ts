import { Module } from '@nestjs/common';
import { ClassificationsService } from './classifications.service';
import { OwnComparisonsController, RegionalController } from './comparison.controller';
import { ComparisonService } from './comparison.service';
import { ClassificationsController, NationalRoundsController, OwnSubmissionsController } from './national.controller';
import { NationalPublicationsController, PublicNationalController } from './national-publications.controller';
import { NationalPublicationsService } from './national-publications.service';
import { NationalRoundsService } from './national-rounds.service';
import { NationalTablesService } from './national-tables.service';
import { OwnSubmissionService } from './own-submission.service';
import { RegionalService } from './regional.service';
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
    OwnComparisonsController,
    RegionalController,
  ],
  providers: [
    ClassificationsService,
    ComparisonService,
    NationalPublicationsService,
    NationalRoundsService,
    NationalTablesService,
    OwnSubmissionService,
    SubmissionFileService,
    SubmissionStatusService,
    RegionalService,
    PublicDownloadsService,
  ],
})
export class NationalModule {}

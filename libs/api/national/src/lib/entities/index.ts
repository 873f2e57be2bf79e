import { NationalAggregate } from './national-aggregate.entity';
import { NationalPublication } from './national-publication.entity';
import { NationalRound } from './national-round.entity';
import { NationalSubmissionValue } from './national-submission-value.entity';
import { NationalSubmission } from './national-submission.entity';

export { NationalAggregate, NationalPublication, NationalRound, NationalSubmission, NationalSubmissionValue };

/** The entities of this lib, for the schema (migrations/src/entities.ts). */
export const nationalEntities = [NationalRound, NationalSubmission, NationalSubmissionValue, NationalAggregate, NationalPublication];

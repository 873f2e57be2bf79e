import { Injectable } from '@nestjs/common';
import { type Actor, KeptAggregates, type KommunTransaction, NotFoundError, ScopedData } from '@kl/api/core';
import type {
  NationalSubmission,
  OwnNationalRound,
  OwnSubmissionPreview,
  SubmissionCompleteness,
  SubmissionRow,
} from '@kl/shared/contracts';
import { readPlanIndicators, readTrainingIndicators } from '@kl/api/training';
import {
  surveyIndicatorsFromPlans,
  surveyIndicatorsFromTraining,
  todayInSweden,
} from '@kl/shared/util';
import type { OwnSubmissionDto } from './dto/national.dto';
import { NationalRoundNotOpenError } from './national.errors';
import {
  loadNationalRound,
  nationalRoundStatus,
  type NationalRoundRow,
} from './national-round-row';
import { buildOwnSubmission, storeOwnSubmission, submissionCompleteness } from './own-submission-build';
import { SUBMISSION_SELECT } from './submission-select';

/**
 * A kommun administrator's submission built from the kommun's own data: the frozen population of
 * a closed kommun round (docs/national.md), previewed with its checks, then written through
 * `national_submission_store_own`, which keeps the national aggregates in the same transaction.
 */
@Injectable()
export class OwnSubmissionService {
  constructor(
    private readonly data: ScopedData,
    private readonly kept: KeptAggregates,
  ) {}

  rounds(actor: Actor): Promise<OwnNationalRound[]> {
    return this.data.inKommun(actor, async (tx) => {
      const rows = await tx.query<NationalRoundRow & { submissionId: string | null }>(
        `SELECT r.code, f.code AS "frameworkCode", f.version AS "frameworkVersion", r.framework_id AS "frameworkId",
                r.reference_date::text AS "referenceDate", r.opens_on::text AS "opensOn", r.closes_on::text AS "closesOn",
                (SELECT s.id FROM national_submission s WHERE s.national_round_id = r.id AND s.municipality_id = $1
                   AND s.replaced_at IS NULL) AS "submissionId"
         FROM national_round r JOIN competence_framework f ON f.id = r.framework_id
         ORDER BY r.reference_date DESC, r.code DESC`,
        [tx.municipalityId],
      );
      const submissions = await this.ownSubmissions(tx, true);
      const inventory = await tx.query<{
        id: string;
        name: string;
        referenceDate: string;
        frameworkId: string;
      }>(
        `SELECT id, name, reference_date::text AS "referenceDate", framework_id AS "frameworkId" FROM inventory_round
         WHERE municipality_id = $1 AND population_frozen_at IS NOT NULL ORDER BY reference_date DESC`,
        [tx.municipalityId],
      );
      return rows.map((r) => ({
        code: r.code,
        frameworkCode: r.frameworkCode,
        frameworkVersion: r.frameworkVersion,
        referenceDate: r.referenceDate,
        opensOn: r.opensOn,
        closesOn: r.closesOn,
        status: nationalRoundStatus(r),
        submission: submissions.find((s) => s.id === r.submissionId) ?? null,
        inventoryRounds: inventory
          .filter((i) => i.frameworkId === r.frameworkId)
          .map(({ frameworkId: _f, ...i }) => i),
      }));
    });
  }

  submissions(actor: Actor): Promise<NationalSubmission[]> {
    return this.data.inKommun(actor, (tx) => this.ownSubmissions(tx, false));
  }

  preview(actor: Actor, code: string, dto: OwnSubmissionDto): Promise<OwnSubmissionPreview> {
    return this.data.inKommun(
      actor,
      async (tx) => {
        const round = await loadNationalRound(tx, code);
        const built = await buildOwnSubmission(tx, round, dto);
        return {
          round: round.code,
          kommunkod: built.kommunkod,
          rows: built.cells.map((c) => ({ kommunkod: built.kommunkod, omgang: round.code, ...c })),
          checks: built.checks,
          suggestedIndicators: await suggestedIndicators(tx, Number(round.referenceDate.slice(0, 4))),
        };
      },
      'National round',
    );
  }

  /** Who in a closed round's population lacks what the national tables need, named (a logged read). */
  completeness(actor: Actor, inventoryRoundId: string): Promise<SubmissionCompleteness> {
    return this.data.inKommun(actor, (tx) => submissionCompleteness(tx, inventoryRoundId), 'Inventory round');
  }

  submit(actor: Actor, code: string, dto: OwnSubmissionDto): Promise<NationalSubmission> {
    return this.data.inKommun(
      actor,
      async (tx) => {
        const round = await loadNationalRound(tx, code);
        if (nationalRoundStatus(round) !== 'open') throw new NationalRoundNotOpenError(round.code);
        const built = await buildOwnSubmission(tx, round, dto);
        await storeOwnSubmission(tx, round.id, built.cells);
        const [submission] = await tx.query<NationalSubmission>(
          `${SUBMISSION_SELECT} WHERE s.national_round_id = $1 AND s.municipality_id = $2 AND s.replaced_at IS NULL`,
          [round.id, tx.municipalityId],
        );
        await tx.audit({
          entityType: 'national_submission',
          entityId: submission.id,
          action: 'submit',
          before: null,
          after: {
            ...submission,
            inventoryRoundId: dto.inventoryRoundId,
            indicators: dto.indicators,
          },
        });
        return submission;
      },
      'National round',
    ).finally(() => this.kept.forget());
  }

  /** One of the kommun's submissions as a FORMATS.md §3 file (a kommun that runs its own instance sends it on). */
  file(actor: Actor, submissionId: string): Promise<{ name: string; rows: SubmissionRow[] }> {
    return this.data.inKommun(
      actor,
      async (tx) => {
        const [submission] = await tx.query<NationalSubmission>(
          `${SUBMISSION_SELECT} WHERE s.id = $1 AND s.municipality_id = $2`,
          [submissionId, tx.municipalityId],
        );
        if (!submission) throw new NotFoundError('Submission');
        const rows = await tx.query<SubmissionRow>(
          `SELECT $2::text AS kommunkod, $3::text AS omgang, v.measure AS matt, v.topic AS inriktning, v.level AS niva,
                v.gender AS kon,
                coalesce(CASE WHEN v.measure ~ '_(antal|kr|dagar)$' THEN trim_scale(v.value)::text ELSE v.value::text END,
                         v.answer) AS varde
         FROM national_submission_value v WHERE v.submission_id = $1
         ORDER BY v.measure = 'bedomning_fte' DESC, v.measure, v.topic, v.level, v.gender`,
          [submissionId, submission.kommunkod, submission.roundCode],
        );
        return { name: `inlamning-${submission.kommunkod}-${submission.roundCode}`, rows };
      },
      'Submission',
    );
  }

  private ownSubmissions(
    tx: KommunTransaction,
    currentOnly: boolean,
  ): Promise<NationalSubmission[]> {
    return tx.query<NationalSubmission>(
      `${SUBMISSION_SELECT} WHERE s.municipality_id = $1 ${currentOnly ? 'AND s.replaced_at IS NULL' : ''}
       ORDER BY r.reference_date DESC, s.submitted_at DESC`,
      [tx.municipalityId],
    );
  }
}

/** The indicators the kommun's own records answer for the round's year: its plans, its training and follow-ups. */
async function suggestedIndicators(
  tx: KommunTransaction,
  year: number,
): Promise<OwnSubmissionPreview['suggestedIndicators']> {
  return {
    ...surveyIndicatorsFromPlans(await readPlanIndicators(tx, year)),
    ...surveyIndicatorsFromTraining(await readTrainingIndicators(tx, year, todayInSweden())),
  };
}

import { Injectable } from '@nestjs/common';
import { type Actor, type KommunTransaction, NotFoundError, ScopedData } from '@kl/api/core';
import { decodeLevels, loadTopics } from '@kl/api/inventory';
import {
  INDICATOR_MEASURES,
  type CellValue,
  type NationalSubmission,
  type OwnNationalRound,
  type OwnSubmissionPreview,
  type SubmissionChecks,
  type SubmissionOutlier,
  type SubmissionRow,
} from '@kl/shared/contracts';
import { type PopulationMember, type SubmissionCell, buildSubmission, tenthsToDecimal, toScaled } from '@kl/shared/util';
import type { OwnSubmissionDto } from './dto/national.dto';
import { FrameworkMismatchError, InventoryRoundNotClosedError, NationalRoundNotOpenError } from './national.errors';
import { loadNationalRound, nationalRoundStatus, type NationalRoundRow } from './national-round-row';
import { CELL_PLACEHOLDERS, arraysOfCells, cellParams } from './submission-arrays';
import { SUBMISSION_SELECT } from './submission-select';

interface PopulationRow extends Omit<PopulationMember, 'levels'> {
  levels: string;
}

interface Built {
  kommunkod: string;
  cells: SubmissionCell[];
  checks: SubmissionChecks;
}

/**
 * A kommun administrator's submission built from the kommun's own data: the frozen population of
 * a closed kommun round (docs/national.md), previewed with its checks, then written through
 * `national_submission_store_own`, which keeps the national aggregates in the same transaction.
 */
@Injectable()
export class OwnSubmissionService {
  constructor(private readonly data: ScopedData) {}

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
      const inventory = await tx.query<{ id: string; name: string; referenceDate: string; frameworkId: string }>(
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
    return this.data.inKommun(actor, async (tx) => {
      const round = await loadNationalRound(tx, code);
      const built = await build(tx, round, dto);
      return {
        round: round.code,
        kommunkod: built.kommunkod,
        rows: built.cells.map((c) => ({ kommunkod: built.kommunkod, omgang: round.code, ...c })),
        checks: built.checks,
        // Plans and follow-ups (issue 12) will answer these; until then the administrator does.
        suggestedIndicators: {},
      };
    }, 'National round');
  }

  submit(actor: Actor, code: string, dto: OwnSubmissionDto): Promise<NationalSubmission> {
    return this.data.inKommun(actor, async (tx) => {
      const round = await loadNationalRound(tx, code);
      if (nationalRoundStatus(round) !== 'open') throw new NationalRoundNotOpenError(round.code);
      const built = await build(tx, round, dto);
      const a = arraysOfCells(tx.municipalityId, built.cells);
      await tx.query(
        `SELECT * FROM national_submission_store_own($1, 'kommun_data', ${CELL_PLACEHOLDERS(2)})`,
        [round.id, ...cellParams(a)],
      );
      const [submission] = await tx.query<NationalSubmission>(
        `${SUBMISSION_SELECT} WHERE s.national_round_id = $1 AND s.municipality_id = $2 AND s.replaced_at IS NULL`,
        [round.id, tx.municipalityId],
      );
      await tx.audit({
        entityType: 'national_submission',
        entityId: submission.id,
        action: 'submit',
        before: null,
        after: { ...submission, inventoryRoundId: dto.inventoryRoundId, indicators: dto.indicators },
      });
      return submission;
    }, 'National round');
  }

  /** One of the kommun's submissions as a FORMATS.md §3 file (a kommun that runs its own instance sends it on). */
  file(actor: Actor, submissionId: string): Promise<{ name: string; rows: SubmissionRow[] }> {
    return this.data.inKommun(actor, async (tx) => {
      const [submission] = await tx.query<NationalSubmission>(
        `${SUBMISSION_SELECT} WHERE s.id = $1 AND s.municipality_id = $2`,
        [submissionId, tx.municipalityId],
      );
      if (!submission) throw new NotFoundError('Submission');
      const rows = await tx.query<SubmissionRow>(
        `SELECT $2::text AS kommunkod, $3::text AS omgang, v.measure AS matt, v.topic AS inriktning, v.level AS niva,
                v.gender AS kon, coalesce(v.value::text, v.answer) AS varde
         FROM national_submission_value v WHERE v.submission_id = $1
         ORDER BY v.measure = 'bedomning_fte' DESC, v.measure, v.topic, v.level, v.gender`,
        [submissionId, submission.kommunkod, submission.roundCode],
      );
      return { name: `inlamning-${submission.kommunkod}-${submission.roundCode}`, rows };
    }, 'Submission');
  }

  private ownSubmissions(tx: KommunTransaction, currentOnly: boolean): Promise<NationalSubmission[]> {
    return tx.query<NationalSubmission>(
      `${SUBMISSION_SELECT} WHERE s.municipality_id = $1 ${currentOnly ? 'AND s.replaced_at IS NULL' : ''}
       ORDER BY r.reference_date DESC, s.submitted_at DESC`,
      [tx.municipalityId],
    );
  }
}

const POPULATION_COLUMNS = { id: 'pr.staff_member_id', unitId: 'pr.unit_id', municipalityId: 'pr.municipality_id' };

async function build(tx: KommunTransaction, round: NationalRoundRow, dto: OwnSubmissionDto): Promise<Built> {
  const [inventory] = await tx.query<{ frameworkId: string; referenceDate: string; frozen: boolean; kommunkod: string }>(
    `SELECT r.framework_id AS "frameworkId", r.reference_date::text AS "referenceDate",
            r.population_frozen_at IS NOT NULL AS frozen, m.code::text AS kommunkod
     FROM inventory_round r JOIN municipality m ON m.id = r.municipality_id
     WHERE r.municipality_id = $1 AND r.id = $2`,
    [tx.municipalityId, dto.inventoryRoundId],
  );
  if (!inventory) throw new NotFoundError('Inventory round');
  if (!inventory.frozen) throw new InventoryRoundNotClosedError();
  if (inventory.frameworkId !== round.frameworkId) throw new FrameworkMismatchError();

  const topics = await loadTopics(tx.manager, round.frameworkId);
  const p = tx.params();
  const rows = await tx.query<PopulationRow>(
    `SELECT pr.role, pr.fte::text AS fte, pr.gender, pr.degree, pr.experience_start::text AS "experienceStart",
            pr.continuing_education AS "continuingEducation", pr.further_education AS "furtherEducation",
            pr.masters, pr.first_managerial_job AS "firstManagerialJob", pr.needs_development AS "needsDevelopment",
            pr.levels
     FROM round_population pr
     WHERE ${tx.staffFilter(p, { columns: POPULATION_COLUMNS })} AND pr.round_id = ${p.add(dto.inventoryRoundId, 'uuid')}`,
    p,
  );
  const people: PopulationMember[] = rows.map((r) => {
    const values = decodeLevels(r.levels, topics.length);
    const levels = new Map<string, CellValue>();
    values.forEach((value, i) => value && levels.set(topics[i].code, value));
    return { ...r, levels };
  });
  const topicCodes = topics.map((t) => t.code);
  const cells = buildSubmission(people, topicCodes, inventory.referenceDate, dto.indicators);
  const caseworkers = people.filter((m) => m.role === 'caseworker');
  const teamLeaders = people.filter((m) => m.role === 'team_leader');
  const assessed = (m: PopulationMember, topic: string) => {
    const v = m.levels.get(topic);
    return v !== undefined && v !== null && v !== 'not_applicable';
  };
  const checks: SubmissionChecks = {
    caseworkers: caseworkers.length,
    teamLeaders: teamLeaders.length,
    caseworkersNotAssessed: caseworkers.filter((m) => !topicCodes.some((t) => assessed(m, t))).length,
    topicsWithoutAssessments: topicCodes.filter((t) => !caseworkers.some((m) => assessed(m, t))),
    teamLeadersMissingAttributes: teamLeaders.filter((m) => m.firstManagerialJob === null || m.needsDevelopment === null)
      .length,
    indicatorsMissing: INDICATOR_MEASURES.filter((m) => !dto.indicators[m]),
    outliers: await outliers(tx, round, cells),
  };
  return { kommunkod: inventory.kommunkod, cells, checks };
}

/**
 * Measures (per topic) that moved by more than half against the kommun's previous submission:
 * its current one to this round, else its latest to an earlier round.
 */
async function outliers(
  tx: KommunTransaction,
  round: NationalRoundRow,
  cells: readonly SubmissionCell[],
): Promise<SubmissionOutlier[]> {
  const previous = await tx.query<{ matt: SubmissionCell['matt']; inriktning: string; value: string }>(
    `WITH prev AS (
       SELECT s.id FROM national_submission s JOIN national_round r ON r.id = s.national_round_id
       WHERE s.municipality_id = $1 AND s.replaced_at IS NULL AND (r.id = $2 OR r.reference_date < $3::date)
       ORDER BY (r.id = $2) DESC, r.reference_date DESC LIMIT 1)
     SELECT v.measure AS matt, v.topic AS inriktning, sum(v.value)::text AS value
     FROM prev JOIN national_submission_value v ON v.submission_id = prev.id
     WHERE v.value IS NOT NULL GROUP BY 1, 2`,
    [tx.municipalityId, round.id, round.referenceDate],
  );
  const current = new Map<string, bigint>();
  for (const c of cells) {
    if (c.matt.startsWith('ind_')) continue;
    const key = `${c.matt}|${c.inriktning}`;
    current.set(key, (current.get(key) ?? 0n) + toScaled(c.varde, 1));
  }
  const found: SubmissionOutlier[] = [];
  for (const p of previous) {
    const before = toScaled(p.value, 1);
    const now = current.get(`${p.matt}|${p.inriktning}`) ?? 0n;
    const change = now > before ? now - before : before - now;
    if (before > 0n && change * 2n > before) {
      found.push({ matt: p.matt, inriktning: p.inriktning, previous: p.value, current: tenthsToDecimal(now) });
    }
  }
  return found;
}

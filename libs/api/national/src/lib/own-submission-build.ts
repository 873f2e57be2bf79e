import { type KommunTransaction, NotFoundError } from '@kl/api/core';
import { decodeLevels, loadTopics } from '@kl/api/inventory';
import {
  INDICATOR_MEASURES,
  type CellValue,
  type OwnSubmissionRequest,
  type SubmissionChecks,
  type SubmissionOutlier,
} from '@kl/shared/contracts';
import { type PopulationMember, type SubmissionCell, buildSubmission, tenthsToDecimal, toScaled } from '@kl/shared/util';
import { FrameworkMismatchError, InventoryRoundNotClosedError } from './national.errors';
import type { NationalRoundRow } from './national-round-row';
import { CELL_PLACEHOLDERS, arraysOfCells, cellParams } from './submission-arrays';

interface PopulationRow extends Omit<PopulationMember, 'levels'> {
  levels: string;
}

export interface BuiltSubmission {
  kommunkod: string;
  cells: SubmissionCell[];
  checks: SubmissionChecks;
}

/** Writes a kommun's own submission (its transaction names the kommun); the aggregates follow in the same transaction. */
export async function storeOwnSubmission(
  tx: KommunTransaction,
  nationalRoundId: string,
  cells: readonly SubmissionCell[],
): Promise<void> {
  const a = arraysOfCells(tx.municipalityId, cells);
  await tx.query(`SELECT * FROM national_submission_store_own($1, 'kommun_data', ${CELL_PLACEHOLDERS(2)})`, [
    nationalRoundId,
    ...cellParams(a),
  ]);
}

const POPULATION_COLUMNS = { id: 'pr.staff_member_id', unitId: 'pr.unit_id', municipalityId: 'pr.municipality_id' };

/**
 * A kommun's submission from the frozen population of one of its closed rounds (docs/national.md),
 * with the checks the preview shows.
 */
export async function buildOwnSubmission(
  tx: KommunTransaction,
  round: Pick<NationalRoundRow, 'id' | 'frameworkId' | 'referenceDate'>,
  dto: OwnSubmissionRequest,
): Promise<BuiltSubmission> {
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
  round: Pick<NationalRoundRow, 'id' | 'referenceDate'>,
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

import { type KommunTransaction, NotFoundError } from '@kl/api/core';
import { decodeLevels, loadTopics } from '@kl/api/inventory';
import { readTrainingYear } from '@kl/api/training';
import { readStaffingYear } from '@kl/api/workforce';
import {
  INDICATOR_MEASURES,
  type CellValue,
  type OwnSubmissionRequest,
  type PersonToComplete,
  type SubmissionChecks,
  type SubmissionCompleteness,
  type SubmissionOutlier,
} from '@kl/shared/contracts';
import {
  type CompletenessMember,
  type SubmissionCell,
  buildStaffingCells,
  buildSubmission,
  buildTrainingCells,
  completenessIssues,
  tenthsToDecimal,
  toScaled,
} from '@kl/shared/util';
import { FrameworkMismatchError, InventoryRoundNotClosedError } from './national.errors';
import type { NationalRoundRow } from './national-round-row';
import { CELL_PLACEHOLDERS, arraysOfCells, cellParams } from './submission-arrays';

interface PopulationRow extends Omit<FrozenMember, 'levels'> {
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
 * its training and statsbidrag of the national round's year (§7) and its staffing (§10), with the checks the preview shows.
 */
export async function buildOwnSubmission(
  tx: KommunTransaction,
  round: Pick<NationalRoundRow, 'id' | 'frameworkId' | 'referenceDate'>,
  dto: OwnSubmissionRequest,
): Promise<BuiltSubmission> {
  const { inventory, topicCodes, people } = await loadFrozenPopulation(tx, dto.inventoryRoundId);
  if (inventory.frameworkId !== round.frameworkId) throw new FrameworkMismatchError();
  const cells = [
    ...buildSubmission(people, topicCodes, inventory.referenceDate, dto.indicators),
    // Training of the national round's year, as the training indicators are answered.
    ...buildTrainingCells(await readTrainingYear(tx, Number(round.referenceDate.slice(0, 4))), topicCodes),
    // Staffing: turnover of the last full year before the national round's reference date, stocks on it.
    ...buildStaffingCells(await readStaffingYear(tx, round.referenceDate), round.referenceDate),
  ];
  const caseworkers = people.filter((m) => m.role === 'caseworker');
  const teamLeaders = people.filter((m) => m.role === 'team_leader');
  const issues = people.map((m) => completenessIssues(m, topicCodes, inventory.referenceDate));
  const checks: SubmissionChecks = {
    caseworkers: caseworkers.length,
    teamLeaders: teamLeaders.length,
    caseworkersNotAssessed: issues.filter((i) => i.includes('not_assessed')).length,
    topicsWithoutAssessments: topicCodes.filter((t) => !caseworkers.some((m) => isLevel(m.levels.get(t)))),
    teamLeadersMissingAttributes: teamLeaders.filter((m) => m.firstManagerialJob === null || m.needsDevelopment === null)
      .length,
    peopleToComplete: issues.filter((i) => i.length > 0).length,
    indicatorsMissing: INDICATOR_MEASURES.filter((m) => !dto.indicators[m]),
    outliers: await outliers(tx, round, cells),
  };
  return { kommunkod: inventory.kommunkod, cells, checks };
}

/**
 * The people of a closed round's frozen population who lack something the national tables need,
 * named for the kommun administrator (a logged read); the submission itself never names anyone.
 */
export async function submissionCompleteness(
  tx: KommunTransaction,
  inventoryRoundId: string,
): Promise<SubmissionCompleteness> {
  const { inventory, topicCodes, people } = await loadFrozenPopulation(tx, inventoryRoundId);
  const found = people
    .map((m) => ({ member: m, issues: completenessIssues(m, topicCodes, inventory.referenceDate) }))
    .filter((p) => p.issues.length > 0);
  const ids = found.flatMap((p) => (p.member.staffMemberId ? [p.member.staffMemberId] : []));
  const names = new Map(
    ids.length === 0
      ? []
      : (
          await tx.query<{ id: string; name: string }>(
            `SELECT s.id, s.last_name || ', ' || s.first_name AS name FROM staff_member s
             WHERE s.municipality_id = $1 AND s.id = ANY($2::uuid[])`,
            [tx.municipalityId, ids],
          )
        ).map((r) => [r.id, r.name] as const),
  );
  await tx.recordRead('round_overview', ids);
  const named: PersonToComplete[] = found.map(({ member, issues }) => ({
    staffMemberId: member.staffMemberId,
    name: member.staffMemberId ? (names.get(member.staffMemberId) ?? null) : null,
    unitName: member.unitName,
    role: member.role,
    issues,
  }));
  named.sort((a, b) => a.unitName.localeCompare(b.unitName, 'sv') || (a.name ?? '').localeCompare(b.name ?? '', 'sv'));
  return { inventoryRoundId, referenceDate: inventory.referenceDate, people: named };
}

function isLevel(value: CellValue | undefined): boolean {
  return value !== undefined && value !== null && value !== 'not_applicable';
}

interface FrozenMember extends CompletenessMember {
  staffMemberId: string | null;
  unitName: string;
}

/** A closed kommun round's frozen population (its people as on the reference date, levels at the close). */
async function loadFrozenPopulation(
  tx: KommunTransaction,
  inventoryRoundId: string,
): Promise<{
  inventory: { frameworkId: string; referenceDate: string; kommunkod: string };
  topicCodes: string[];
  people: FrozenMember[];
}> {
  const [inventory] = await tx.query<{ frameworkId: string; referenceDate: string; frozen: boolean; kommunkod: string }>(
    `SELECT r.framework_id AS "frameworkId", r.reference_date::text AS "referenceDate",
            r.population_frozen_at IS NOT NULL AS frozen, m.code::text AS kommunkod
     FROM inventory_round r JOIN municipality m ON m.id = r.municipality_id
     WHERE r.municipality_id = $1 AND r.id = $2`,
    [tx.municipalityId, inventoryRoundId],
  );
  if (!inventory) throw new NotFoundError('Inventory round');
  if (!inventory.frozen) throw new InventoryRoundNotClosedError();

  const topics = await loadTopics(tx.manager, inventory.frameworkId);
  const p = tx.params();
  const rows = await tx.query<PopulationRow>(
    `SELECT pr.staff_member_id AS "staffMemberId", pr.unit_name AS "unitName", pr.role, pr.fte::text AS fte, pr.gender,
            pr.degree, pr.qualification_status AS "qualificationStatus", pr.experience_start::text AS "experienceStart",
            pr.continuing_education AS "continuingEducation", pr.further_education AS "furtherEducation",
            pr.masters, pr.first_managerial_job AS "firstManagerialJob", pr.needs_development AS "needsDevelopment",
            pr.levels
     FROM round_population pr
     WHERE ${tx.staffFilter(p, { columns: POPULATION_COLUMNS })} AND pr.round_id = ${p.add(inventoryRoundId, 'uuid')}`,
    p,
  );
  const people = rows.map((r) => {
    const values = decodeLevels(r.levels, topics.length);
    const levels = new Map<string, CellValue>();
    values.forEach((value, i) => value && levels.set(topics[i].code, value));
    return { ...r, levels };
  });
  return { inventory, topicCodes: topics.map((t) => t.code), people };
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

import { type KommunTransaction, type SqlParams } from '@kl/api/core';
import { type ExperienceBand, PENSION_AGE_DEFAULT, type StaffRole } from '@kl/shared/contracts';
import { type EmploymentPeriodInput, experienceBands } from '@kl/shared/util';

/** Whose staffing a figure counts: the caller's reach, narrowed to a unit's subtree and a role. */
export interface WorkforceReach {
  within?: string[];
  role?: StaffRole;
  experienceBand?: ExperienceBand;
}

export async function readReach(tx: KommunTransaction, query: { unitId?: string; role?: StaffRole; experienceBand?: ExperienceBand }): Promise<WorkforceReach> {
  return { within: query.unitId ? await tx.unitSubtree(query.unitId) : undefined, role: query.role, experienceBand: query.experienceBand };
}

function reachFilter(tx: KommunTransaction, p: SqlParams, alias: string, idColumn: string, reach: WorkforceReach): string {
  const columns = { id: `${alias}.${idColumn}`, unitId: `${alias}.unit_id`, municipalityId: `${alias}.municipality_id` };
  const where = [tx.staffFilter(p, { columns, within: reach.within })];
  if (reach.role) where.push(`${alias}.role = ${p.add(reach.role, 'staff_role')}`);
  return where.join(' AND ');
}

/** In an experience band on a day (the nested "less than" bands of the national tables). */
export function inExperienceBand(band: ExperienceBand, experienceStart: string, on: string): boolean {
  const bands = experienceBands(experienceStart, on < experienceStart ? experienceStart : on);
  if (band === '<1') return bands.under1;
  if (band === '<2') return bands.under2;
  if (band === '<3') return bands.under3;
  if (band === '>4') return bands.over4;
  return !bands.under3 && !bands.over4;
}

/**
 * Every employment period in reach (erased people's too, nameless), with the experience band
 * taken on the period's last day in the query (or its end, when earlier).
 */
export async function loadPeriods(tx: KommunTransaction, reach: WorkforceReach, to: string): Promise<EmploymentPeriodInput[]> {
  const p = tx.params();
  const rows = await tx.query<EmploymentPeriodInput & { experienceStart: string }>(
    `SELECT coalesce(ep.staff_member_id, ep.id)::text AS "personKey", ep.employment_type AS "employmentType",
            ep.fte::text AS fte, ep.degree, ep.degree_year AS "degreeYear", ep.experience_start::text AS "experienceStart",
            ep.employment_start::text AS "employmentStart", ep.employment_end::text AS "employmentEnd",
            ep.leaving_reason AS "leavingReason"
     FROM employment_period ep
     WHERE ${reachFilter(tx, p, 'ep', 'staff_member_id', reach)} AND ep.employment_start <= ${p.add(to, 'date')}
     ORDER BY ep.employment_start`,
    p,
  );
  const band = reach.experienceBand;
  return rows
    .filter((r) => !band || inExperienceBand(band, r.experienceStart, r.employmentEnd && r.employmentEnd < to ? r.employmentEnd : to))
    .map(({ experienceStart: _e, ...period }) => period);
}

export interface CurrentStaffRow {
  id: string;
  birthYear: number | null;
  fte: string;
}

/** The employees (not consultants) in reach employed on a day. */
export async function loadCurrentStaff(tx: KommunTransaction, reach: WorkforceReach, on: string): Promise<CurrentStaffRow[]> {
  const p = tx.params();
  const day = p.add(on, 'date');
  const rows = await tx.query<CurrentStaffRow & { experienceStart: string }>(
    `SELECT s.id, s.birth_year AS "birthYear", s.fte::text AS fte, s.experience_start::text AS "experienceStart"
     FROM staff_member s
     WHERE ${reachFilter(tx, p, 's', 'id', reach)} AND s.employment_type <> 'consultant'
       AND s.employment_start <= ${day} AND (s.employment_end IS NULL OR s.employment_end >= ${day})`,
    p,
  );
  const band = reach.experienceBand;
  return rows.filter((r) => !band || inExperienceBand(band, r.experienceStart, on)).map(({ experienceStart: _e, ...row }) => row);
}

export async function loadPensionAge(tx: KommunTransaction): Promise<{ pensionAge: number; version: number }> {
  const [row] = await tx.query<{ pensionAge: number; version: number }>(
    `SELECT pension_age AS "pensionAge", row_version AS version FROM workforce_setting WHERE municipality_id = $1`,
    [tx.municipalityId],
  );
  return row ?? { pensionAge: PENSION_AGE_DEFAULT, version: 0 };
}

export function vacancyFilter(tx: KommunTransaction, p: SqlParams, reach: WorkforceReach): string {
  const where = [tx.unitFilter(p, 'u')];
  if (reach.within) where.push(`v.unit_id = ANY(${p.add(reach.within, 'uuid[]')})`);
  if (reach.role) where.push(`v.role = ${p.add(reach.role, 'staff_role')}`);
  return where.join(' AND ');
}

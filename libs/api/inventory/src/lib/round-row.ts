import type { KommunTransaction } from '@kl/api/core';
import type {
  InventoryRound,
  RoundPopulationCount,
  RoundRef,
  ServiceAreaCode,
} from '@kl/shared/contracts';
import { todayInSweden } from '@kl/shared/util';
import { RoundNotFoundError } from './inventory.errors';

/** A round as the services read it: the answer's fields and what the population rule needs. */
export interface RoundRow extends Omit<InventoryRound, 'population' | 'acceptsAssessments'> {
  municipalityId: string;
  serviceAreaId: string;
  serviceAreaCode: ServiceAreaCode;
  /** ISO 8601; null while the population is live. */
  populationFrozenAt: string | null;
}

export const ROUND_SELECT = `
  SELECT r.id, r.municipality_id AS "municipalityId", r.name, r.national_round_id AS "nationalRoundId",
         r.framework_id AS "frameworkId", f.code AS "frameworkCode", f.version AS "frameworkVersion",
         f.service_area_id AS "serviceAreaId", sa.code AS "serviceAreaCode",
         r.reference_date::text AS "referenceDate", r.opens_on::text AS "opensOn", r.closes_on::text AS "closesOn",
         r.unit_ids::text[] AS "unitIds", r.status,
         to_char(r.population_frozen_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS "populationFrozenAt",
         r.row_version AS version, r.created_at AS "createdAt", r.updated_at AS "updatedAt"
  FROM inventory_round r
  JOIN competence_framework f ON f.id = r.framework_id
  JOIN service_area sa ON sa.id = f.service_area_id`;

/** The round of the caller's kommun, or 404 (other kommuner's rounds are not disclosed). */
export async function loadRound(
  tx: KommunTransaction,
  id: string,
  lock = false,
): Promise<RoundRow> {
  const rows = await tx.prepared<RoundRow>(
    `${ROUND_SELECT} WHERE r.municipality_id = $1 AND r.id = $2${lock ? ' FOR SHARE OF r' : ''}`,
    [tx.municipalityId, id],
  );
  if (rows.length === 0) throw new RoundNotFoundError();
  return rows[0];
}

/** Assessments are written while the round is open and its closing day has not passed (Swedish time). */
export function acceptsAssessments(
  round: Pick<RoundRow, 'status' | 'closesOn'>,
  today = todayInSweden(),
): boolean {
  return round.status === 'open' && today <= round.closesOn;
}

export function roundRef(round: RoundRow): RoundRef {
  return {
    id: round.id,
    name: round.name,
    status: round.status,
    referenceDate: round.referenceDate,
    acceptsAssessments: acceptsAssessments(round),
  };
}

export function toInventoryRound(row: RoundRow, population: RoundPopulationCount): InventoryRound {
  const { municipalityId: _m, serviceAreaId: _s, populationFrozenAt: _f, ...round } = row;
  return { ...round, population, acceptsAssessments: acceptsAssessments(row) };
}

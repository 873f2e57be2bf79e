import { NotFoundError, type Actor, queryPrepared } from '@kl/api/core';
import { unitSubtreeCte } from '@kl/api/units';
import type { InventoryRound } from '@kl/shared/contracts';
import type { EntityManager } from 'typeorm';

/** SQL pieces that limit `s` (staff_member) to a round and to the caller's scope. */
export interface StaffScope {
  /** CTEs for `WITH RECURSIVE`, possibly empty. */
  ctes: string[];
  /** Conditions on `s`, joined with AND. */
  where: string[];
}

/**
 * Staff of a round as the caller may see them: in the round's units (all units when it names
 * none), employed on the reference date, and within the role's scope (team leaders: their units
 * and subunits; caseworkers: themselves). `params[0]` must be the kommun.
 */
export function roundStaffScope(
  actor: Actor,
  round: Pick<InventoryRound, 'unitIds' | 'referenceDate'>,
  params: unknown[],
  unitId?: string,
): StaffScope {
  const ctes: string[] = [];
  const where = ['s.municipality_id = $1'];
  params.push(round.referenceDate);
  where.push(`(s.employment_end IS NULL OR s.employment_end >= $${params.length}::date)`);
  if (round.unitIds.length > 0) {
    params.push(round.unitIds);
    ctes.push(unitSubtreeCte('round_units', '$1', `$${params.length}`));
    where.push('s.unit_id IN (SELECT id FROM round_units)');
  }
  const caller = callerStaffScope(actor, params, unitId);
  return { ctes: [...ctes, ...caller.ctes], where: [...where, ...caller.where.slice(1)] };
}

/**
 * Whom the caller may assess as a leader in a round: {@link roundStaffScope} without themselves.
 * A team leader's own levels are set by someone above them (their administrator or the leader of
 * a unit above), never by the team leader.
 */
export function assessableStaffScope(
  actor: Actor,
  round: Pick<InventoryRound, 'unitIds' | 'referenceDate'>,
  params: unknown[],
  unitId?: string,
): StaffScope {
  const scope = roundStaffScope(actor, round, params, unitId);
  if (!actor.staffMemberId) return scope;
  params.push(actor.staffMemberId);
  return { ctes: scope.ctes, where: [...scope.where, `s.id <> $${params.length}::uuid`] };
}

/**
 * Staff the caller may see, whatever the round: the kommun, the role's scope (team leaders: their
 * units and subunits; caseworkers: themselves) and optionally one unit with its subunits.
 * `params[0]` must be the kommun.
 */
export function callerStaffScope(actor: Actor, params: unknown[], unitId?: string): StaffScope {
  const ctes: string[] = [];
  const where = ['s.municipality_id = $1'];
  switch (actor.role) {
    case 'municipality_admin':
      break;
    case 'team_leader':
      params.push([...actor.unitIds]);
      ctes.push(unitSubtreeCte('scope_units', '$1', `$${params.length}`));
      where.push('s.unit_id IN (SELECT id FROM scope_units)');
      break;
    case 'caseworker':
      params.push(actor.staffMemberId);
      where.push(`s.id = $${params.length}::uuid`);
      break;
    default:
      where.push('false');
  }
  if (unitId) {
    params.push([unitId]);
    ctes.push(unitSubtreeCte('filter_units', '$1', `$${params.length}`));
    where.push('s.unit_id IN (SELECT id FROM filter_units)');
  }
  return { ctes, where };
}

export function withClause(scope: StaffScope, ...more: string[]): string {
  const ctes = [...scope.ctes, ...more];
  return ctes.length > 0 ? `WITH RECURSIVE ${ctes.join(', ')}` : '';
}

/**
 * A unit filter must name a unit the caller may see (its kommun; for a team leader one of their
 * units or subunits): anything else is not found, like an unknown id.
 */
export async function assertUnitInScope(
  manager: EntityManager,
  actor: Actor,
  municipalityId: string,
  unitId?: string,
): Promise<void> {
  if (!unitId) return;
  const rows: unknown[] =
    actor.role === 'team_leader'
      ? await queryPrepared(
          manager,
          `WITH RECURSIVE ${unitSubtreeCte('scope_units', '$1', '$3')} SELECT 1 FROM scope_units WHERE id = $2`,
          [municipalityId, unitId, [...actor.unitIds]],
        )
      : await queryPrepared(
          manager,
          'SELECT 1 FROM org_unit WHERE municipality_id = $1 AND id = $2',
          [municipalityId, unitId],
        );
  if (rows.length === 0) throw new NotFoundError('Unit');
}

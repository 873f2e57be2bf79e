import type { Role } from '@kl/shared/contracts';

/**
 * What a caller may reach, built once per request by the authentication guard from the session.
 * Services never derive it themselves: they open data through {@link ScopedData}, which applies it.
 */
export type AccessScope = KommunScope | CountyScope | NationalScope | NoDataScope;

/** The kommun roles: one kommun, and within it the staff records the caller reaches. */
export interface KommunScope {
  kind: 'kommun';
  municipalityId: string;
  staff: StaffReach;
}

/**
 * Whose staff records a kommun caller reaches: the administrator everyone; a team leader the staff
 * of the units assigned to them and of all their subunits; a caseworker their own record only;
 * the application's own work and the system administrator's account work nobody's.
 */
export type StaffReach =
  | { kind: 'all' }
  | { kind: 'units'; leadUnitIds: readonly string[]; unitIds: readonly string[] }
  | { kind: 'self'; staffMemberId: string | null }
  | { kind: 'none' };

/** A regional analyst: aggregates of the kommuner of one län, never a person. */
export interface CountyScope {
  kind: 'county';
  countyCode: string;
}

/** A national analyst: aggregates of every kommun, never a person. */
export interface NationalScope {
  kind: 'national';
}

/** The system administrator (tenants and accounts, no competence data), or an inconsistent account. */
export interface NoDataScope {
  kind: 'none';
}

/** What the session knows of an account, from which its scope is built. */
export interface ScopeSource {
  role: Role;
  municipalityId: string | null;
  countyCode: string | null;
  /** The units assigned to a team leader. */
  leadUnitIds: readonly string[];
  /** Those units and every unit below them. */
  subtreeUnitIds: readonly string[];
  staffMemberId: string | null;
}

export function buildAccessScope(source: ScopeSource): AccessScope {
  const kommun = (staff: StaffReach): AccessScope =>
    source.municipalityId
      ? { kind: 'kommun', municipalityId: source.municipalityId, staff }
      : { kind: 'none' };
  switch (source.role) {
    case 'municipality_admin':
      return kommun({ kind: 'all' });
    case 'team_leader':
      return kommun({
        kind: 'units',
        leadUnitIds: source.leadUnitIds,
        unitIds: source.subtreeUnitIds,
      });
    case 'caseworker':
      return kommun({ kind: 'self', staffMemberId: source.staffMemberId });
    case 'regional_analyst':
      return source.countyCode
        ? { kind: 'county', countyCode: source.countyCode }
        : { kind: 'none' };
    case 'national_analyst':
      return { kind: 'national' };
    case 'system_admin':
      return { kind: 'none' };
  }
}

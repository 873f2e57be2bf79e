/** Verksamhetsområden (codes of the seeded service areas). */
export const SERVICE_AREA_CODES = [
  'barn-och-unga',
  'ekonomiskt-bistand',
  'vuxna-missbruk',
  'aldreomsorg',
  'lss-funktionsnedsattning',
] as const;
export type ServiceAreaCode = (typeof SERVICE_AREA_CODES)[number];

/**
 * Kind of organisational unit: `administration` = förvaltning, `department` = avdelning,
 * `unit` = enhet, `district` = stadsdel(sförvaltning) in the large cities.
 */
export const ORG_UNIT_KINDS = ['administration', 'department', 'unit', 'district'] as const;
export type OrgUnitKind = (typeof ORG_UNIT_KINDS)[number];

export const ORG_UNIT_NAME_MAX_LENGTH = 200;

/** An organisational unit (förvaltning, avdelning, enhet, stadsdel) of the caller's kommun. */
export interface OrgUnit {
  id: string;
  /** Null for a top-level unit. */
  parentId: string | null;
  kind: OrgUnitKind;
  name: string;
  serviceAreaCode: ServiceAreaCode;
  /** When the unit was closed (ISO 8601); closed units keep their history and take no new staff. */
  closedAt: string | null;
  /** Staff members without a passed end of employment. */
  activeStaffCount: number;
  /** The row version to send back with the next change (optimistic concurrency). */
  version: number;
}

/** A unit with its subunits, as GET /api/units?view=tree answers. */
export interface OrgUnitTreeNode extends OrgUnit {
  children: OrgUnitTreeNode[];
}

/** POST /api/units */
export interface CreateOrgUnitRequest {
  name: string;
  kind: OrgUnitKind;
  serviceAreaCode: ServiceAreaCode;
  parentId?: string | null;
}

/** PATCH /api/units/:id — rename or reclassify. */
export interface UpdateOrgUnitRequest {
  version: number;
  name?: string;
  kind?: OrgUnitKind;
  serviceAreaCode?: ServiceAreaCode;
}

/** POST /api/units/:id/move — a new parent (null: top level); a unit cannot move below itself. */
export interface MoveOrgUnitRequest {
  version: number;
  parentId: string | null;
}

/** POST /api/units/:id/close */
export interface CloseOrgUnitRequest {
  version: number;
}

import { ORG_UNIT_NAME_MAX_LENGTH, type OrgUnit, type OrgUnitKind, type OrgUnitTreeNode, type ServiceAreaCode } from '@kl/shared/contracts';
import { findUnit, ORG_UNIT_KIND_LABELS, SERVICE_AREA_LABELS } from '@kl/web/organisation/data-access';
import type { ConflictRow } from '@kl/web/shared/ui';
import type { UnitAction } from './unit-tree-list';

/** The Swedish message for a unit name, or null when it is fine. */
export function unitNameError(name: string): string | null {
  if (!name.trim()) return 'Fyll i enhetens namn.';
  if (name.trim().length > ORG_UNIT_NAME_MAX_LENGTH) return `Namnet får vara högst ${ORG_UNIT_NAME_MAX_LENGTH} tecken.`;
  return null;
}

/** What differs between the unit as someone else saved it and what this user was about to do. */
export function unitConflictRows(
  current: OrgUnit,
  action: UnitAction,
  edit: { name: string; kind: OrgUnitKind; serviceAreaCode: ServiceAreaCode },
  parentId: string,
  tree: OrgUnitTreeNode[],
): ConflictRow[] {
  const parentName = (id: string | null) => (id ? (findUnit(tree, id)?.name ?? 'Okänd enhet') : 'Högsta nivån');
  const rows: ConflictRow[] = [];
  if (action.kind === 'edit') {
    rows.push(
      { label: 'Namn', theirs: current.name, mine: edit.name.trim() },
      { label: 'Typ', theirs: ORG_UNIT_KIND_LABELS[current.kind], mine: ORG_UNIT_KIND_LABELS[edit.kind] },
      { label: 'Verksamhetsområde', theirs: SERVICE_AREA_LABELS[current.serviceAreaCode], mine: SERVICE_AREA_LABELS[edit.serviceAreaCode] },
    );
  }
  if (action.kind === 'move') {
    rows.push({ label: 'Ligger under', theirs: parentName(current.parentId), mine: parentName(parentId || null) });
  }
  if (action.kind === 'close') {
    rows.push({ label: 'Status', theirs: current.closedAt ? 'Stängd' : 'Öppen', mine: 'Stängd' });
  }
  return rows.filter((row) => row.theirs !== row.mine);
}

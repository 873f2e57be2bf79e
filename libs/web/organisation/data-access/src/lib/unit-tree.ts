import type { OrgUnitTreeNode } from '@kl/shared/contracts';

/** One unit as an option of a flat list, with its depth and its path of names for the label. */
export interface UnitOption {
  id: string;
  label: string;
  depth: number;
  closed: boolean;
}

/** The tree in display order (depth first), each unit labelled with its path: "Socialförvaltningen › Barn och unga". */
export function flattenUnitTree(nodes: readonly OrgUnitTreeNode[], path: readonly string[] = []): UnitOption[] {
  return nodes.flatMap((node) => {
    const names = [...path, node.name];
    return [
      { id: node.id, label: names.join(' › '), depth: path.length, closed: node.closedAt !== null },
      ...flattenUnitTree(node.children, names),
    ];
  });
}

/** The ids of a unit and everything below it. */
export function subtreeIds(node: OrgUnitTreeNode): Set<string> {
  const ids = new Set<string>([node.id]);
  for (const child of node.children) for (const id of subtreeIds(child)) ids.add(id);
  return ids;
}

export function findUnit(nodes: readonly OrgUnitTreeNode[], id: string): OrgUnitTreeNode | null {
  for (const node of nodes) {
    if (node.id === id) return node;
    const found = findUnit(node.children, id);
    if (found) return found;
  }
  return null;
}

/**
 * The parents a unit may move to: open units outside its own subtree (the API refuses cycles too,
 * but offering them would only invite an error).
 */
export function moveTargets(nodes: readonly OrgUnitTreeNode[], unit: OrgUnitTreeNode): UnitOption[] {
  const excluded = subtreeIds(unit);
  return flattenUnitTree(nodes).filter((option) => !excluded.has(option.id) && !option.closed);
}

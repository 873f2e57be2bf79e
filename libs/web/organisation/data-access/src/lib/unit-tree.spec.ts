import type { OrgUnitTreeNode } from '@kl/shared/contracts';
import { findUnit, flattenUnitTree, moveTargets, subtreeIds } from './unit-tree';

function unit(id: string, name: string, children: OrgUnitTreeNode[] = [], closed = false): OrgUnitTreeNode {
  return {
    id,
    parentId: null,
    kind: 'unit',
    name,
    serviceAreaCode: 'barn-och-unga',
    closedAt: closed ? '2026-01-01T00:00:00Z' : null,
    activeStaffCount: 0,
    version: 1,
    children,
  };
}

const tree = [
  unit('a', 'Socialförvaltningen', [unit('b', 'Barn och unga', [unit('c', 'Mottagning')]), unit('d', 'Vuxen', [], true)]),
  unit('e', 'Äldreförvaltningen'),
];

describe('unit tree helpers', () => {
  it('flattens depth first with path labels and depths', () => {
    expect(flattenUnitTree(tree).map((o) => [o.label, o.depth])).toEqual([
      ['Socialförvaltningen', 0],
      ['Socialförvaltningen › Barn och unga', 1],
      ['Socialförvaltningen › Barn och unga › Mottagning', 2],
      ['Socialförvaltningen › Vuxen', 1],
      ['Äldreförvaltningen', 0],
    ]);
  });

  it('collects a subtree and finds nested units', () => {
    expect([...subtreeIds(tree[0])].sort()).toEqual(['a', 'b', 'c', 'd']);
    expect(findUnit(tree, 'c')?.name).toBe('Mottagning');
    expect(findUnit(tree, 'x')).toBeNull();
  });

  it('never offers a unit itself, its subunits or a closed unit as new parent', () => {
    const b = findUnit(tree, 'b') as OrgUnitTreeNode;
    expect(moveTargets(tree, b).map((o) => o.id)).toEqual(['a', 'e']);
  });
});

import type { OrgUnitTreeNode } from '@kl/shared/contracts';
import { unitConflictRows, unitNameError } from './unit-form.rules';

const unit: OrgUnitTreeNode = {
  id: 'u1',
  parentId: null,
  kind: 'unit',
  name: 'Mottagningen',
  serviceAreaCode: 'barn-och-unga',
  closedAt: null,
  activeStaffCount: 2,
  version: 1,
  children: [],
};

describe('unit form rules', () => {
  it('requires a name within the limit', () => {
    expect(unitNameError('  ')).toBe('Fyll i enhetens namn.');
    expect(unitNameError('x'.repeat(201))).toBe('Namnet får vara högst 200 tecken.');
    expect(unitNameError('Mottagningen')).toBeNull();
  });

  it('shows only what differs between their version and mine', () => {
    const theirs = { ...unit, name: 'Mottagning och utredning', version: 2 };
    const mine = { name: 'Mottagningsenheten', kind: 'unit' as const, serviceAreaCode: 'barn-och-unga' as const };
    expect(unitConflictRows(theirs, { kind: 'edit', unit }, mine, '', [unit])).toEqual([
      { label: 'Namn', theirs: 'Mottagning och utredning', mine: 'Mottagningsenheten' },
    ]);
  });

  it('names the parents of a move in conflict', () => {
    const parent = { ...unit, id: 'p', name: 'Socialförvaltningen', children: [] };
    const rows = unitConflictRows({ ...unit, version: 2 }, { kind: 'move', unit }, { name: '', kind: 'unit', serviceAreaCode: 'aldreomsorg' }, 'p', [parent, unit]);
    expect(rows).toEqual([{ label: 'Ligger under', theirs: 'Högsta nivån', mine: 'Socialförvaltningen' }]);
  });
});

import type { EntityManager } from 'typeorm';
import { buildAccessScope, type ScopeSource } from './access-scope';
import { KommunTransaction } from './kommun-transaction';

const source = (overrides: Partial<ScopeSource>): ScopeSource => ({
  role: 'caseworker',
  municipalityId: 'k1',
  countyCode: null,
  leadUnitIds: [],
  subtreeUnitIds: [],
  staffMemberId: null,
  ...overrides,
});

describe('buildAccessScope', () => {
  it('gives each role its reach', () => {
    expect(buildAccessScope(source({ role: 'municipality_admin' }))).toEqual({
      kind: 'kommun',
      municipalityId: 'k1',
      staff: { kind: 'all' },
    });
    expect(
      buildAccessScope(
        source({ role: 'team_leader', leadUnitIds: ['u1'], subtreeUnitIds: ['u1', 'u2'] }),
      ),
    ).toEqual({
      kind: 'kommun',
      municipalityId: 'k1',
      staff: { kind: 'units', leadUnitIds: ['u1'], unitIds: ['u1', 'u2'] },
    });
    expect(buildAccessScope(source({ staffMemberId: 's1' }))).toEqual({
      kind: 'kommun',
      municipalityId: 'k1',
      staff: { kind: 'self', staffMemberId: 's1' },
    });
    expect(
      buildAccessScope(
        source({ role: 'regional_analyst', municipalityId: null, countyCode: '18' }),
      ),
    ).toEqual({ kind: 'county', countyCode: '18' });
    expect(buildAccessScope(source({ role: 'national_analyst', municipalityId: null }))).toEqual({
      kind: 'national',
    });
    expect(buildAccessScope(source({ role: 'system_admin', municipalityId: null }))).toEqual({
      kind: 'none',
    });
  });

  it('gives an account that lacks its kommun or län nothing', () => {
    expect(buildAccessScope(source({ role: 'municipality_admin', municipalityId: null }))).toEqual({
      kind: 'none',
    });
    expect(buildAccessScope(source({ role: 'regional_analyst', municipalityId: null }))).toEqual({
      kind: 'none',
    });
  });
});

describe('KommunTransaction.staffFilter', () => {
  const manager = {} as EntityManager;
  const tx = (staff: Parameters<typeof buildAccessScope>[0]) => {
    const scope = buildAccessScope(staff);
    if (scope.kind !== 'kommun') throw new Error('not a kommun scope');
    return new KommunTransaction(manager, scope, 'user', staff.staffMemberId);
  };

  it('names the kommun once, and adds only what the reach needs', () => {
    const admin = tx(source({ role: 'municipality_admin' }));
    const p = admin.params();
    expect(admin.staffFilter(p)).toBe('s.municipality_id = $1::uuid');
    expect(admin.unitFilter(p)).toBe('u.municipality_id = $1::uuid');
    expect(p.values).toEqual(['k1']);
  });

  it("holds a team leader to the unit subtree, and leaves out the caller's own record when asked", () => {
    const leader = tx(
      source({
        role: 'team_leader',
        leadUnitIds: ['u1'],
        subtreeUnitIds: ['u1', 'u2'],
        staffMemberId: 'me',
      }),
    );
    const p = leader.params();
    expect(leader.staffFilter(p, { excludeSelf: true, within: ['u2'] })).toBe(
      's.municipality_id = $1::uuid AND s.unit_id = ANY($2::uuid[]) AND s.unit_id = ANY($3::uuid[]) AND s.id IS DISTINCT FROM $4::uuid',
    );
    expect(p.values).toEqual(['k1', ['u1', 'u2'], ['u2'], 'me']);
  });

  it('holds a caseworker to their own record, and one without a record to nothing', () => {
    const self = tx(source({ staffMemberId: 's1' }));
    expect(self.staffFilter(self.params())).toBe(
      's.municipality_id = $1::uuid AND s.id = $2::uuid',
    );
    expect(self.unitFilter(self.params())).toContain('false');
    const unlinked = tx(source({}));
    expect(unlinked.staffFilter(unlinked.params())).toBe('s.municipality_id = $1::uuid AND false');
  });
});

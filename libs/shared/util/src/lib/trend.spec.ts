import type { CrosswalkEntry } from '@kl/shared/contracts';
import { groupDistributions } from './inventory-dashboard';
import { carryOverFigures, type FrameworkVersionLink, lineageByCode, topicLineage } from './trend';

const link = (
  id: string,
  basedOnId: string | null,
  crosswalk: CrosswalkEntry[] = [],
): FrameworkVersionLink => ({ id, basedOnId, crosswalk });
const entry = (
  topicCode: string | null,
  previousTopicCode: string | null,
  kind: CrosswalkEntry['kind'],
): CrosswalkEntry => ({
  topicCode,
  previousTopicCode,
  kind,
});

describe('topicLineage', () => {
  // v1: A, B, C, D, E.  v2: A, B2 (renamed B), C1 + C2 (split C), DE (merged D, E), N (new).
  // v3: A, B3 (renamed B2), C1, C2, DE, N, M (new).
  const versions = new Map([
    ['v1', link('v1', null)],
    [
      'v2',
      link('v2', 'v1', [
        entry('A', 'A', 'same'),
        entry('B2', 'B', 'renamed'),
        entry('C1', 'C', 'split'),
        entry('C2', 'C', 'split'),
        entry('DE', 'D', 'merged'),
        entry('DE', 'E', 'merged'),
        entry('N', null, 'new'),
      ]),
    ],
    [
      'v3',
      link('v3', 'v2', [
        entry('A', 'A', 'same'),
        entry('B3', 'B2', 'renamed'),
        entry('C1', 'C1', 'same'),
        entry('C2', 'C2', 'same'),
        entry('DE', 'DE', 'same'),
        entry('N', 'N', 'same'),
        entry('M', null, 'new'),
      ]),
    ],
  ]);
  const v3Topics = ['A', 'B3', 'C1', 'C2', 'DE', 'N', 'M'];

  it('follows the crosswalks back version by version', () => {
    expect(Object.fromEntries(topicLineage(v3Topics, 'v3', 'v1', versions) ?? [])).toEqual({
      A: { kind: 'same', sources: ['A'] },
      B3: { kind: 'renamed', sources: ['B'] },
      C1: { kind: 'split', sources: ['C'] },
      C2: { kind: 'split', sources: ['C'] },
      DE: { kind: 'merged', sources: ['D', 'E'] },
      N: { kind: 'new', sources: [] },
      M: { kind: 'new', sources: [] },
    });
  });

  it('is the identity for the same version, one step for the previous', () => {
    expect(topicLineage(['A'], 'v1', 'v1', versions)?.get('A')).toEqual({
      kind: 'same',
      sources: ['A'],
    });
    expect(topicLineage(v3Topics, 'v3', 'v2', versions)?.get('N')).toEqual({
      kind: 'same',
      sources: ['N'],
    });
  });

  it('answers null for a version that is not an earlier one', () => {
    expect(topicLineage(['A'], 'v1', 'v3', versions)).toBeNull();
    expect(topicLineage(['A'], 'v3', 'elsewhere', versions)).toBeNull();
  });

  it('matches by code when there is no lineage', () => {
    expect(Object.fromEntries(lineageByCode(['A', 'Z'], ['A', 'B']))).toEqual({
      A: { kind: 'same', sources: ['A'] },
      Z: { kind: 'new', sources: [] },
    });
  });
});

describe('carryOverFigures', () => {
  // Old topics in order: C (index 0), D (1), E (2). Two people.
  const staff = [
    { fte: '1.00', values: ['basic', 'advanced', 'insufficient'] as const },
    { fte: '0.50', values: ['advanced', 'insufficient', undefined] as const },
  ];
  const lineage = new Map([
    ['C1', { kind: 'split' as const, sources: ['C'] }],
    ['C2', { kind: 'split' as const, sources: ['C'] }],
    ['DE', { kind: 'merged' as const, sources: ['D', 'E'] }],
    ['N', { kind: 'new' as const, sources: [] }],
  ]);
  const areas = [
    {
      code: 'X',
      name: 'X',
      topics: [
        { code: 'C1', name: 'C1' },
        { code: 'C2', name: 'C2' },
      ],
    },
    {
      code: 'Y',
      name: 'Y',
      topics: [
        { code: 'DE', name: 'DE' },
        { code: 'N', name: 'N' },
      ],
    },
  ];
  const result = carryOverFigures(areas, lineage, ['C', 'D', 'E'], staff);

  it('gives a split topic its source, and pools a merged one', () => {
    const [c1, c2] = result.areas[0].topics;
    expect(c1.fte).toEqual({ insufficient: '0.00', basic: '1.00', advanced: '0.50' });
    expect(c2.fte).toEqual(c1.fte);
    const de = result.areas[1].topics[0];
    expect(de.fte).toEqual({ insufficient: '1.50', basic: '0.00', advanced: '1.00' });
    expect(de.shares).toEqual({ insufficient: '60.0', basic: '0.0', advanced: '40.0' });
    expect([de.assessedStaff, de.notAssessedStaff]).toEqual([2, 0]);
  });

  it('counts a split source once in its area and lists the new topic unmeasured', () => {
    expect(result.areas[0].fte).toEqual({ insufficient: '0.00', basic: '1.00', advanced: '0.50' });
    expect(result.unmeasuredTopicCodes).toEqual(['N']);
    expect(result.areas[1].topics[1]).toMatchObject({
      assessedFte: '0.00',
      assessedStaff: 0,
      notAssessedStaff: 0,
    });
  });
});

describe('groupDistributions', () => {
  it('counts a person assessed in a group with a level in any topic, not assessed with none and one missing', () => {
    const staff = [
      { fte: '1.00', values: [undefined, 'not_applicable'] as const },
      { fte: '0.25', values: [undefined, undefined] as const },
      { fte: '0.75', values: ['basic', undefined] as const },
    ];
    const [group] = groupDistributions(staff, [[0, 1]]);
    expect(group).toMatchObject({
      fte: { insufficient: '0.00', basic: '0.75', advanced: '0.00' },
      notApplicableFte: '1.00',
      assessedStaff: 1,
      notAssessedStaff: 2,
    });
  });
});

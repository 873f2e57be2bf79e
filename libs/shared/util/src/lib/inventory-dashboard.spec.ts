import type { CellValue } from '@kl/shared/contracts';
import {
  type DashboardStaffInput,
  type DashboardTopicInput,
  roundDashboardFigures,
} from './inventory-dashboard';

const topics: DashboardTopicInput[] = [
  { code: 'JU01', name: 'Förvaltningsrätt', areaCode: 'JU', areaName: 'Juridik' },
  { code: 'JU02', name: 'Familjerätt', areaCode: 'JU', areaName: 'Juridik' },
  { code: 'BE01', name: 'Utredning', areaCode: 'BE', areaName: 'Bedömning' },
];

/** A person with values by topic code (the input lists them in the order of `topics`). */
function person(
  id: string,
  unitId: string,
  fte: string,
  byCode: Record<string, CellValue>,
  start = '2020-01-01',
): DashboardStaffInput {
  return {
    staffMemberId: id,
    firstName: id,
    lastName: id,
    unitId,
    unitName: unitId === 'u1' ? 'Enhet Norr' : 'Enhet Syd',
    fte,
    employmentStart: start,
    values: topics.map((t) => byCode[t.code]),
  };
}

const staff: DashboardStaffInput[] = [
  person('a', 'u1', '1.00', { JU01: 'insufficient', JU02: 'basic', BE01: 'advanced' }),
  person('b', 'u1', '0.50', { JU01: 'basic', JU02: 'not_applicable' }),
  person('c', 'u2', '0.75', { JU01: 'insufficient', JU02: null, BE01: 'insufficient' }),
  person('d', 'u2', '0.25', {}, '2026-03-01'),
];

describe('roundDashboardFigures', () => {
  const figures = roundDashboardFigures(topics, staff, { newStaffSince: '2025-10-01' });
  const topic = (code: string) =>
    figures.areas.flatMap((a) => a.topics).find((t) => t.code === code);

  it('weights levels by FTE and divides by the topic’s own assessed total', () => {
    // JU01: S = 1.00 + 0.75, G = 0.50; total 2.25 → 77.78 %, 22.22 %, 0 %.
    expect(topic('JU01')).toMatchObject({
      fte: { insufficient: '1.75', basic: '0.50', advanced: '0.00' },
      assessedFte: '2.25',
      shares: { insufficient: '77.8', basic: '22.2', advanced: '0.0' },
      assessedStaff: 3,
      notAssessedStaff: 1,
    });
  });

  it('leaves not applicable and not assessed out of numerator and denominator', () => {
    // JU02: only a (1.00, G) counts; b is not applicable, c was cleared, d never assessed.
    expect(topic('JU02')).toMatchObject({
      fte: { insufficient: '0.00', basic: '1.00', advanced: '0.00' },
      assessedFte: '1.00',
      notApplicableFte: '0.50',
      shares: { insufficient: '0.0', basic: '100.0', advanced: '0.0' },
      assessedStaff: 1,
      notAssessedStaff: 2,
    });
    // BE01: F 1.00, S 0.75 → 42.86 % and 57.14 %.
    expect(topic('BE01')?.shares).toEqual({ insufficient: '42.9', basic: '0.0', advanced: '57.1' });
  });

  it('pools FTE over an area’s topics', () => {
    const ju = figures.areas.find((a) => a.code === 'JU');
    // S 1.75, G 0.50 + 1.00; total 3.25 → 53.85 %, 46.15 %.
    expect(ju).toMatchObject({
      fte: { insufficient: '1.75', basic: '1.50', advanced: '0.00' },
      assessedFte: '3.25',
      shares: { insufficient: '53.8', basic: '46.2', advanced: '0.0' },
      assessedStaff: 3,
      notAssessedStaff: 1,
    });
    expect(figures.areas.map((a) => a.code)).toEqual(['JU', 'BE']);
  });

  it('counts a person not applicable in all of an area’s topics neither assessed nor not', () => {
    const onlyNotApplicable = roundDashboardFigures(
      topics,
      [
        person('e', 'u1', '1.00', {
          JU01: 'not_applicable',
          JU02: 'not_applicable',
          BE01: 'basic',
        }),
        person('f', 'u1', '1.00', { JU01: 'not_applicable', BE01: null }),
      ],
      { newStaffSince: '2030-01-01' },
    );
    // e: JU all not applicable → neither; f: JU02 not assessed → not assessed in JU and BE.
    expect(onlyNotApplicable.areas.map((a) => [a.assessedStaff, a.notAssessedStaff])).toEqual([
      [0, 1],
      [1, 1],
    ]);
    expect(onlyNotApplicable.areas[0].notApplicableFte).toBe('3.00');
    expect(onlyNotApplicable.coverage.assessedStaff).toBe(2);
  });

  it('reports coverage, staff never assessed and new staff', () => {
    expect(figures.coverage).toEqual({ staff: 4, assessedStaff: 3, share: '75.0' });
    expect(figures.staleness.notAssessed.map((s) => s.staffMemberId)).toEqual(['d']);
    expect(figures.staleness.newStaff.map((s) => s.staffMemberId)).toEqual(['d']);
  });

  it('maps units × topics to the share lacking competence', () => {
    expect(figures.heatmap).toEqual([
      {
        unitId: 'u1',
        unitName: 'Enhet Norr',
        topics: [
          { code: 'JU01', assessedFte: '1.50', insufficientShare: '66.7' },
          { code: 'JU02', assessedFte: '1.00', insufficientShare: '0.0' },
          { code: 'BE01', assessedFte: '1.00', insufficientShare: '0.0' },
        ],
      },
      {
        unitId: 'u2',
        unitName: 'Enhet Syd',
        topics: [
          { code: 'JU01', assessedFte: '0.75', insufficientShare: '100.0' },
          { code: 'JU02', assessedFte: '0.00', insufficientShare: null },
          { code: 'BE01', assessedFte: '0.75', insufficientShare: '100.0' },
        ],
      },
    ]);
  });

  it('rounds a tie once, half away from zero', () => {
    const tie = roundDashboardFigures(
      [topics[0]],
      [
        person('a', 'u1', '0.25', { JU01: 'insufficient' }),
        ...[1, 2, 3].map((i) => person(`g${i}`, 'u1', '1.00', { JU01: 'basic' })),
        person('h', 'u1', '0.75', { JU01: 'basic' }),
      ],
      { newStaffSince: '2030-01-01' },
    );
    // 0.25 of 4.00 = 6.25 % → 6.3; 3.75 of 4.00 = 93.75 % → 93.8.
    expect(tie.areas[0].topics[0].shares).toEqual({
      insufficient: '6.3',
      basic: '93.8',
      advanced: '0.0',
    });
  });

  it('has no shares and no coverage without staff', () => {
    const empty = roundDashboardFigures(topics, [], { newStaffSince: '2025-01-01' });
    expect(empty.coverage.share).toBeNull();
    expect(empty.areas[0].shares.basic).toBeNull();
    expect(empty.heatmap).toEqual([]);
  });
});

describe('roundDashboardFigures with FTE in tenths of a percent', () => {
  it('sums 87,5 % and 62,5 % exactly', () => {
    const topics = [{ code: 'T1', name: 'T', areaCode: 'A', areaName: 'A' }];
    const person = (id: string, fte: string) => ({
      staffMemberId: id, firstName: id, lastName: id, unitId: 'u', unitName: 'U', fte, employmentStart: '2020-01-01', values: ['basic' as const],
    });
    const figures = roundDashboardFigures(topics, [person('a', '0.875'), person('b', '0.625'), person('c', '0.5')], { newStaffSince: '2026-01-01' });
    expect(figures.areas[0].topics[0].fte.basic).toBe('2.00');
    const odd = roundDashboardFigures(topics, [person('a', '0.875')], { newStaffSince: '2026-01-01' });
    expect(odd.areas[0].topics[0].assessedFte).toBe('0.875');
  });
});

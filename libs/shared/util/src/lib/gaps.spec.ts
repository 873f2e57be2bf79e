import type { CellValue } from '@kl/shared/contracts';
import { type GapStaffInput, type GapTarget, topicGaps } from './gaps';

const topics = [
  { code: 'JU01', name: 'Socialrätt', areaCode: 'JU', areaName: 'Juridik' },
  { code: 'EB01', name: 'Evidensbaserad praktik', areaCode: 'EB', areaName: 'Evidens' },
  { code: 'SA01', name: 'Samtal', areaCode: 'SA', areaName: 'Samtal' },
];
const basic: GapTarget = { level: 'basic', share: 100 };
const advanced: GapTarget = { level: 'advanced', share: 100 };

let n = 0;
function person(
  fte: string,
  values: (CellValue | undefined)[],
  targets: (GapTarget | null)[],
  lastName = `P${++n}`,
): GapStaffInput {
  return {
    staffMemberId: `id-${lastName}`,
    firstName: 'A',
    lastName,
    unitId: 'u1',
    unitName: 'Enhet',
    fte,
    values,
    targets,
  };
}

describe('topicGaps', () => {
  it('counts the FTE below target and its share of the assessed FTE', () => {
    const staff = [
      person('1.00', ['insufficient'], [basic]),
      person('0.50', ['insufficient'], [basic]),
      person('0.75', ['basic'], [basic]),
      person('1.00', ['advanced'], [basic]),
    ];
    const [gap] = topicGaps(topics.slice(0, 1), staff, true);
    expect(gap).toMatchObject({
      topicCode: 'JU01',
      rank: 1,
      targetLevels: ['basic'],
      requiredShare: '100.0',
      assessedFte: '3.25',
      belowFte: '1.50',
      // 1.5 / 3.25 = 46.15… %
      belowShare: '46.2',
      gapFte: '1.50',
      notAssessedStaff: 0,
    });
    expect(gap.people.map((p) => [p.fte, p.steps])).toEqual([
      ['1.00', 1],
      ['0.50', 1],
    ]);
  });

  it('leaves not assessed and not applicable out of numerator and denominator', () => {
    const staff = [
      person('1.00', ['insufficient'], [basic]),
      person('1.00', [undefined], [basic]),
      person('1.00', ['not_applicable'], [basic]),
      person('1.00', ['basic'], [basic]),
    ];
    const [gap] = topicGaps(topics.slice(0, 1), staff, true);
    expect(gap).toMatchObject({
      assessedFte: '2.00',
      belowFte: '1.00',
      belowShare: '50.0',
      notAssessedStaff: 1,
    });
  });

  it('ignores people without a target in the topic', () => {
    const staff = [person('1.00', ['insufficient'], [null]), person('1.00', ['basic'], [basic])];
    const [gap] = topicGaps(topics.slice(0, 1), staff, true);
    expect(gap).toMatchObject({
      assessedFte: '1.00',
      belowFte: '0.00',
      belowShare: '0.0',
      gapFte: '0.00',
    });
  });

  it('counts two steps below fördjupad, and grundläggande as below a fördjupad target', () => {
    const staff = [
      person('1.00', ['insufficient'], [advanced], 'Andersson'),
      person('1.00', ['basic'], [advanced], 'Berg'),
    ];
    const [gap] = topicGaps(topics.slice(0, 1), staff, true);
    expect(gap.belowFte).toBe('2.00');
    expect(gap.people.map((p) => [p.lastName, p.steps])).toEqual([
      ['Andersson', 2],
      ['Berg', 1],
    ]);
  });

  it('meets a share target once enough FTE reach the level: "at least 80 % at least grundläggande"', () => {
    const eighty: GapTarget = { level: 'basic', share: 80 };
    // 10 people of 1.0 FTE: 8 at basic or above meets the target, 7 leaves 1.0 FTE to go.
    const make = (atLevel: number) =>
      Array.from({ length: 10 }, (_v, i) =>
        person('1.00', [i < atLevel ? 'basic' : 'insufficient'], [eighty]),
      );
    const [met] = topicGaps(topics.slice(0, 1), make(8), true);
    expect(met).toMatchObject({
      requiredShare: '80.0',
      belowFte: '2.00',
      belowShare: '20.0',
      gapFte: '0.00',
    });
    const [short] = topicGaps(topics.slice(0, 1), make(7), true);
    expect(short).toMatchObject({ belowFte: '3.00', belowShare: '30.0', gapFte: '1.00' });
    // The people below are still listed: they are who would close the gap.
    expect(short.people).toHaveLength(3);
  });

  it('weighs a share target by FTE, exactly', () => {
    const seventy: GapTarget = { level: 'basic', share: 70 };
    // Required 0.7 × 2.5 = 1.75 FTE at target; 1.0 is there: 0.75 to go.
    const staff = [
      person('1.00', ['basic'], [seventy]),
      person('0.75', ['insufficient'], [seventy]),
      person('0.75', ['insufficient'], [seventy]),
    ];
    const [gap] = topicGaps(topics.slice(0, 1), staff, false);
    expect(gap).toMatchObject({
      requiredShare: '70.0',
      gapFte: '0.75',
      belowFte: '1.50',
      people: [],
    });
  });

  it('ranks topics by the size of the gap, then FTE below, then framework order', () => {
    const staff = [
      person(
        '1.00',
        ['basic', 'insufficient', 'insufficient'],
        [basic, basic, { level: 'basic', share: 50 }],
      ),
      person(
        '1.00',
        ['basic', 'insufficient', 'insufficient'],
        [basic, basic, { level: 'basic', share: 50 }],
      ),
      person(
        '0.50',
        ['insufficient', 'basic', 'basic'],
        [basic, basic, { level: 'basic', share: 50 }],
      ),
    ];
    const gaps = topicGaps(topics, staff, true);
    // EB01: 2.0 below (gap 2.0); SA01: 2.0 below but 50 % asked of 2.5 = 1.25, 0.5 there: gap 0.75; JU01: 0.5.
    expect(gaps.map((g) => [g.topicCode, g.rank, g.gapFte])).toEqual([
      ['EB01', 1, '2.00'],
      ['SA01', 2, '0.75'],
      ['JU01', 3, '0.50'],
    ]);
  });

  it('lists the target levels that apply when units differ, and no people when not allowed', () => {
    const staff = [
      person('1.00', ['insufficient'], [basic]),
      person('1.00', ['basic'], [advanced]),
    ];
    const [gap] = topicGaps(topics.slice(0, 1), staff, false);
    expect(gap.targetLevels).toEqual(['basic', 'advanced']);
    expect(gap.belowFte).toBe('2.00');
    expect(gap.people).toEqual([]);
  });

  it('answers a topic nobody was assessed in with no share and no gap', () => {
    const [gap] = topicGaps(topics.slice(0, 1), [person('1.00', [undefined], [basic])], true);
    expect(gap).toMatchObject({
      assessedFte: '0.00',
      belowShare: null,
      gapFte: '0.00',
      notAssessedStaff: 1,
    });
  });
});

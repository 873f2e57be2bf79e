import type { AggregateCell } from '../national-tables';
import { publishNationalFamily } from './national-publication';

const cell = (measure: string, value: number, nonzero: number, topic = '', reported = nonzero): AggregateCell[] => [
  { measure, topic, level: '', gender: '', answer: '', valueSum: String(value), kommuner: reported, nonzero },
  { measure, topic, level: '*', gender: '*', answer: '*', valueSum: String(value), kommuner: reported, nonzero },
];
const TOPICS = [
  { code: 'T1', area: 'A' },
  { code: 'T2', area: 'A' },
  { code: 'T3', area: 'A' },
];
const national = [
  ...cell('aktivitet_hogskolekurs_antal', 4, 3, '', 10),
  ...cell('aktivitet_endagskurs_antal', 12, 8, '', 10),
  ...cell('aktivitet_handledning_antal', 4, 4, '', 9),
  ...cell('aktivitet_hp_antal', 5, 4, '', 10),
  ...cell('aktivitet_samverkan_antal', 8, 6, '', 10),
  ...cell('deltagare_inriktning_antal', 30, 7, 'T1'),
  ...cell('deltagare_inriktning_antal', 45, 8, 'T2'),
  ...cell('deltagare_inriktning_antal', 3, 2, 'T3'),
  ...cell('aktivitet_inriktning_antal', 9, 7, 'T2'),
  ...cell('deltagare_handlaggare_socionom_under1ar_antal', 10, 5),
  ...cell('deltagare_arbetsledare_socionom_under1ar_antal', 2, 2),
  ...cell('deltagare_handlaggare_utan_socionom_minst3ar_antal', 7, 4),
  ...cell('introduktionsprogram_antal', 6, 4, '', 9),
  ...cell('statsbidrag_rekvirerat_kr', 300000, 2, '', 8),
  ...cell('statsbidrag_anvant_kr', 250001, 6, '', 7),
];

describe('the published training table', () => {
  const published = publishNationalFamily({ topics: TOPICS, cells: new Map([['all', national]]), partitions: [] });
  const training = published.tables['all'].training;

  it('hides activity types under five persons and keeps the total, whose two hidden parts stay open', () => {
    expect(training.activities.byType.university_course).toBeNull();
    expect(training.activities.byType.supervision).toBeNull();
    expect(training.activities.total).toBe(20);
    expect(training.activities.creditsShare).toBe('0.25');
    expect(training.suppressed).toEqual(expect.arrayContaining(['activities.byType.university_course', 'activities.byType.supervision']));
  });

  it('hides a role of two participants and its partner in the role sum, never the total', () => {
    expect(training.participants.byRole).toEqual({ caseworker: null, team_leader: null });
    expect(training.participants.total).toBe(19);
    expect(training.participants.byDegreeAndBand.socionom.under1Year).toBe(12);
    const reasons = published.suppressed.filter((s) => s.table === 'training' && s.key.startsWith('participants.'));
    expect(reasons.map((s) => [s.key, s.reason])).toEqual([
      ['participants.byRole.caseworker', 'complementary'],
      ['participants.byRole.team_leader', 'primary'],
    ]);
  });

  it('hides statsbidrag resting on two kommuner, and a small topic loses its rank', () => {
    expect(training.grants).toEqual({ requisitioned: null, used: '250001', n: 8 });
    expect(training.topics.map((t) => [t.topic, t.participants, t.suppressed])).toEqual([
      ['T2', 45, []],
      ['T1', 30, []],
      ['T3', null, ['participants']],
    ]);
    expect(published.counts.find((c) => c.table === 'training')).toEqual({ table: 'training', primary: 5, complementary: 1, derived: 0 });
  });

  it('protects a filtered cell from subtraction: the national cell minus the other län', () => {
    const lan = (share: number) => [
      ...cell('aktivitet_endagskurs_antal', share, share === 2 ? 1 : 7, '', 7),
      ...cell('deltagare_inriktning_antal', 40, 6, 'T1'),
    ];
    const family = publishNationalFamily({
      topics: TOPICS,
      cells: new Map([
        ['all', [...cell('aktivitet_endagskurs_antal', 12, 8, '', 8), ...cell('deltagare_inriktning_antal', 80, 8, 'T1')]],
        ['lan=01', lan(10)],
        ['lan=02', lan(2)],
      ]),
      partitions: [['lan=01', 'lan=02']],
    });
    expect(family.tables['lan=02'].training.activities.byType.one_day_course).toBeNull();
    expect(family.tables['lan=01'].training.activities.byType.one_day_course).toBeNull();
    expect(family.tables['all'].training.activities.byType.one_day_course).toBe(12);
  });
});

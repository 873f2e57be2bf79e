import { CellIndex, type AggregateCell } from './national-tables';
import { trainingFigures } from './national-training-table';

const trainingCell = (measure: string, value: number, nonzero: number, topic = '', reported = nonzero): AggregateCell[] => [
  { measure, topic, level: '', gender: '', answer: '', valueSum: String(value), kommuner: reported, nonzero },
  { measure, topic, level: '*', gender: '*', answer: '*', valueSum: String(value), kommuner: reported, nonzero },
];

const TOPICS = [
  { code: 'T1', area: 'A' },
  { code: 'T2', area: 'A' },
  { code: 'T3', area: 'B' },
];

describe('trainingFigures', () => {
  const cells = new CellIndex([
    ...trainingCell('aktivitet_hogskolekurs_antal', 4, 3, '', 10),
    ...trainingCell('aktivitet_endagskurs_antal', 12, 8, '', 10),
    ...trainingCell('aktivitet_handledning_antal', 4, 4, '', 9),
    ...trainingCell('aktivitet_hp_antal', 5, 4, '', 10),
    ...trainingCell('aktivitet_samverkan_antal', 8, 6, '', 10),
    ...trainingCell('deltagare_inriktning_antal', 30, 7, 'T1'),
    ...trainingCell('deltagare_inriktning_antal', 45, 8, 'T2'),
    ...trainingCell('aktivitet_inriktning_antal', 9, 7, 'T2'),
    ...trainingCell('deltagare_handlaggare_socionom_under1ar_antal', 10, 5),
    ...trainingCell('deltagare_arbetsledare_socionom_under1ar_antal', 2, 2),
    ...trainingCell('deltagare_handlaggare_utan_socionom_minst3ar_antal', 7, 4),
    ...trainingCell('introduktionsprogram_antal', 6, 4, '', 9),
    ...trainingCell('statsbidrag_rekvirerat_kr', 300000, 6, '', 8),
    ...trainingCell('statsbidrag_anvant_kr', 250001, 6, '', 7),
  ]);
  const figures = trainingFigures(TOPICS, cells);

  it('sums activities by type, with the shares giving credits and held jointly of all', () => {
    expect(figures.activities).toEqual({
      byType: {
        university_course: 4,
        one_day_course: 12,
        two_day_course: 0,
        supervision: 4,
        introduction_programme: 0,
        commissioned_training: 0,
        network_conference: 0,
        e_learning: 0,
        other: 0,
      },
      total: 20,
      withCredits: 5,
      joint: 8,
      creditsShare: '0.25',
      jointShare: '0.4',
    });
    expect(figures.n).toBe(10);
  });

  it('gives participants by role and by degree × experience band, summed over the other', () => {
    expect(figures.participants).toEqual({
      total: 19,
      byRole: { caseworker: 17, team_leader: 2 },
      byDegreeAndBand: {
        socionom: { under1Year: 12, from1To3Years: 0, from3Years: 0 },
        withoutSocionom: { under1Year: 0, from1To3Years: 0, from3Years: 7 },
      },
    });
  });

  it('ranks the topics by participants, ties in framework order', () => {
    expect(figures.topics).toEqual([
      { topic: 'T2', area: 'A', participants: 45, activities: 9 },
      { topic: 'T1', area: 'A', participants: 30, activities: 0 },
      { topic: 'T3', area: 'B', participants: 0, activities: 0 },
    ]);
  });

  it('counts introduction programmes and the kommuner using one, and statsbidrag in kronor', () => {
    expect(figures.introduction).toEqual({ programmes: 6, kommunerInUse: 4, n: 9 });
    expect(figures.grants).toEqual({ requisitioned: '300000', used: '250001', n: 8 });
  });
});

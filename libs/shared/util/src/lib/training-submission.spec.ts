import { buildTrainingCells, trainingBandCode, wholeKronor, type CompletedParticipation } from './training-submission';

const session = (id: string, over: Partial<CompletedParticipation> = {}): Omit<CompletedParticipation, 'participant'> => ({
  sessionId: id,
  courseType: 'one_day_course',
  credits: null,
  joint: false,
  startsOn: '2026-03-10',
  topicCodes: ['SA01'],
  ...over,
});
const person = (role: 'caseworker' | 'team_leader', degree: 'social_work' | 'foreign_social_work' | 'none', experienceStart: string) => ({
  participant: { role, degree, experienceStart },
});

describe('trainingBandCode', () => {
  it('puts the first, the first three and later years apart at the session start', () => {
    expect(trainingBandCode('2025-03-11', '2026-03-10')).toBe('under1ar');
    expect(trainingBandCode('2025-03-10', '2026-03-10')).toBe('1till3ar');
    expect(trainingBandCode('2023-03-11', '2026-03-10')).toBe('1till3ar');
    expect(trainingBandCode('2023-03-10', '2026-03-10')).toBe('minst3ar');
  });
});

describe('wholeKronor', () => {
  it('rounds öre once, half away from zero', () => {
    expect(wholeKronor('1234.50')).toBe('1235');
    expect(wholeKronor('1234.49')).toBe('1234');
    expect(wholeKronor('0')).toBe('0');
  });
});

describe('buildTrainingCells', () => {
  const a = session('a', { courseType: 'university_course', credits: '7.5', topicCodes: ['SA01', 'SA02'] });
  const b = session('b', { joint: true, topicCodes: ['SA02'] });
  const c = session('c', { courseType: 'introduction_programme', credits: '0.0', joint: true, topicCodes: [] });
  const cells = buildTrainingCells(
    {
      completed: [
        { ...a, ...person('caseworker', 'social_work', '2025-06-01') },
        { ...a, ...person('caseworker', 'foreign_social_work', '2010-01-01') },
        { ...b, ...person('team_leader', 'none', '2024-01-01') },
        { ...b, participant: null },
        { ...c, ...person('caseworker', 'none', '2026-01-01') },
      ],
      introductionProgrammes: 2,
      grantsRequisitioned: '150000.50',
      grantsUsed: '42000.00',
    },
    ['SA01', 'SA02', 'SA03'],
  );
  const value = (matt: string, inriktning = '') => cells.find((x) => x.matt === matt && x.inriktning === inriktning)?.varde;

  it('counts each session once, by type, with credits and held jointly', () => {
    expect(value('aktivitet_hogskolekurs_antal')).toBe('1');
    expect(value('aktivitet_endagskurs_antal')).toBe('1');
    expect(value('aktivitet_introduktionsprogram_antal')).toBe('1');
    expect(value('aktivitet_handledning_antal')).toBe('0');
    expect(value('aktivitet_hp_antal')).toBe('1');
    expect(value('aktivitet_samverkan_antal')).toBe('2');
  });

  it('reports every topic of the framework: activities and participants developing it', () => {
    expect(['SA01', 'SA02', 'SA03'].map((t) => value('aktivitet_inriktning_antal', t))).toEqual(['1', '2', '0']);
    expect(['SA01', 'SA02', 'SA03'].map((t) => value('deltagare_inriktning_antal', t))).toEqual(['2', '4', '0']);
  });

  it('counts participants by role, degree and experience band; an erased person in none', () => {
    expect(value('deltagare_handlaggare_socionom_under1ar_antal')).toBe('1');
    expect(value('deltagare_handlaggare_socionom_minst3ar_antal')).toBe('1');
    expect(value('deltagare_handlaggare_utan_socionom_under1ar_antal')).toBe('1');
    expect(value('deltagare_arbetsledare_utan_socionom_1till3ar_antal')).toBe('1');
    const groups = cells.filter((x) => /^deltagare_(handlaggare|arbetsledare)_/.test(x.matt));
    expect(groups).toHaveLength(12);
    expect(groups.reduce((s, x) => s + Number(x.varde), 0)).toBe(4);
  });

  it('sums credits of completed participations, and reports programmes and kronor', () => {
    expect(value('deltagare_hp')).toBe('15.0');
    expect(value('introduktionsprogram_antal')).toBe('2');
    expect(value('statsbidrag_rekvirerat_kr')).toBe('150001');
    expect(value('statsbidrag_anvant_kr')).toBe('42000');
  });

  it('reports zeros for a year without training (a reported zero counts in N)', () => {
    const none = buildTrainingCells({ completed: [], introductionProgrammes: 0, grantsRequisitioned: '0', grantsUsed: '0' }, ['SA01']);
    expect(none).toHaveLength(9 + 2 + 2 + 12 + 1 + 1 + 2);
    expect(none.every((x) => Number(x.varde) === 0 && x.niva === '' && x.kon === '')).toBe(true);
  });
});

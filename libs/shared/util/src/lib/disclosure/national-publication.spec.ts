import type { AggregateCell } from '../national-tables';
import { publishNationalFamily } from './national-publication';

const TOPICS = [
  { code: 'T1', area: 'A' },
  { code: 'T2', area: 'A' },
];

const fte = (topic: string, level: string, value: string, kommuner: number): AggregateCell => ({
  measure: 'bedomning_fte',
  topic,
  level,
  gender: '',
  answer: '',
  valueSum: value,
  kommuner,
  nonzero: kommuner,
});
const coverage = (measure: string, topic: string, nonzero: number, reported = nonzero): AggregateCell => ({
  measure,
  topic,
  level: '*',
  gender: '*',
  answer: '*',
  valueSum: '0',
  kommuner: reported,
  nonzero,
});
const answer = (measure: string, value: string, count: number): AggregateCell => ({
  measure,
  topic: '',
  level: '',
  gender: '',
  answer: value,
  valueSum: String(count),
  kommuner: count,
  nonzero: count,
});
/** Two topics of one area, each level on the given FTE and kommuner. */
const topics = (t1: [string, number][], t2: [string, number][], n1: number, n2: number): AggregateCell[] => [
  ...['G', 'F', 'S'].map((l, i) => fte('T1', l, t1[i][0], t1[i][1])),
  ...['G', 'F', 'S'].map((l, i) => fte('T2', l, t2[i][0], t2[i][1])),
  coverage('bedomning_fte', 'T1', n1),
  coverage('bedomning_fte', 'T2', n2),
  coverage('bedomning_fte', '@A', Math.max(n1, n2)),
];

describe('publishNationalFamily', () => {
  it('hides a level of one kommun, a partner in its topic, and the partners that keep the area sums open', () => {
    const all = topics(
      [['20', 6], ['3.5', 1], ['8', 4]],
      [['30', 7], ['12', 5], ['9', 3]],
      6,
      7,
    );
    const published = publishNationalFamily({ topics: TOPICS, cells: new Map([['all', all]]), partitions: [] });
    const [t1, t2] = published.tables['all'].topics.rows;
    expect(t1).toEqual({
      topic: 'T1',
      area: 'A',
      fte: { G: '20.0', F: null, S: null },
      total: '31.5',
      share: { G: '0.634920634920634921', F: null, S: null },
      n: 6,
      suppressed: ['fte.F', 'fte.S', 'share.F', 'share.S'],
    });
    expect(t2.fte).toEqual({ G: '30.0', F: null, S: null });
    expect(t2.suppressed).toEqual(['fte.F', 'fte.S', 'share.F', 'share.S']);
    const [area] = published.tables['all'].areas.rows;
    expect(area.fte).toEqual({ G: '50.0', F: '15.5', S: '17.0' });
    expect(area.meanOfTopicShares.F).toBeNull();
    expect(area.meanOfTopicShares.G).not.toBeNull();
    expect(area.pooledShare.F).toBe('0.187878787878787879');
    expect(area.suppressed).toEqual(['meanOfTopicShares.F', 'meanOfTopicShares.S']);
    expect(published.suppressed.filter((s) => s.table === 'topics').map((s) => `${s.row} ${s.key} ${s.reason}`)).toEqual([
      'T1 fte.F primary',
      'T1 fte.S complementary',
      'T1 share.F derived',
      'T1 share.S derived',
      'T2 fte.F complementary',
      'T2 fte.S complementary',
      'T2 share.F derived',
      'T2 share.S derived',
    ]);
    expect(published.counts.find((c) => c.table === 'topics')).toEqual({ table: 'topics', primary: 1, complementary: 3, derived: 4 });
    expect(published.counts.find((c) => c.table === 'areas')).toEqual({ table: 'areas', primary: 0, complementary: 0, derived: 2 });
  });

  it('takes x FTE to rest on at least ceil(x) persons: 4.0 FTE is suppressed, 4.1 is not', () => {
    const big: [string, number][] = [['50', 9], ['50', 9], ['50', 9]];
    const at = (g: string) =>
      publishNationalFamily({ topics: TOPICS, cells: new Map([['all', topics([[g, 3], ['50', 9], ['50', 9]], big, 9, 9)]]), partitions: [] });
    expect(at('4.0').suppressed.find((s) => s.key === 'fte.G')).toEqual({ filter: 'all', table: 'topics', row: 'T1', key: 'fte.G', reason: 'primary' });
    expect(at('4.1').suppressed).toEqual([]);
  });

  it('publishes a cell on no kommun as zero, and whatever nobody reported', () => {
    const published = publishNationalFamily({
      topics: TOPICS,
      cells: new Map([['all', topics([['50', 9], ['0', 0], ['50', 9]], [['50', 9], ['50', 9], ['50', 9]], 9, 9)]]),
      partitions: [],
    });
    expect(published.suppressed).toEqual([]);
    expect(published.tables['all'].topics.rows[0].fte.F).toBe('0.0');
    expect(published.tables['all'].caseworkers.fte).toEqual({ K: '0.0', M: '0.0', A: '0.0', total: '0.0' });
  });

  it('counts indicator answers as kommuner only: one "ja" hides it and the smaller other answer, N stays', () => {
    const m = 'ind_forvaltat';
    const published = publishNationalFamily({
      topics: TOPICS,
      cells: new Map([['all', [answer(m, 'ja', 1), answer(m, 'delvis', 10), answer(m, 'nej', 5), coverage(m, '', 16)]]]),
      partitions: [],
    });
    expect(published.tables['all'].indicators.rows.find((r) => r.measure === m)).toEqual({
      measure: m,
      ja: null,
      delvis: 10,
      nej: null,
      n: 16,
      suppressed: ['ja', 'nej'],
    });
    // Three "nej" on three kommuner are published: no person threshold for kommuner's answers.
    const three = publishNationalFamily({
      topics: TOPICS,
      cells: new Map([['all', [answer(m, 'ja', 3), answer(m, 'nej', 4), coverage(m, '', 7)]]]),
      partitions: [],
    });
    expect(three.suppressed).toEqual([]);
  });

  it('puts the suppressed values of caseworkers and team leaders on the table object', () => {
    const cell = (measure: string, gender: string, value: string, kommuner: number): AggregateCell => ({
      measure, topic: '', level: '', gender, answer: '', valueSum: value, kommuner, nonzero: kommuner,
    });
    const published = publishNationalFamily({
      topics: TOPICS,
      cells: new Map([['all', [
        cell('handlaggare_fte', 'K', '100', 10), cell('handlaggare_fte', 'M', '20', 6), cell('handlaggare_fte', 'A', '1', 1),
        coverage('handlaggare_fte', '', 10),
        cell('arbetsledare_antal', 'K', '12', 8), cell('arbetsledare_antal', 'M', '4', 3), coverage('arbetsledare_antal', '', 9),
        cell('arbetsledare_magister_antal', '', '2', 2),
      ]]]),
      partitions: [],
    });
    const { caseworkers, 'team-leaders': leaders } = published.tables['all'];
    // A (1.0 on one kommun) hides, and M (the smaller inner partner) with it; the total stays.
    expect(caseworkers.fte).toEqual({ K: '100.0', M: null, A: null, total: '121.0' });
    expect(caseworkers.suppressed).toEqual(['fte.M', 'fte.A']);
    // 4 team leaders are fewer than 5 persons: M hides, and with it K (A is zero on no kommun, so known).
    expect(leaders.count).toEqual({ K: null, M: null, A: 0, total: 16 });
    expect(leaders.magister).toBeNull();
    expect(leaders.suppressed).toEqual(['count.K', 'count.M', 'magister']);
  });

  it('hides a partner across the partition so that a län cannot be recovered from the nation and the other län', () => {
    const big: [string, number][] = [['50', 9], ['50', 9], ['50', 9]];
    const lan01 = topics([['2', 1], ['10', 3], ['10', 3]], big, 3, 9);
    const lan02 = topics([['20', 5], ['20', 5], ['20', 5]], big, 5, 9);
    const all = topics([['22', 6], ['30', 8], ['30', 8]], [['100', 18], ['100', 18], ['100', 18]], 8, 18);
    const family = { topics: TOPICS, cells: new Map([['all', all], ['lan=01', lan01], ['lan=02', lan02]]) };
    const hidden = (published: ReturnType<typeof publishNationalFamily>, filter: string) =>
      published.tables[filter].topics.rows[0].fte.G === null;

    const alone = publishNationalFamily({ ...family, partitions: [] });
    expect([hidden(alone, 'all'), hidden(alone, 'lan=01'), hidden(alone, 'lan=02')]).toEqual([false, true, false]);

    const tied = publishNationalFamily({ ...family, partitions: [['lan=01', 'lan=02']] });
    expect(hidden(tied, 'lan=01')).toBe(true);
    // all = lan01 + lan02: one more of the three must hide, or lan01's value is all − lan02.
    expect([hidden(tied, 'all'), hidden(tied, 'lan=02')].filter(Boolean).length).toBeGreaterThan(0);
    for (const filter of ['all', 'lan=01', 'lan=02']) {
      for (const row of tied.tables[filter].topics.rows) {
        const shown = [...Object.values(row.fte), row.total].filter((v) => v !== null).length;
        expect(shown === 4 || shown <= 2).toBe(true);
      }
    }
  });
});

import type { AreaTableRow, NationalTrend, TopicTableRow } from '@kl/shared/contracts';
import {
  breakdownBars,
  fileErrorText,
  fteText,
  levelBars,
  responseRateText,
  sharePercent,
  topicsExport,
  trendLines,
} from './national-view';

describe('national view', () => {
  it('shows an exact share as percent rounded once, half away from zero', () => {
    expect(sharePercent('0.457142857142857143')).toBe('45,7 %');
    expect(sharePercent('0.6125')).toBe('61,3 %');
    expect(sharePercent('1')).toBe('100,0 %');
    expect(sharePercent('0')).toBe('0,0 %');
    expect(sharePercent(null)).toBe('–');
  });

  it('writes FTE in Swedish with one decimal and grouped thousands', () => {
    expect(fteText('5390.5')).toBe('5\u00a0390,5');
    expect(fteText('0.0')).toBe('0,0');
  });

  it('says a response rate in words and percent', () => {
    expect(responseRateText({ code: '01', name: 'Stockholms län', submitted: 12, kommuner: 26, rate: '0.461538461538461538' })).toBe(
      '12 av 26 (46,2 %)',
    );
  });

  const row: TopicTableRow = {
    topic: 'SA01',
    area: 'SA',
    fte: { G: '13.7', F: '4.8', S: '2.5' },
    total: '21.0',
    share: { G: '0.652380952380952381', F: '0.228571428571428571', S: '0.119047619047619048' },
    n: 3,
  };
  const empty: TopicTableRow = { ...row, topic: 'SA02', fte: { G: '0.0', F: '0.0', S: '0.0' }, total: '0.0', share: { G: null, F: null, S: null }, n: 0 };

  it('maps exact shares to stacked bars in percent, without a bar for a topic nobody reported', () => {
    expect(levelBars([{ name: 'SA01', share: row.share }, { name: 'SA02', share: empty.share }])).toEqual([
      {
        name: 'SA01',
        series: [
          { name: 'Saknar tillräcklig (S)', value: 11.9 },
          { name: 'Grundläggande (G)', value: 65.2 },
          { name: 'Fördjupad (F)', value: 22.9 },
        ],
      },
    ]);
  });

  it('exports FTE, shares (also unrounded) and N of every topic', () => {
    const table = topicsExport([row], new Map([['SA01', 'Barn och ungas utveckling']]));
    expect(table.rows[0]).toEqual([
      'SA01 Barn och ungas utveckling',
      'SA',
      13.7,
      Number('0.652380952380952381'),
      '0.652380952380952381',
      4.8,
      Number('0.228571428571428571'),
      '0.228571428571428571',
      2.5,
      Number('0.119047619047619048'),
      '0.119047619047619048',
      21,
      3,
    ]);
    expect(table.columns).toHaveLength(table.rows[0].length);
  });

  it('places a file error', () => {
    expect(fileErrorText({ row: 12, column: 'varde', code: 'negative', message: 'Värdet får inte vara negativt (-1).' })).toBe(
      'Rad 12, kolumn varde: Värdet får inte vara negativt (-1).',
    );
    expect(fileErrorText({ row: 0, column: '', code: 'file_empty', message: 'Filen är tom.' })).toBe('Filen: Filen är tom.');
  });

  const point = (round: string, S: string | null) => ({
    round,
    kind: 'same' as const,
    fte: { G: '1.0', F: '1.0', S: '1.0' },
    total: '3.0',
    share: { G: S === null ? null : '0.5', F: S === null ? null : '0.25', S },
    n: 2,
  });
  const trend: NationalTrend = {
    round: '2026',
    filters: {},
    rounds: [
      { code: '2024', referenceDate: '2024-10-01', frameworkVersion: 1 },
      { code: '2025', referenceDate: '2025-10-01', frameworkVersion: 1 },
    ],
    topics: [
      { topic: 'SA01', area: 'SA', points: [point('2024', '0.3125'), point('2025', '0.25')] },
      { topic: 'SA02', area: 'SA', points: [point('2024', null), point('2025', '0.1')] },
      { topic: 'SA03', area: 'SA', points: [point('2024', null), point('2025', null)] },
      { topic: 'JU01', area: 'JU', points: [point('2024', '0.5'), point('2025', '0.5')] },
    ],
  };

  it("draws one trend line per topic of the area at the chosen level, with gaps where a round had no total", () => {
    expect(trendLines(trend, 'SA', 'S', new Map([['SA01', 'Barns utsatthet']]))).toEqual([
      { name: 'SA01 Barns utsatthet', series: [{ name: '2024', value: 31.3 }, { name: '2025', value: 25 }] },
      { name: 'SA02', series: [{ name: '2025', value: 10 }] },
    ]);
    expect(trendLines(trend, 'SA', 'G', new Map()).map((l) => l.series.map((p) => p.value))).toEqual([[50, 50], [50]]);
    expect(trendLines(trend, 'EP', 'S', new Map())).toEqual([]);
  });

  it('draws a bar per kommungrupp or län of one area, pooled, and none for a group without FTE there', () => {
    const area = (code: string, S: string | null): AreaTableRow => ({
      area: code,
      meanOfTopicShares: { G: null, F: null, S: null },
      pooledShare: { G: S === null ? null : '0.5', F: S === null ? null : '0.3', S },
      fte: { G: '1.0', F: '1.0', S: '1.0' },
      n: 1,
    });
    const bars = breakdownBars(
      [
        { name: 'A1 Storstäder', areas: [area('SA', '0.2'), area('JU', '0.4')] },
        { name: 'B3 Pendlingskommun', areas: [area('SA', null)] },
        { name: 'C8 Landsbygd', areas: [] },
      ],
      'SA',
    );
    expect(bars).toEqual([
      {
        name: 'A1 Storstäder',
        series: [
          { name: 'Saknar tillräcklig (S)', value: 20 },
          { name: 'Grundläggande (G)', value: 50 },
          { name: 'Fördjupad (F)', value: 30 },
        ],
      },
    ]);
  });
});

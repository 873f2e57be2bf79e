import type { ComparisonTrend, NationalTable, PublishedTable } from '@kl/shared/contracts';
import { comparisonExport, comparisonLines, comparisonText, comparisonTrendLines } from './comparison-view';

const own: NationalTable = {
  round: '2016',
  table: 'topics',
  filters: {},
  policy: null,
  rows: [{ topic: 'SA01', area: 'SA', fte: { G: '3.0', F: '1.5', S: '0.5' }, total: '5.0', share: { G: '0.6', F: '0.3', S: '0.1' }, n: 1 }],
};
const national: PublishedTable = {
  round: '2016',
  table: 'topics',
  filters: {},
  policy: { version: '2026.1' },
  rows: [
    {
      topic: 'SA01',
      area: 'SA',
      fte: { G: '26.0', F: '14.5', S: null },
      total: '43.0',
      share: { G: '0.604651162790697674', F: '0.337209302325581395', S: null },
      n: 8,
      suppressed: ['fte.S', 'share.S'],
    },
  ],
};
const names = new Map([['SA01', 'Barn och ungas utveckling']]);

describe('comparisonLines', () => {
  const columns = [
    { heading: 'Egen kommun', table: own },
    { heading: 'Riket', table: national },
    { heading: 'Länet', table: null },
  ];

  it('reads one level of each topic from every column, and tells a suppressed value from none', () => {
    const [line] = comparisonLines('topics', columns, 'G', names);
    expect(line.label).toBe('SA01 Barn och ungas utveckling');
    expect(line.values.map((v) => comparisonText(line.kind, v))).toEqual(['60,0 %', '60,5 %', '–']);
    const [saknar] = comparisonLines('topics', columns, 'S', names);
    expect(saknar.values.map((v) => comparisonText(saknar.kind, v))).toEqual(['10,0 %', '..', '–']);
  });

  it('exports shares as fractions and no value as ..', () => {
    const lines = comparisonLines('topics', columns, 'S', names);
    const table = comparisonExport('Inriktningar S', columns, lines);
    expect(table.columns.map((c) => c.heading)).toEqual(['Mått', 'Egen kommun', 'Riket', 'Länet']);
    expect(table.rows).toEqual([['SA01 Barn och ungas utveckling', 0.1, null, null]]);
    expect(table.columns[2]).toMatchObject({ kind: 'share', emptyText: '..' });
  });

  it("answers the kommun's own indicator as its answer and the others as counts", () => {
    const ownIndicators: NationalTable = { ...own, table: 'indicators', rows: [{ measure: 'ind_forvaltat', ja: 0, delvis: 1, nej: 0, n: 1 }] };
    const published: PublishedTable = {
      ...national,
      table: 'indicators',
      rows: [{ measure: 'ind_forvaltat', ja: 12, delvis: null, nej: null, n: 14, suppressed: ['delvis', 'nej'] }],
    };
    const [line] = comparisonLines('indicators', [{ heading: 'Egen', table: ownIndicators }, { heading: 'Riket', table: published }], 'G', names);
    expect(line.values.map((v) => comparisonText(line.kind, v))).toEqual(['delvis', 'ja 12, delvis .., nej ..']);
  });

  it('reads the staff figures by path', () => {
    const caseworkers: NationalTable = {
      round: '2016',
      filters: {},
      policy: null,
      table: 'caseworkers',
      fte: { K: '4.0', M: '1.0', A: '0.0', total: '5.0' },
      socionomUnder1YearFte: '0.0',
      withoutSocionomFte: { K: '0.0', M: '0.0', A: '0.0', total: '0.0' },
      fortbildning: 2,
      vidareutbildning: 0,
      magister: 0,
      n: 1,
      nEducation: 1,
    };
    const lines = comparisonLines('caseworkers', [{ heading: 'Egen', table: caseworkers }], 'G', names);
    expect(lines.slice(0, 4).map((l) => comparisonText(l.kind, l.values[0]))).toEqual(['4,0', '1,0', '0,0', '5,0']);
    expect(comparisonText(lines[6].kind, lines[6].values[0])).toBe('2');
  });
});

describe('comparisonTrendLines', () => {
  const trend: ComparisonTrend = {
    round: '2017',
    frameworkId: 'f1',
    rounds: [],
    areas: [
      {
        area: 'SA',
        points: [
          { round: '2016', own: { G: '0.6', F: '0.3', S: '0.1' }, national: { G: '0.5', F: '0.3', S: null } },
          { round: '2017', own: null, national: { G: '0.55', F: '0.3', S: '0.15' } },
        ],
      },
    ],
    topics: [],
  };

  it('draws the own line and the national one, leaving gaps where there is no value', () => {
    expect(comparisonTrendLines(trend, 'SA', 'S')).toEqual([
      { name: 'Egen kommun', series: [{ name: '2016', value: 10 }] },
      { name: 'Riket', series: [{ name: '2017', value: 15 }] },
    ]);
  });
});

import {
  type AggregateCell,
  CellIndex,
  areaRows,
  caseworkerFigures,
  displayPercent,
  exactShare,
  indicatorRows,
  meanOfShares,
  teamLeaderFigures,
  topicRows,
} from './national-tables';

const cell = (measure: string, topic: string, level: string, gender: string, answer: string, valueSum: string, kommuner = 1, nonzero = 1): AggregateCell => ({
  measure,
  topic,
  level,
  gender,
  answer,
  valueSum,
  kommuner,
  nonzero,
});
const coverage = (measure: string, topic: string, total: string, kommuner: number, nonzero: number) =>
  cell(measure, topic, '*', '*', '*', total, kommuner, nonzero);

describe('exactShare', () => {
  it('writes the fraction to 18 decimals, rounded half away from zero there, without trailing zeros', () => {
    expect(exactShare(16n, 35n)).toBe('0.457142857142857143');
    expect(exactShare(1n, 2n)).toBe('0.5');
    expect(exactShare(0n, 7n)).toBe('0');
    expect(exactShare(7n, 7n)).toBe('1');
  });
  it('has no share without a total (not assessed is not saknar)', () => {
    expect(exactShare(0n, 0n)).toBeNull();
  });
});

describe('meanOfShares', () => {
  it('is the exact unweighted mean of the topics with a total', () => {
    // (137/210 + 3/5) / 2 = 0.626190476190476190476…
    expect(meanOfShares([{ part: 137n, total: 210n }, { part: 30n, total: 50n }, { part: 0n, total: 0n }])).toBe('0.62619047619047619');
    expect(meanOfShares([{ part: 1n, total: 3n }, { part: 2n, total: 3n }])).toBe('0.5');
    expect(meanOfShares([{ part: 0n, total: 0n }])).toBeNull();
  });
});

describe('displayPercent', () => {
  it('rounds the unrounded fraction once, half away from zero, to one decimal of percent', () => {
    expect(displayPercent('0.457142857142857143')).toBe('45.7');
    expect(displayPercent('0.6125')).toBe('61.3');
    expect(displayPercent('0.61249999')).toBe('61.2');
    expect(displayPercent('1')).toBe('100.0');
    expect(displayPercent(null)).toBeNull();
  });
});

describe('the national tables from kept cells', () => {
  const topics = [
    { code: 'SA01', area: 'SA' },
    { code: 'SA02', area: 'SA' },
    { code: 'JU01', area: 'JU' },
  ];
  const cells = new CellIndex([
    cell('bedomning_fte', 'SA01', 'G', '', '', '13.7', 3, 3),
    cell('bedomning_fte', 'SA01', 'F', '', '', '4.8', 3, 2),
    cell('bedomning_fte', 'SA01', 'S', '', '', '2.5', 3, 2),
    cell('bedomning_fte', 'SA02', 'G', '', '', '3.0'),
    cell('bedomning_fte', 'SA02', 'F', '', '', '1.0'),
    cell('bedomning_fte', 'SA02', 'S', '', '', '1.0'),
    coverage('bedomning_fte', 'SA01', '21.0', 3, 3),
    coverage('bedomning_fte', 'SA02', '5.0', 2, 1),
    coverage('bedomning_fte', '@SA', '26.0', 3, 3),
    cell('handlaggare_fte', '', '', 'K', '', '31.5', 3, 3),
    cell('handlaggare_fte', '', '', 'M', '', '5.0', 2, 2),
    cell('handlaggare_fte', '', '', 'A', '', '0.5'),
    coverage('handlaggare_fte', '', '37.0', 3, 3),
    cell('handlaggare_fortbildning_antal', '', '', '', '', '12'),
    coverage('handlaggare_fortbildning_antal', '', '12', 1, 1),
    cell('arbetsledare_antal', '', '', 'K', '', '3'),
    cell('arbetsledare_antal', '', '', 'M', '', '1'),
    coverage('arbetsledare_antal', '', '4', 2, 1),
    cell('ind_forvaltat', '', '', '', 'ja', '2', 2, 2),
    cell('ind_forvaltat', '', '', '', 'nej', '1'),
    coverage('ind_forvaltat', '', '3', 3, 3),
  ]);

  it('topics: FTE per level, exact total and shares, N = kommuner with a non-zero total', () => {
    const [sa01, sa02, ju01] = topicRows(topics, cells);
    expect(sa01).toEqual({
      topic: 'SA01',
      area: 'SA',
      fte: { G: '13.7', F: '4.8', S: '2.5' },
      total: '21.0',
      share: { G: '0.652380952380952381', F: '0.228571428571428571', S: '0.119047619047619048' },
      n: 3,
    });
    expect(sa02.n).toBe(1);
    expect(ju01).toEqual({
      topic: 'JU01',
      area: 'JU',
      fte: { G: '0.0', F: '0.0', S: '0.0' },
      total: '0.0',
      share: { G: null, F: null, S: null },
      n: 0,
    });
  });

  it('areas: both conventions, the mean of topic shares and the FTE-pooled share', () => {
    const [sa] = areaRows(topics, cells);
    expect(sa).toEqual({
      area: 'SA',
      meanOfTopicShares: { G: '0.62619047619047619', F: '0.214285714285714286', S: '0.159523809523809524' },
      pooledShare: { G: '0.642307692307692308', F: '0.223076923076923077', S: '0.134615384615384615' },
      fte: { G: '16.7', F: '5.8', S: '3.5' },
      n: 3,
    });
    // The two conventions differ whenever topics differ in size: the report's is not a pooled share.
    expect(sa.meanOfTopicShares.G).not.toBe(sa.pooledShare.G);
  });

  it('caseworkers, team leaders and indicators, with N = kommuner that reported the measure', () => {
    expect(caseworkerFigures(cells)).toMatchObject({
      fte: { K: '31.5', M: '5.0', A: '0.5', total: '37.0' },
      socionomUnder1YearFte: '0.0',
      fortbildning: 12,
      n: 3,
      nEducation: 1,
    });
    expect(teamLeaderFigures(cells)).toMatchObject({ count: { K: 3, M: 1, A: 0, total: 4 }, n: 2 });
    expect(indicatorRows(cells).find((r) => r.measure === 'ind_forvaltat')).toEqual({
      measure: 'ind_forvaltat',
      ja: 2,
      delvis: 0,
      nej: 1,
      n: 3,
    });
  });
});

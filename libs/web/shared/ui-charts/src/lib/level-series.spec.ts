import { levelDistributionSeries } from './level-series';

describe('levelDistributionSeries', () => {
  it('gives one bar per item with a segment per level, lacking first, as numbers', () => {
    expect(
      levelDistributionSeries([
        { name: 'Juridik', shares: { insufficient: '36.4', basic: '45.5', advanced: '18.2' } },
      ]),
    ).toEqual([
      {
        name: 'Juridik',
        series: [
          { name: 'Saknar tillräcklig (S)', value: 36.4 },
          { name: 'Grundläggande (G)', value: 45.5 },
          { name: 'Fördjupad (F)', value: 18.2 },
        ],
      },
    ]);
  });

  it('leaves out an item nobody was assessed in', () => {
    const series = levelDistributionSeries([
      { name: 'Juridik', shares: { insufficient: null, basic: null, advanced: null } },
      { name: 'Utredning', shares: { insufficient: '0.0', basic: '100.0', advanced: '0.0' } },
    ]);
    expect(series.map((bar) => bar.name)).toEqual(['Utredning']);
    expect(series[0].series.map((point) => point.value)).toEqual([0, 100, 0]);
  });

  it('keeps the order of the items', () => {
    const shares = { insufficient: '10.0', basic: '80.0', advanced: '10.0' };
    expect(
      levelDistributionSeries([
        { name: 'B', shares },
        { name: 'A', shares },
      ]).map((bar) => bar.name),
    ).toEqual(['B', 'A']);
  });
});

import { CellIndex, type AggregateCell } from './national-tables';
import { trendPoint } from './national-trend';

const cell = (topic: string, level: string, valueSum: string): AggregateCell => ({
  measure: 'bedomning_fte',
  topic,
  level,
  gender: '',
  answer: '',
  valueSum,
  kommuner: 1,
  nonzero: 1,
});
const coverage = (topic: string, nonzero: number): AggregateCell => ({ ...cell(topic, '*', '0'), gender: '*', answer: '*', nonzero, kommuner: nonzero });

describe('trendPoint', () => {
  const cells = new CellIndex([
    cell('A', 'G', '3.0'),
    cell('A', 'S', '1.0'),
    cell('B', 'G', '1.0'),
    cell('B', 'F', '3.0'),
    coverage('A', 4),
    coverage('B', 6),
  ]);

  it('carries a renamed topic over and pools a merged topic’s sources', () => {
    expect(trendPoint('2015', { kind: 'renamed', sources: ['A'] }, cells)).toEqual({
      round: '2015',
      kind: 'renamed',
      fte: { G: '3.0', F: '0.0', S: '1.0' },
      total: '4.0',
      share: { G: '0.75', F: '0', S: '0.25' },
      n: 4,
    });
    expect(trendPoint('2015', { kind: 'merged', sources: ['A', 'B'] }, cells)).toMatchObject({
      fte: { G: '4.0', F: '3.0', S: '1.0' },
      share: { G: '0.5', F: '0.375', S: '0.125' },
      n: 6,
    });
  });

  it('has no figures for a new topic', () => {
    expect(trendPoint('2015', { kind: 'new', sources: [] }, cells)).toMatchObject({
      total: '0.0',
      share: { G: null, F: null, S: null },
      n: 0,
    });
  });
});

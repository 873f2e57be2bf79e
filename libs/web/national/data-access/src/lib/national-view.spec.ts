import type { TopicTableRow } from '@kl/shared/contracts';
import { fileErrorText, fteText, levelBars, responseRateText, sharePercent, topicsExport } from './national-view';

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
});

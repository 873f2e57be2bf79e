import { isSuppressed, publishedLevelBars, publishedText } from './public-view';

describe('published values on the public page', () => {
  const row = { fte: { G: '2794.5', F: null, S: '0.0' }, share: { G: '0.615461953749586609', F: null, S: null }, suppressed: ['fte.F', 'share.F'] };

  it('shows `..` for a suppressed value, `–` for a share of nobody, Swedish numbers otherwise', () => {
    expect(publishedText(row, 'fte.G', 'fte')).toBe('2\u00a0794,5');
    expect(publishedText(row, 'share.G', 'share')).toBe('61,5 %');
    expect(publishedText(row, 'fte.F', 'fte')).toBe('..');
    expect(publishedText(row, 'share.F', 'share')).toBe('..');
    expect(publishedText(row, 'share.S', 'share')).toBe('–');
    expect(isSuppressed(row, 'share.F')).toBe(true);
    expect(isSuppressed(row, 'share.S')).toBe(false);
  });

  it('draws no bar for a row with a level left out, rather than a zero', () => {
    const bars = publishedLevelBars([
      { name: 'Hel', share: { G: '0.5', F: '0.25', S: '0.25' } },
      { name: 'Dold', share: { G: '0.5', F: null, S: null } },
    ]);
    expect(bars.map((b) => b.name)).toEqual(['Hel']);
    expect(bars[0].series.map((s) => s.value)).toEqual([25, 50, 25]);
  });
});

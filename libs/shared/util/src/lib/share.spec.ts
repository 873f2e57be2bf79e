import { fteFromScaled, sharePercent, sumDecimals } from './share';

describe('sharePercent', () => {
  it('computes FTE-weighted shares from exact sums', () => {
    expect(sharePercent('2.50', '7.50')).toBe('33.3');
    expect(sharePercent('5.00', '7.50')).toBe('66.7');
    expect(sharePercent('0.75', '0.75', 0)).toBe('100');
  });

  it('rounds a tie half away from zero', () => {
    expect(sharePercent('1', '8', 0)).toBe('13');
    expect(sharePercent('1', '16', 2)).toBe('6.25');
    expect(sharePercent('1', '16', 1)).toBe('6.3');
  });

  it('has no share when nothing was assessed', () => {
    expect(sharePercent('0', '0')).toBeNull();
  });

  it('accepts decimal comma', () => {
    expect(sharePercent('0,5', '2')).toBe('25.0');
  });
});

describe('sumDecimals', () => {
  it('adds without floating point error', () => {
    expect(sumDecimals(['0.1', '0.2'])).toBe('0.30');
    expect(sumDecimals(Array.from({ length: 10 }, () => '0.10'))).toBe('1.00');
    expect(sumDecimals([])).toBe('0.00');
  });
});

describe('fteFromScaled', () => {
  it('gives two decimals, or three when the third is needed', () => {
    expect(fteFromScaled(1250n)).toBe('1.25');
    expect(fteFromScaled(875n)).toBe('0.875');
    expect(fteFromScaled(0n)).toBe('0.00');
    expect(fteFromScaled(12375n)).toBe('12.375');
  });
});

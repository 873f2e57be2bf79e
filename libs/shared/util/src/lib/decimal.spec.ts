import { fromScaled, roundDecimal, roundRatio, toScaled } from './decimal';

describe('toScaled', () => {
  it.each([
    ['0.75', 2, 75n],
    ['37,5', 2, 3750n],
    ['1', 2, 100n],
    ['-0.5', 1, -5n],
    ['0.10', 1, 1n],
    [0.3, 2, 30n],
  ])('parses %p at scale %p', (input, scale, expected) => {
    expect(toScaled(input, scale)).toBe(expected);
  });

  it('rejects more decimals than the scale instead of rounding', () => {
    expect(() => toScaled('0.125', 2)).toThrow(RangeError);
  });

  it.each(['', 'abc', '1.2.3', '1e3', ' , '])('rejects %p', (input) => {
    expect(() => toScaled(input, 2)).toThrow(RangeError);
  });
});

describe('fromScaled', () => {
  it.each([
    [75n, 2, '0.75'],
    [3750n, 2, '37.50'],
    [-5n, 1, '-0.5'],
    [0n, 2, '0.00'],
    [12n, 0, '12'],
  ])('formats %p at scale %p', (units, scale, expected) => {
    expect(fromScaled(units, scale)).toBe(expected);
  });
});

describe('roundRatio', () => {
  it('rounds half away from zero where floating point would not', () => {
    // 0.125 → 0.13 (float rounding of 0.125*100 gives 12.5 → 13 by chance, but 1.005 fails)
    expect(roundRatio(1n, 8n, 2)).toBe('0.13');
    expect(roundRatio(1005n, 1000n, 2)).toBe('1.01');
    expect(roundRatio(-1n, 8n, 2)).toBe('-0.13');
  });

  it('rounds a share of FTE sums exactly', () => {
    // 2.5 of 7.5 FTE = 33.333…% → 33.3
    expect(roundRatio(toScaled('2.5', 2) * 100n, toScaled('7.5', 2), 1)).toBe('33.3');
    // 1 of 8 = 12.5% → 13 at 0 decimals (half away from zero, not to even)
    expect(roundRatio(100n, 8n, 0)).toBe('13');
  });

  it('refuses a zero denominator', () => {
    expect(() => roundRatio(1n, 0n, 1)).toThrow(RangeError);
  });
});

describe('roundDecimal', () => {
  it.each([
    ['2.45', 1, '2.5'],
    ['2.44', 1, '2.4'],
    ['-2.45', 1, '-2.5'],
    ['1.005', 2, '1.01'],
    ['3', 1, '3.0'],
    [2.675, 2, '2.68'],
  ])('rounds %p to %p decimals', (input, decimals, expected) => {
    expect(roundDecimal(input, decimals)).toBe(expected);
  });
});

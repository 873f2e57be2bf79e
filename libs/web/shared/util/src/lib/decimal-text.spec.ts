import { roundDecimalText, swedishDecimal, swedishFte, swedishPercent } from './decimal-text';

describe('roundDecimalText', () => {
  it.each([
    ['12.34', 1, '12.3'],
    ['12.35', 1, '12.4'],
    ['0.35', 1, '0.4'],
    ['0.05', 1, '0.1'],
    ['-0.05', 1, '-0.1'],
    ['-0.04', 1, '0.0'],
    ['9.95', 1, '10.0'],
    ['7', 1, '7.0'],
    ['3.333', 0, '3'],
    ['2.5', 0, '3'],
    ['.5', 1, '0.5'],
  ])('rounds %s to %i decimals as %s, half away from zero', (value, digits, expected) => {
    expect(roundDecimalText(value, digits)).toBe(expected);
  });

  it('refuses what is not a decimal', () => {
    expect(() => roundDecimalText('1,5', 1)).toThrow('Not a decimal');
  });
});

describe('Swedish number text', () => {
  it('writes FTE with one decimal and a decimal comma', () => {
    expect(swedishDecimal('12.25')).toBe('12,3');
    expect(swedishDecimal('0.00')).toBe('0,0');
  });

  it('writes shares as percent with one decimal, and a dash when nobody was assessed', () => {
    expect(swedishPercent('33.3')).toBe('33,3 %');
    expect(swedishPercent('100')).toBe('100,0 %');
    expect(swedishPercent(null)).toBe('–');
  });
});

describe('swedishFte', () => {
  it('writes årsarbetare with two decimals, or three when the sum has a third', () => {
    expect(swedishFte('2.25')).toBe('2,25');
    expect(swedishFte('2.250')).toBe('2,25');
    expect(swedishFte('0.875')).toBe('0,875');
    expect(swedishFte('12')).toBe('12,00');
  });
});

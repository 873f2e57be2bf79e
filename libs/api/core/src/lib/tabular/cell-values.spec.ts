import { choiceMap, parseChoice, parseDate, parseDecimal, parseInteger, parseText, parseYesNo } from './cell-values';
import { headerKey } from './header-name';

describe('headerKey', () => {
  it.each([
    ['Kön', 'kon'],
    ['  ANSTÄLLD_FRÅN ', 'anstalld_fran'],
    ['Sysselsättningsgrad', 'sysselsattningsgrad'],
    ['Ko\u0308n', 'kon'],
  ])('matches %p as %p', (header, key) => expect(headerKey(header)).toBe(key));

  it('keeps inner spaces and other letters apart', () => {
    expect(headerKey('anstalld fran')).not.toBe(headerKey('anstalld_fran'));
    expect(headerKey('kén')).not.toBe('kon');
  });
});

describe('parseDecimal', () => {
  it.each([
    ['37,5', 37.5],
    ['37.5', 37.5],
    [' 100 ', 100],
    ['1\u00a0500,25', 1500.25],
    ['50 %', 50],
    [',5', 0.5],
    [42, 42],
  ])('reads %p as %p', (cell, value) => expect(parseDecimal(cell)).toEqual({ ok: true, value }));

  it.each([['37,5,1'], ['abc'], ['1e3'], ['--1'], [true], [new Date(0)], [Number.NaN]])('refuses %p', (cell) =>
    expect(parseDecimal(cell)).toEqual({ ok: false, code: 'invalid_number' }),
  );

  it('reads empty as null', () => expect(parseDecimal(null)).toEqual({ ok: true, value: null }));

  it('refuses a fraction where a whole number is needed', () => {
    expect(parseInteger('1987')).toEqual({ ok: true, value: 1987 });
    expect(parseInteger('1987,5')).toEqual({ ok: false, code: 'invalid_number' });
  });
});

describe('parseDate', () => {
  it.each([
    ['2024-02-29', '2024-02-29'],
    ['2024-02-29 00:00:00', '2024-02-29'],
    [45000, '2023-03-15'],
    ['45000', '2023-03-15'],
    [1, '1899-12-31'],
    [new Date(Date.UTC(2020, 0, 5)), '2020-01-05'],
    [new Date(Date.UTC(2020, 0, 4, 23, 59, 59, 999)), '2020-01-05'],
  ])('reads %p as %p', (cell, value) => expect(parseDate(cell)).toEqual({ ok: true, value }));

  it.each([['2023-02-29'], ['2023-13-01'], ['15/3/2023'], ['2023-3-5'], [0], [-4], [3_000_000], [true], ['45000,5x']])(
    'refuses %p',
    (cell) => expect(parseDate(cell)).toEqual({ ok: false, code: 'invalid_date' }),
  );
});

describe('parseYesNo', () => {
  it.each([['ja', true], ['J', true], ['yes', true], ['1', true], [1, true], [true, true], ['nej', false], ['N', false], ['no', false], ['0', false], [false, false], ['FALSKT', false]])(
    'reads %p as %p',
    (cell, value) => expect(parseYesNo(cell)).toEqual({ ok: true, value }),
  );

  it('refuses anything else', () => expect(parseYesNo('kanske')).toEqual({ ok: false, code: 'invalid_yes_no' }));
});

describe('parseChoice and parseText', () => {
  const levels = choiceMap([
    ['G', 'basic'],
    ['grundläggande', 'basic'],
    ['utländsk  socionomexamen', 'foreign'],
  ]);

  it('matches written forms whatever their case and spacing', () => {
    expect(parseChoice(' g ', levels)).toEqual({ ok: true, value: 'basic' });
    expect(parseChoice('GRUNDLÄGGANDE', levels)).toEqual({ ok: true, value: 'basic' });
    expect(parseChoice('Utländsk socionomexamen', levels)).toEqual({ ok: true, value: 'foreign' });
    expect(parseChoice('grundlaggande', levels)).toEqual({ ok: false, code: 'invalid_choice' });
  });

  it('writes numbers and dates as text, and refuses control characters and overlong text', () => {
    expect(parseText(1234, 40)).toEqual({ ok: true, value: '1234' });
    expect(parseText(new Date(Date.UTC(2020, 0, 5)), 40)).toEqual({ ok: true, value: '2020-01-05' });
    expect(parseText('a\u0000b', 40)).toEqual({ ok: false, code: 'invalid_format' });
    expect(parseText('\ud800x', 40)).toEqual({ ok: false, code: 'invalid_format' });
    expect(parseText('abcdef', 5)).toEqual({ ok: false, code: 'max_length' });
  });
});

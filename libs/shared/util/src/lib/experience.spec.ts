import { experienceBands, fullYearsBetween, parseIsoDate } from './experience';

describe('fullYearsBetween', () => {
  it.each([
    ['2020-03-15', '2026-03-14', 5],
    ['2020-03-15', '2026-03-15', 6],
    ['2020-02-29', '2021-02-28', 0],
    ['2020-02-29', '2021-03-01', 1],
    ['2026-01-01', '2026-01-01', 0],
  ])('from %s to %s is %d full years', (from, to, years) => {
    expect(fullYearsBetween(from, to)).toBe(years);
  });
});

describe('experienceBands', () => {
  const ref = '2026-10-01';
  it('puts a new caseworker in every "less than" band', () => {
    expect(experienceBands('2026-03-01', ref)).toEqual({
      under1: true,
      under2: true,
      under3: true,
      over4: false,
    });
  });

  it('leaves "under 1" on the day of the first anniversary', () => {
    expect(experienceBands('2025-10-01', ref).under1).toBe(false);
    expect(experienceBands('2025-10-02', ref).under1).toBe(true);
  });

  it('counts more than four years only past the fourth anniversary', () => {
    expect(experienceBands('2022-10-01', ref).over4).toBe(false);
    expect(experienceBands('2022-09-30', ref).over4).toBe(true);
    expect(experienceBands('2015-01-01', ref)).toEqual({
      under1: false,
      under2: false,
      under3: false,
      over4: true,
    });
  });

  it('places 3–4 years in no band, as the national tables do', () => {
    expect(experienceBands('2023-06-01', ref)).toEqual({
      under1: false,
      under2: false,
      under3: false,
      over4: false,
    });
  });
});

describe('parseIsoDate', () => {
  it.each(['2026-02-30', '26-01-01', '2026-1-1', ''])('rejects %p', (value) => {
    expect(() => parseIsoDate(value)).toThrow(RangeError);
  });
});

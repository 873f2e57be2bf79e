import type { EmploymentPeriodInput } from './workforce';
import { addYears, ageStructure, headcountOn, median, retentionCohorts, retirementsWithin, turnoverIn } from './workforce';
import { workforceForecast } from './workforce-forecast';

const period = (personKey: string, employmentStart: string, employmentEnd: string | null = null, extra: Partial<EmploymentPeriodInput> = {}): EmploymentPeriodInput => ({
  personKey,
  employmentType: 'permanent',
  fte: '1.000',
  degree: 'social_work',
  degreeYear: 2000,
  employmentStart,
  employmentEnd,
  leavingReason: employmentEnd ? 'other_employer' : null,
  ...extra,
});

describe('turnover', () => {
  // 2024 is a leap year: 366 days.
  const periods = [
    period('a', '2020-01-01'), // 366 days
    period('b', '2024-07-01'), // mid-year start: 184 days
    period('c', '2019-05-01', '2024-03-31'), // mid-year end: 91 days, a leaver
    period('d', '2020-01-01', null, { employmentType: 'consultant' }), // not an employee
    period('e', '2022-01-01', '2024-01-31', { leavingReason: 'other_kommun_social_services' }), // 31 days, a leaver
    period('e', '2024-09-01'), // came back: 122 days
    period('f', '2018-01-01', '2023-12-31'), // left the year before
  ];

  it('divides leavers by the person-days employed over the days of the period', () => {
    expect(turnoverIn(periods, '2024-01-01', '2024-12-31')).toEqual({
      from: '2024-01-01',
      to: '2024-12-31',
      leavers: 2,
      averageHeadcount: '2.17', // 794 / 366
      rate: '0.9219', // 2 × 366 / 794
      byReason: { other_kommun_social_services: 1, other_employer: 1, left_profession: 0, retirement: 0, other: 0, unknown: 0 },
    });
  });

  it('counts a leave on the last day of the period and leaves out excluded reasons', () => {
    expect(turnoverIn(periods, '2023-01-01', '2023-12-31').leavers).toBe(1);
    expect(turnoverIn(periods, '2023-01-01', '2023-12-31', ['other_employer']).leavers).toBe(0);
    expect(turnoverIn([], '2023-01-01', '2023-12-31').rate).toBeNull();
  });

  it('counts employees and FTE on a day, consultants apart, the end day included', () => {
    expect(headcountOn(periods, '2024-03-31')).toEqual({ date: '2024-03-31', headcount: 2, fte: '2.00', consultantFte: '1.00' });
    expect(headcountOn(periods, '2024-04-01').headcount).toBe(1);
  });
});

describe('retention of new hires and new graduates', () => {
  const periods = [
    period('p1', '2023-03-01', null, { degreeYear: 2010 }),
    period('p2', '2023-06-15', '2024-06-14'), // leaves the day before the first anniversary
    period('p3', '2023-09-01', '2024-12-31'),
    period('p3', '2025-08-01'), // back before the second anniversary
    period('p4', '2023-12-10', null, { degreeYear: 2023 }), // a new graduate; third anniversary not yet
  ];
  const [hires, graduates] = retentionCohorts(periods, 2023, 2023, '2026-12-04');

  it('counts those employed on each anniversary over those whose anniversary has passed', () => {
    expect(hires).toEqual({
      year: 2023,
      group: 'hires',
      hires: 4,
      after: [
        { years: 1, eligible: 4, retained: 3, share: '0.7500' },
        { years: 2, eligible: 4, retained: 3, share: '0.7500' },
        { years: 3, eligible: 3, retained: 2, share: '0.6667' },
      ],
    });
  });

  it('takes as new graduates those whose degree is at most a year older than the start', () => {
    expect(graduates.hires).toBe(1);
    expect(graduates.after.map((a) => a.share)).toEqual(['1.0000', '1.0000', null]);
  });

  it('moves 29 February to 28 February', () => {
    expect(addYears('2024-02-29', 1)).toBe('2025-02-28');
  });
});

describe('age and retirements', () => {
  it('bands by the age reached in the year, unknown apart', () => {
    const people = [1997, 1996, 1967, 1966, null].map((birthYear) => ({ birthYear, fte: '1.000' }));
    expect(ageStructure(people, 2026)).toEqual({
      bands: [
        { band: '-29', headcount: 1 },
        { band: '30-39', headcount: 1 },
        { band: '40-49', headcount: 0 },
        { band: '50-59', headcount: 1 },
        { band: '60-', headcount: 1 },
      ],
      unknown: 1,
    });
  });

  it('counts a retirement in the year the pension age is reached, those past it from the first', () => {
    const people = [
      { birthYear: 1959, fte: '1.000' }, // 67 in 2026: already
      { birthYear: 1960, fte: '0.500' }, // 2027
      { birthYear: 1961, fte: '1.000' }, // 2028
      { birthYear: 1964, fte: '1.000' }, // 2031
      { birthYear: 1965, fte: '1.000' }, // 2032
      { birthYear: null, fte: '1.000' },
    ];
    expect(retirementsWithin(people, 67, 2026)).toEqual([
      { years: 1, headcount: 2, fte: '1.50' },
      { years: 3, headcount: 3, fte: '2.50' },
      { years: 5, headcount: 4, fte: '3.50' },
    ]);
  });

  it('takes the median of days to fill', () => {
    expect(median([30, 10, 20])).toBe(20);
    expect(median([10, 20])).toBe(15);
    expect(median([])).toBeNull();
  });
});

describe('three-year forecast', () => {
  // Ten employees a year; leavers at the end of 2023 (1), 2024 (2) and 2025 (3 + one retirement).
  const stay = (key: string, end: string | null = null, reason: EmploymentPeriodInput['leavingReason'] = null) => period(key, '2020-01-01', end, { leavingReason: reason });
  const periods = [
    ...['s1', 's2', 's3'].map((k) => stay(k)),
    stay('x1', '2023-12-31'),
    stay('x2', '2024-12-31'),
    stay('x3', '2024-12-31'),
    stay('x4', '2025-12-31'),
    stay('x5', '2025-12-31'),
    stay('x6', '2025-12-31'),
    stay('r1', '2025-12-31', 'retirement'),
    period('n1', '2024-01-01'),
    period('n2', '2025-01-01'),
    period('n3', '2025-01-01'),
  ];
  const forecast = workforceForecast({
    referenceDate: '2026-06-30',
    pensionAge: 67,
    periods,
    people: [
      { birthYear: 1958, fte: '1.000', levels: new Map() }, // past the age: retires in the first year
      { birthYear: 1960, fte: '1.000', levels: new Map([['A', 'advanced']]) }, // 2027
      { birthYear: null, fte: '0.500', levels: new Map([['A', 'advanced']]) },
      { birthYear: null, fte: '1.000', levels: new Map([['A', 'basic']]) },
      ...Array.from({ length: 6 }, () => ({ birthYear: null, fte: '1.000', levels: new Map<string, string>() })),
    ],
    plannedChanges: [{ year: 2027, headcountChange: 1 }],
    topics: [
      { code: 'B', name: 'Utan risk' },
      { code: 'A', name: 'Med risk' },
    ],
    pipeline: new Map([['A', { people: 2, fte: '1.50' }]]),
    roundName: 'Hösten 2026',
  });

  it('rests on the last three full years of turnover without retirements', () => {
    expect(forecast.basis).toEqual([
      { year: 2023, rate: '0.1000' },
      { year: 2024, rate: '0.2000' },
      { year: 2025, rate: '0.3000' },
    ]);
  });

  it('expects leavers among those staying, retirements and planned change each year, with a range', () => {
    expect(forecast.years[0]).toEqual({
      year: 2027,
      leavers: { low: '0.8', expected: '1.6', high: '2.4' },
      retirements: 2,
      plannedChange: 1,
      recruitment: { low: '3.8', expected: '4.6', high: '5.4' },
    });
    expect(forecast.years[1]).toEqual({
      year: 2028,
      leavers: { low: '0.8', expected: '1.6', high: '2.4' },
      retirements: 0,
      plannedChange: 0,
      recruitment: { low: '0.8', expected: '1.6', high: '2.4' },
    });
  });

  it('weights each level by the chance of leaving within three years, largest risk first, beside the pipeline', () => {
    // 1.0 (retires) + 0.5 × (1 − 0.8³) = 1.244 at fördjupad; 1.0 × 0.488 at grundläggande.
    expect(forecast.competenceAtRisk).toEqual([
      { topicCode: 'A', topicName: 'Med risk', advancedFteAtRisk: '1.24', basicFteAtRisk: '0.49', pipelinePeople: 2, pipelineFte: '1.50' },
      { topicCode: 'B', topicName: 'Utan risk', advancedFteAtRisk: '0.00', basicFteAtRisk: '0.00', pipelinePeople: 0, pipelineFte: '0.00' },
    ]);
  });
});

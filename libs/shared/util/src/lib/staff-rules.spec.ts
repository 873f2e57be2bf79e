import { experienceBand, experienceYears, isEmployed, staffRuleErrors, todayInSweden, type StaffRuleInput } from './staff-rules';

describe('experienceBand', () => {
  const ref = '2026-10-01';
  it.each([
    ['2026-03-01', '<1'],
    ['2025-10-02', '<1'],
    ['2025-10-01', '<2'],
    ['2024-10-01', '<3'],
    ['2023-10-01', '3-4'],
    ['2022-10-01', '3-4'],
    ['2022-09-30', '>4'],
  ])('experience from %s is %s at the reference date', (from, band) => {
    expect(experienceBand(from, ref)).toBe(band);
  });
});

describe('experienceYears', () => {
  it('counts whole years and never goes below zero', () => {
    expect(experienceYears('2020-10-02', '2026-10-01')).toBe(5);
    expect(experienceYears('2027-01-01', '2026-10-01')).toBe(0);
  });
});

describe('isEmployed', () => {
  it('keeps a person active through their last day', () => {
    expect(isEmployed(null, '2026-10-01')).toBe(true);
    expect(isEmployed('2026-10-01', '2026-10-01')).toBe(true);
    expect(isEmployed('2026-09-30', '2026-10-01')).toBe(false);
  });
});

describe('staffRuleErrors', () => {
  const today = '2026-10-01';
  const valid: StaffRuleInput = {
    role: 'caseworker',
    employmentStart: '2020-01-01',
    employmentEnd: null,
    experienceStart: '2019-06-01',
    degreeYear: 2019,
    qualificationStatus: 'qualified',
    dispensationUntil: null,
    firstManagerialJob: null,
    needsDevelopment: null,
  };

  it('accepts a valid caseworker and a valid team leader', () => {
    expect(staffRuleErrors(valid, today)).toEqual({});
    expect(staffRuleErrors({ ...valid, role: 'team_leader', firstManagerialJob: true, needsDevelopment: false }, today)).toEqual({});
  });

  it('requires a date with dispensation (SOSFS 2014:7) and refuses one without', () => {
    expect(staffRuleErrors({ ...valid, qualificationStatus: 'dispensation' }, today)).toEqual({ dispensationUntil: 'required' });
    expect(staffRuleErrors({ ...valid, qualificationStatus: 'dispensation', dispensationUntil: '2027-06-30' }, today)).toEqual({});
    expect(staffRuleErrors({ ...valid, dispensationUntil: '2027-06-30' }, today)).toEqual({ dispensationUntil: 'not_allowed' });
    expect(staffRuleErrors({ ...valid, qualificationStatus: null, dispensationUntil: '2027-06-30' }, today)).toEqual({ dispensationUntil: 'not_allowed' });
  });

  it('refuses an end of employment before its start', () => {
    expect(staffRuleErrors({ ...valid, employmentEnd: '2019-12-31' }, today)).toEqual({ employmentEnd: 'before_start' });
    expect(staffRuleErrors({ ...valid, employmentEnd: '2020-01-01' }, today)).toEqual({});
  });

  it('refuses experience starting or a degree taken in the future', () => {
    expect(staffRuleErrors({ ...valid, experienceStart: '2026-10-02', degreeYear: 2027 }, today)).toEqual({
      experienceStart: 'in_future',
      degreeYear: 'in_future',
    });
  });

  it('asks first managerial job and need of development of team leaders only', () => {
    expect(staffRuleErrors({ ...valid, firstManagerialJob: false, needsDevelopment: true }, today)).toEqual({
      firstManagerialJob: 'not_allowed',
      needsDevelopment: 'not_allowed',
    });
  });
});

describe('todayInSweden', () => {
  it('uses the Swedish calendar day, not UTC', () => {
    expect(todayInSweden(new Date('2026-06-30T22:30:00Z'))).toBe('2026-07-01');
    expect(todayInSweden(new Date('2026-01-15T12:00:00Z'))).toBe('2026-01-15');
  });
});

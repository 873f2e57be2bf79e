import type { EmploymentPeriodInput } from './workforce';
import { type StaffingVacancyInput, buildStaffingCells, staffingPeriod } from './staffing-submission';

const period = (personKey: string, start: string, end: string | null, fte = '1', extra: Partial<EmploymentPeriodInput> = {}): EmploymentPeriodInput => ({
  personKey,
  employmentType: 'permanent',
  fte,
  degree: 'social_work',
  degreeYear: null,
  employmentStart: start,
  employmentEnd: end,
  leavingReason: null,
  ...extra,
});

/** Reference date 2026-11-01: the flows are of 2025 (365 days), the stocks on the reference date. */
const CASEWORKERS = [
  period('a', '2020-01-01', null), // the whole year: 365 days
  period('b', '2025-07-01', null, '0.5'), // mid-year start: 184 days
  period('c', '2019-03-01', '2025-03-31', '0.8', { leavingReason: 'other_employer' }), // mid-year end: 90 days, a leaver
  period('d', '2018-01-01', '2025-04-30', '1', { leavingReason: 'other_kommun_social_services' }), // left (120 days) …
  period('d', '2025-09-01', null), // … and came back (122 days): one leaver, both parts employed
  period('e', '2024-01-01', null, '0.75', { employmentType: 'consultant' }), // a consultant: in no headcount
  period('f', '2021-01-01', '2025-12-31'), // left on the year's last day, no reason given: 365 days
  period('g', '2022-01-01', '2026-06-30'), // left after the year, before the reference date: 365 days
];
const TEAM_LEADERS = [
  period('h', '2025-01-01', null), // 365 days
  period('i', '2010-01-01', '2025-06-30', '1', { leavingReason: 'retirement' }), // 181 days
];
const VACANCIES: StaffingVacancyInput[] = [
  { fte: '1', openedOn: '2026-09-01', filledOn: null, difficulty: 'very_hard', coveredByConsultant: true },
  { fte: '1', openedOn: '2026-10-01', filledOn: '2026-11-01', difficulty: 'easy', coveredByConsultant: false },
  { fte: '1', openedOn: '2025-02-01', filledOn: '2025-03-03', difficulty: 'easy', coveredByConsultant: false },
  { fte: '0.5', openedOn: '2024-12-01', filledOn: '2025-02-14', difficulty: 'hard', coveredByConsultant: false },
  { fte: '0.45', openedOn: '2026-10-15', filledOn: null, difficulty: 'hard', coveredByConsultant: false },
];

describe('buildStaffingCells', () => {
  const cells = buildStaffingCells({ periods: { caseworker: CASEWORKERS, team_leader: TEAM_LEADERS }, vacancies: VACANCIES }, '2026-11-01');
  const value = (matt: string) => cells.find((c) => c.matt === matt)?.varde;

  it('counts the flows over the last full calendar year before the reference date', () => {
    expect(staffingPeriod('2026-11-01')).toEqual({ year: 2025, from: '2025-01-01', to: '2025-12-31' });
  });

  it('gives the average headcount from person-days, rounded once to one decimal, and the leavers per ending', () => {
    // (365 + 184 + 90 + 120 + 122 + 365 + 365) / 365 = 4.41
    expect(value('anstallda_handlaggare_medelantal')).toBe('4.4');
    expect(value('slutat_handlaggare_antal')).toBe('3');
    // (365 + 181) / 365 = 1.496
    expect(value('anstallda_arbetsledare_medelantal')).toBe('1.5');
    expect(value('slutat_arbetsledare_antal')).toBe('1');
  });

  it('counts the leavers of both roles by reason, an ending without one apart', () => {
    expect(cells.filter((c) => c.matt.startsWith('slutat_orsak_')).map((c) => [c.matt, c.varde])).toEqual([
      ['slutat_orsak_annan_kommun_antal', '1'],
      ['slutat_orsak_annan_arbetsgivare_antal', '1'],
      ['slutat_orsak_lamnat_yrket_antal', '0'],
      ['slutat_orsak_pension_antal', '1'],
      ['slutat_orsak_annat_antal', '0'],
      ['slutat_orsak_ej_angiven_antal', '1'],
    ]);
  });

  it("gives employees' and consultants' FTE on the reference date, each rounded once half away from zero", () => {
    expect(value('anstallda_handlaggare_fte')).toBe('2.5');
    expect(value('konsult_handlaggare_fte')).toBe('0.8');
    expect(value('anstallda_arbetsledare_fte')).toBe('1.0');
    expect(value('konsult_arbetsledare_fte')).toBe('0.0');
  });

  it('counts vacancies open on the reference date (one filled on it is not), and those filled in the year with their days', () => {
    expect(value('vakans_oppen_antal')).toBe('2');
    expect(value('vakans_oppen_fte')).toBe('1.5');
    expect(value('vakans_oppen_latt_antal')).toBe('0');
    expect(value('vakans_oppen_svar_antal')).toBe('1');
    expect(value('vakans_oppen_mycket_svar_antal')).toBe('1');
    expect(value('vakans_oppen_konsult_antal')).toBe('1');
    expect(value('vakans_tillsatt_antal')).toBe('2');
    expect(value('vakans_tillsatt_dagar')).toBe('105');
  });

  it('reports every measure once, zeros too, with no key', () => {
    const empty = buildStaffingCells({ periods: { caseworker: [], team_leader: [] }, vacancies: [] }, '2026-11-01');
    expect(empty).toHaveLength(22);
    expect(new Set(empty.map((c) => c.matt)).size).toBe(22);
    expect(empty.every((c) => c.inriktning === '' && c.niva === '' && c.kon === '' && Number(c.varde) === 0)).toBe(true);
  });
});

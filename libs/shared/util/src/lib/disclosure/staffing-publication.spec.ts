import type { AggregateCell } from '../national-tables';
import { publishNationalFamily } from './national-publication';

const cell = (measure: string, value: number | string, nonzero: number, reported = nonzero): AggregateCell[] => [
  { measure, topic: '', level: '', gender: '', answer: '', valueSum: String(value), kommuner: reported, nonzero },
  { measure, topic: '', level: '*', gender: '*', answer: '*', valueSum: String(value), kommuner: reported, nonzero },
];
const TOPICS = [{ code: 'T1', area: 'A' }];
const national = [
  ...cell('anstallda_handlaggare_medelantal', '40.5', 10),
  ...cell('slutat_handlaggare_antal', 8, 6, 10),
  ...cell('anstallda_handlaggare_fte', '38.2', 10),
  ...cell('konsult_handlaggare_fte', '4.3', 3, 10),
  // Team leaders in two kommuner only: every figure of theirs rests on too few kommuner.
  ...cell('anstallda_arbetsledare_medelantal', '3.2', 2, 10),
  ...cell('slutat_arbetsledare_antal', 1, 1, 10),
  ...cell('anstallda_arbetsledare_fte', '3.0', 2, 10),
  ...cell('konsult_arbetsledare_fte', '0', 0, 10),
  ...cell('slutat_orsak_annan_kommun_antal', 5, 4, 10),
  ...cell('slutat_orsak_pension_antal', 2, 2, 10),
  ...cell('slutat_orsak_ej_angiven_antal', 2, 2, 10),
  ...cell('vakans_oppen_antal', 6, 4, 8),
  ...cell('vakans_oppen_fte', '5.5', 4, 8),
  ...cell('vakans_oppen_latt_antal', 1, 1, 8),
  ...cell('vakans_oppen_svar_antal', 3, 3, 8),
  ...cell('vakans_oppen_mycket_svar_antal', 2, 2, 8),
  ...cell('vakans_tillsatt_antal', 7, 5, 8),
  ...cell('vakans_tillsatt_dagar', 500, 5, 8),
];

describe('the published staffing table', () => {
  const published = publishNationalFamily({ topics: TOPICS, cells: new Map([['all', national]]), partitions: [] });
  const staffing = published.tables['all'].staffing;
  const reason = (key: string) => published.suppressed.find((s) => s.table === 'staffing' && s.key === key)?.reason ?? null;

  it("hides the team leaders' figures on two kommuner, the caseworkers' with them where the total would give them away", () => {
    expect(staffing.roles.team_leader).toMatchObject({ averageHeadcount: null, leavers: null, turnover: null, employeeFte: null });
    expect(reason('roles.team_leader.averageHeadcount')).toBe('primary');
    expect(reason('roles.team_leader.turnover')).toBe('derived');
    // Both roles are published: the caseworkers' figure is given up, so nothing is recovered by subtraction.
    expect(staffing.total.averageHeadcount).toBe('43.7');
    expect(staffing.roles.caseworker.averageHeadcount).toBeNull();
    expect(reason('roles.caseworker.averageHeadcount')).toBe('complementary');
    expect(staffing.total.turnover).not.toBeNull();
    expect(staffing.roles.caseworker.turnover).toBeNull();
  });

  it('keeps zeros resting on nobody and hides leavers by reason under five persons with a partner', () => {
    expect(staffing.leaversByReason.other_employer).toBe(0);
    expect(staffing.leaversByReason.other_kommun_social_services).toBe(5);
    expect(staffing.leaversByReason.retirement).toBeNull();
    expect(staffing.leaversByReason.unknown).toBeNull();
    expect(reason('leaversByReason.retirement')).toBe('primary');
  });

  it('applies only the kommun threshold to vacancies, posts and not persons', () => {
    expect(staffing.vacancies.byDifficulty.hard).toBe(3);
    expect(staffing.vacancies.byDifficulty.easy).toBeNull();
    expect(staffing.vacancies.byDifficulty.very_hard).toBeNull();
    expect(staffing.vacancies.open).toBe(6);
    expect(staffing.vacancies).toMatchObject({ filled: 7, daysToFill: 500, meanDaysToFill: '71.4', n: 8 });
  });

  it('protects a filtered cell from subtraction: the national cell minus the other län', () => {
    const lan = (leavers: number, nonzero: number) => [
      ...cell('slutat_orsak_pension_antal', leavers, nonzero, 5),
      ...cell('slutat_handlaggare_antal', leavers, nonzero, 5),
      ...cell('anstallda_handlaggare_medelantal', '20', 5),
    ];
    const family = publishNationalFamily({
      topics: TOPICS,
      cells: new Map([
        ['all', [...cell('slutat_orsak_pension_antal', 12, 8, 10), ...cell('slutat_handlaggare_antal', 12, 8, 10), ...cell('anstallda_handlaggare_medelantal', '40', 10)]],
        ['lan=01', lan(10, 6)],
        ['lan=02', lan(2, 2)],
      ]),
      partitions: [['lan=01', 'lan=02']],
    });
    expect(family.tables['lan=02'].staffing.leaversByReason.retirement).toBeNull();
    expect(family.tables['lan=01'].staffing.leaversByReason.retirement).toBeNull();
    expect(family.tables['all'].staffing.leaversByReason.retirement).toBe(12);
    expect(family.tables['all'].staffing.total.turnover).toBe('0.3');
  });
});

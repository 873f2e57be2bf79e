import { CellIndex, type AggregateCell } from './national-tables';
import { staffingFigures } from './national-staffing-table';

const cell = (measure: string, value: number | string, nonzero: number, reported = nonzero): AggregateCell[] => [
  { measure, topic: '', level: '', gender: '', answer: '', valueSum: String(value), kommuner: reported, nonzero },
  { measure, topic: '', level: '*', gender: '*', answer: '*', valueSum: String(value), kommuner: reported, nonzero },
];

describe('staffingFigures', () => {
  const figures = staffingFigures(
    new CellIndex([
      ...cell('anstallda_handlaggare_medelantal', '40.5', 10),
      ...cell('slutat_handlaggare_antal', 8, 6, 10),
      ...cell('anstallda_handlaggare_fte', '38.2', 10),
      ...cell('konsult_handlaggare_fte', '4.3', 3, 10),
      ...cell('anstallda_arbetsledare_medelantal', '9.5', 9, 10),
      ...cell('slutat_arbetsledare_antal', 2, 2, 10),
      ...cell('anstallda_arbetsledare_fte', '9.0', 9, 9),
      ...cell('konsult_arbetsledare_fte', '0', 0, 9),
      ...cell('slutat_orsak_annan_kommun_antal', 5, 4, 10),
      ...cell('slutat_orsak_pension_antal', 3, 3, 10),
      ...cell('slutat_orsak_ej_angiven_antal', 2, 1, 10),
      ...cell('vakans_oppen_antal', 6, 4, 8),
      ...cell('vakans_oppen_fte', '5.5', 4, 8),
      ...cell('vakans_oppen_latt_antal', 1, 1, 8),
      ...cell('vakans_oppen_svar_antal', 3, 2, 8),
      ...cell('vakans_oppen_mycket_svar_antal', 2, 2, 8),
      ...cell('vakans_oppen_konsult_antal', 2, 2, 8),
      ...cell('vakans_tillsatt_antal', 7, 5, 8),
      ...cell('vakans_tillsatt_dagar', 500, 5, 8),
    ]),
  );

  it('computes turnover from the summed leavers and average headcounts, never a mean of rates', () => {
    expect(figures.roles.caseworker).toMatchObject({ averageHeadcount: '40.5', leavers: 8, turnover: '0.197530864197530864' });
    expect(figures.roles.team_leader).toMatchObject({ averageHeadcount: '9.5', leavers: 2, turnover: '0.210526315789473684' });
    expect(figures.total).toMatchObject({ averageHeadcount: '50.0', leavers: 10, turnover: '0.2' });
  });

  it("gives the consultant share of employees' and consultants' FTE on the reference date", () => {
    expect(figures.roles.caseworker).toMatchObject({ employeeFte: '38.2', consultantFte: '4.3', totalFte: '42.5', consultantShare: '0.101176470588235294' });
    expect(figures.roles.team_leader).toMatchObject({ totalFte: '9.0', consultantShare: '0' });
    expect(figures.total).toMatchObject({ employeeFte: '47.2', consultantFte: '4.3', totalFte: '51.5' });
  });

  it('lists leavers by reason, vacancies with the mean days to fill from the sums, and the N of each part', () => {
    expect(figures.leaversByReason).toEqual({ other_kommun_social_services: 5, other_employer: 0, left_profession: 0, retirement: 3, other: 0, unknown: 2 });
    expect(figures.vacancies).toEqual({
      open: 6,
      openFte: '5.5',
      byDifficulty: { easy: 1, hard: 3, very_hard: 2 },
      coveredByConsultant: 2,
      filled: 7,
      daysToFill: 500,
      meanDaysToFill: '71.4',
      n: 8,
    });
    expect([figures.n, figures.nFte]).toEqual([10, 10]);
  });

  it('has no rates where nobody was employed', () => {
    const none = staffingFigures(new CellIndex([]));
    expect([none.total.turnover, none.total.consultantShare, none.vacancies.meanDaysToFill, none.n]).toEqual([null, null, null, 0]);
  });
});

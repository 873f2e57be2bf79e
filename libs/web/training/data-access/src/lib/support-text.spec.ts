import type { QualificationRow } from '@kl/shared/contracts';
import { tableToCsv } from '@kl/shared/util';
import { dispensationText, qualificationExportTable } from './support-text';

const row = (overrides: Partial<QualificationRow>): QualificationRow => ({
  staffMemberId: 's1',
  employeeNumber: 'A-1',
  firstName: 'Anna',
  lastName: 'Ahl',
  unitName: 'Mottagning',
  degree: 'social_work',
  classification: 'qualified',
  dispensationUntil: null,
  dispensationAlert: false,
  dispensationExpired: false,
  educationCourses: [],
  ...overrides,
});

describe('behörighet text and export', () => {
  it('says when a dispensation runs out soon or has run out', () => {
    expect(dispensationText(row({}))).toBe('');
    expect(dispensationText(row({ dispensationUntil: '2027-02-01', dispensationAlert: true }))).toBe('2027-02-01 (går ut inom 90 dagar)');
    expect(dispensationText(row({ dispensationUntil: '2026-01-01', dispensationExpired: true }))).toBe('2026-01-01 (har gått ut)');
  });

  it('exports one row per person with the classification in Swedish', () => {
    const table = qualificationExportTable([
      row({}),
      row({ lastName: 'Berg', classification: 'dispensation', dispensationUntil: '2027-02-01', dispensationAlert: true }),
      row({ lastName: 'Gran', classification: 'in_education', educationCourses: ['Socialt arbete 30 hp', 'Barnrätt'] }),
    ]);
    expect(table.rows).toEqual([
      ['A-1', 'Ahl', 'Anna', 'Mottagning', 'Behörig', null, '', ''],
      ['A-1', 'Berg', 'Anna', 'Mottagning', 'Dispens', '2027-02-01', 'Dispensen går ut inom 90 dagar', ''],
      ['A-1', 'Gran', 'Anna', 'Mottagning', 'Under utbildning', null, '', 'Socialt arbete 30 hp; Barnrätt'],
    ]);
    const csv = tableToCsv(table).split(/\r?\n/);
    expect(csv[0]).toContain('Anställningsnummer');
    expect(csv[2]).toContain('Dispens');
  });
});

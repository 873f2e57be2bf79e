import type { CellValue } from '@kl/shared/contracts';
import { exportTextRows, tableToCsv, UTF8_BOM } from '@kl/web/shared/util';
import { assessmentExportTable } from './matrix-export';

const values: Record<string, CellValue> = {
  'a|SA01': 'basic',
  'a|SA02': 'advanced',
  'b|SA01': 'insufficient',
  'b|SA02': 'not_applicable',
};

describe('assessmentExportTable', () => {
  const table = assessmentExportTable(
    [
      { code: 'SA01', name: 'Barns utveckling' },
      { code: 'SA02', name: 'Barns utsatthet' },
    ],
    [
      { staffMemberId: 'a', employeeNumber: 'D0012' },
      { staffMemberId: 'b', employeeNumber: '0042' },
      { staffMemberId: 'c', employeeNumber: 'D0099' },
    ],
    (staffMemberId, topicCode) => values[`${staffMemberId}|${topicCode}`] ?? null,
  );

  it('has the bedomningar columns: the employee number, then one column per topic code', () => {
    expect(table.columns.map((column) => column.heading)).toEqual(['anstallningsnummer', 'SA01', 'SA02']);
    expect(table.columns.every((column) => column.kind === 'text')).toBe(true);
  });

  it('writes G, F and S, a hyphen for not applicable and nothing for not assessed', () => {
    expect(exportTextRows(table).slice(1)).toEqual([
      ['D0012', 'G', 'F'],
      ['0042', 'S', '-'],
      ['D0099', '', ''],
    ]);
    expect(table.rows[2]).toEqual(['D0099', null, null]);
  });

  it('keeps an employee number with leading zeros as text in the CSV', () => {
    expect(tableToCsv(table).split('\r\n')[2]).toBe('0042;S;-');
    expect(tableToCsv(table).startsWith(`${UTF8_BOM}anstallningsnummer;SA01;SA02`)).toBe(true);
  });
});

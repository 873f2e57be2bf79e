import type { CellValue } from '@kl/shared/contracts';
import { exportTextRows, tableToCsv, UTF8_BOM } from '@kl/web/shared/util';
import { assessmentExportTable, collectEmployeeNumbers } from './matrix-export';

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

describe('collectEmployeeNumbers', () => {
  const staff = Array.from({ length: 5 }, (_, i) => ({ id: `s${i}`, employeeNumber: `D000${i}` }));
  const pages = (pageSize: number) => {
    const asked: number[] = [];
    const fetchPage = async (page: number) => {
      asked.push(page);
      return { items: staff.slice((page - 1) * pageSize, page * pageSize), total: staff.length, page, pageSize };
    };
    return { asked, fetchPage };
  };

  it('reads pages until everyone wanted is found, and no further', async () => {
    const { asked, fetchPage } = pages(2);
    const numbers = await collectEmployeeNumbers(['s3', 's0'], fetchPage);
    expect([...numbers]).toEqual([
      ['s0', 'D0000'],
      ['s3', 'D0003'],
    ]);
    expect(asked).toEqual([1, 2]);
  });

  it('stops at the last page and refuses when someone is missing', async () => {
    const { asked, fetchPage } = pages(2);
    await expect(collectEmployeeNumbers(['s4', 'gone'], fetchPage)).rejects.toThrow(/1 staff members/);
    expect(asked).toEqual([1, 2, 3]);
  });

  it('asks for nothing when nobody is wanted', async () => {
    const { asked, fetchPage } = pages(2);
    expect((await collectEmployeeNumbers([], fetchPage)).size).toBe(0);
    expect(asked).toEqual([]);
  });
});

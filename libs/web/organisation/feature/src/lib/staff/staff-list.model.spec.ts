import type { StaffMember } from '@kl/shared/contracts';
import { ariaSort, pageCount, pageSummary, paramsFromQuery, queryFromParams, sortingOf, toggleSort, toStaffRow } from './staff-list.model';

describe('staff list model', () => {
  it('marks the sorted column for assistive technology', () => {
    expect(ariaSort({}, 'lastName')).toBe('ascending');
    expect(ariaSort({ sort: 'fte', order: 'desc' }, 'fte')).toBe('descending');
    expect(ariaSort({ sort: 'fte' }, 'lastName')).toBe('none');
    expect(sortingOf({ sort: 'fte', order: 'desc' }).fte).toEqual({ aria: 'descending', icon: '▼' });
  });

  it('sorts a new column ascending, turns the order on the same column and goes back to page 1', () => {
    expect(toggleSort({ sort: 'lastName', order: 'asc', page: 3 }, 'lastName')).toEqual({ sort: 'lastName', order: 'desc', page: 1 });
    expect(toggleSort({ sort: 'lastName', order: 'desc' }, 'fte')).toEqual({ sort: 'fte', order: 'asc', page: 1 });
  });

  it('says which rows of how many are shown', () => {
    expect(pageSummary({ items: [], total: 112, page: 2, pageSize: 25 })).toBe('Visar 26–50 av 112 medarbetare');
    expect(pageSummary({ items: [], total: 112, page: 5, pageSize: 25 })).toBe('Visar 101–112 av 112 medarbetare');
    expect(pageSummary({ items: [], total: 0, page: 1, pageSize: 25 })).toBe('Inga medarbetare matchar urvalet.');
    expect(pageCount({ items: [], total: 0, page: 1, pageSize: 25 })).toBe(1);
    expect(pageCount({ items: [], total: 51, page: 1, pageSize: 25 })).toBe(3);
  });

  it('shows a member in Swedish formats', () => {
    const member = {
      id: 's1',
      firstName: 'Anna',
      lastName: 'Berg',
      employeeNumber: 'A-1',
      unitName: 'Mottagningen',
      role: 'team_leader',
      fte: 0.75,
      employmentStart: '2020-01-15',
      employmentEnd: '2026-10-31',
      qualificationStatus: null,
      experienceBand: '>4',
      active: false,
    } as StaffMember;
    expect(toStaffRow(member)).toEqual({
      id: 's1',
      name: 'Berg, Anna',
      employeeNumber: 'A-1',
      unitName: 'Mottagningen',
      role: 'Arbetsledare',
      fte: '75\u00a0%',
      employmentStart: '2020-01-15',
      qualification: 'Ej angivet',
      experience: 'Mer än 4 år',
      status: 'Slutade 2026-10-31',
    });
  });

  it('keeps the list state in the address, leaving defaults and bad values out', () => {
    const query = queryFromParams({ search: ' berg ', role: 'team_leader', sort: 'fte', order: 'desc', page: '3', status: 'x' });
    expect(query).toEqual({
      status: 'active',
      sort: 'fte',
      order: 'desc',
      page: 3,
      pageSize: 25,
      search: 'berg',
      unitId: undefined,
      role: 'team_leader',
      qualificationStatus: undefined,
    });
    expect(paramsFromQuery(query)).toEqual({ search: 'berg', role: 'team_leader', sort: 'fte', order: 'desc', page: '3' });
    expect(queryFromParams({ page: '-1', role: 'boss' })).toMatchObject({ page: 1, role: undefined });
  });
});

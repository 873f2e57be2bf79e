import { type ListStaffQuery, type SortOrder, STAFF_SORT_FIELDS, type StaffMember, type StaffMemberPage, type StaffSortField } from '@kl/shared/contracts';
import {
  EXPERIENCE_BAND_LABELS,
  formatDate,
  formatFtePercent,
  QUALIFICATION_STATUS_LABELS,
  STAFF_ROLE_LABELS,
} from '@kl/web/organisation/data-access';

export type AriaSort = 'ascending' | 'descending' | 'none';

export function ariaSort(query: ListStaffQuery, field: StaffSortField): AriaSort {
  if ((query.sort ?? 'lastName') !== field) return 'none';
  return (query.order ?? 'asc') === 'asc' ? 'ascending' : 'descending';
}

const SORT_ICONS: Record<AriaSort, string> = { ascending: '▲', descending: '▼', none: '' };

export function sortingOf(query: ListStaffQuery): Record<StaffSortField, { aria: AriaSort; icon: string }> {
  return Object.fromEntries(
    STAFF_SORT_FIELDS.map((field) => {
      const aria = ariaSort(query, field);
      return [field, { aria, icon: SORT_ICONS[aria] }];
    }),
  ) as Record<StaffSortField, { aria: AriaSort; icon: string }>;
}

/** Clicking a column sorts by it ascending; clicking the sorted column again turns the order. */
export function toggleSort(query: ListStaffQuery, field: StaffSortField): ListStaffQuery {
  const sameField = (query.sort ?? 'lastName') === field;
  const order: SortOrder = sameField && (query.order ?? 'asc') === 'asc' ? 'desc' : 'asc';
  return { ...query, sort: field, order, page: 1 };
}

/** "Visar 26–50 av 112 medarbetare" */
export function pageSummary(page: StaffMemberPage): string {
  if (page.total === 0) return 'Inga medarbetare matchar urvalet.';
  const first = (page.page - 1) * page.pageSize + 1;
  const last = Math.min(page.total, page.page * page.pageSize);
  return `Visar ${first}–${last} av ${page.total} medarbetare`;
}

export function pageCount(page: StaffMemberPage): number {
  return Math.max(1, Math.ceil(page.total / page.pageSize));
}

/** A staff member as a row of the list, every value already in Swedish formats. */
export interface StaffRow {
  id: string;
  name: string;
  employeeNumber: string;
  unitName: string;
  role: string;
  fte: string;
  employmentStart: string;
  qualification: string;
  experience: string;
  status: string;
}

export function toStaffRow(member: StaffMember): StaffRow {
  return {
    id: member.id,
    name: `${member.lastName}, ${member.firstName}`,
    employeeNumber: member.employeeNumber,
    unitName: member.unitName,
    role: STAFF_ROLE_LABELS[member.role],
    fte: formatFtePercent(member.fte),
    employmentStart: formatDate(member.employmentStart),
    qualification: member.qualificationStatus ? QUALIFICATION_STATUS_LABELS[member.qualificationStatus] : 'Ej angivet',
    experience: EXPERIENCE_BAND_LABELS[member.experienceBand],
    status: member.active ? 'Anställd' : `Slutade ${formatDate(member.employmentEnd)}`,
  };
}

import {
  type ListStaffQuery,
  PAGE_SIZE_DEFAULT,
  QUALIFICATION_STATUSES,
  SORT_ORDERS,
  type SortOrder,
  STAFF_ROLES,
  STAFF_SORT_FIELDS,
  STAFF_STATUS_FILTERS,
  type StaffMember,
  type StaffMemberPage,
  type StaffSortField,
} from '@kl/shared/contracts';
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

export const DEFAULT_STAFF_QUERY: ListStaffQuery = { status: 'active', sort: 'lastName', order: 'asc', page: 1, pageSize: PAGE_SIZE_DEFAULT };

/**
 * The list's state from the address (so that Back from a staff member returns to the same
 * search, sort and page); values that are not allowed fall back to the defaults.
 */
export function queryFromParams(params: Record<string, string | undefined>): ListStaffQuery {
  const pick = <T extends string>(values: readonly T[], value: string | undefined): T | undefined =>
    values.includes(value as T) ? (value as T) : undefined;
  const page = Number(params['page']);
  return {
    ...DEFAULT_STAFF_QUERY,
    search: params['search']?.trim() || undefined,
    unitId: params['unitId'] || undefined,
    role: pick(STAFF_ROLES, params['role']),
    status: pick(STAFF_STATUS_FILTERS, params['status']) ?? DEFAULT_STAFF_QUERY.status,
    qualificationStatus: pick(QUALIFICATION_STATUSES, params['qualificationStatus']),
    sort: pick(STAFF_SORT_FIELDS, params['sort']) ?? DEFAULT_STAFF_QUERY.sort,
    order: pick(SORT_ORDERS, params['order']) ?? DEFAULT_STAFF_QUERY.order,
    page: Number.isInteger(page) && page > 0 ? page : 1,
  };
}

/** The address's query for a state: only what differs from the defaults. */
export function paramsFromQuery(query: ListStaffQuery): Record<string, string> {
  const params: Record<string, string> = {};
  for (const [key, value] of Object.entries(query) as [keyof ListStaffQuery, unknown][]) {
    if (key === 'pageSize' || value === undefined || value === '' || value === DEFAULT_STAFF_QUERY[key]) continue;
    params[key] = String(value);
  }
  return params;
}

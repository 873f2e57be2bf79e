import type { CellValue, MatrixTopic, Page, StaffMember } from '@kl/shared/contracts';
import type { ExportTable } from '@kl/web/shared/util';

/** The letters of the `bedomningar` format (FORMATS.md §2); empty = not assessed. */
export const ASSESSMENT_FILE_VALUE: Record<Exclude<CellValue, null>, string> = {
  basic: 'G',
  advanced: 'F',
  insufficient: 'S',
  not_applicable: '-',
};

export interface AssessmentExportPerson {
  staffMemberId: string;
  employeeNumber: string;
}

/**
 * The matrix in the `bedomningar` layout (FORMATS.md §2), so that the file can be imported back:
 * `anstallningsnummer`, then one column per topic code with G, F or S, `-` for not applicable and
 * empty for not assessed. Nothing else, since an import refuses unknown columns.
 */
export function assessmentExportTable(
  topics: readonly MatrixTopic[],
  people: readonly AssessmentExportPerson[],
  valueOf: (staffMemberId: string, topicCode: string) => CellValue,
): ExportTable {
  return {
    sheetName: 'Bedömningar',
    columns: [
      { heading: 'anstallningsnummer', kind: 'text' },
      ...topics.map((topic) => ({ heading: topic.code, kind: 'text' as const })),
    ],
    rows: people.map((person) => [
      person.employeeNumber,
      ...topics.map((topic) => {
        const value = valueOf(person.staffMemberId, topic.code);
        return value === null ? null : ASSESSMENT_FILE_VALUE[value];
      }),
    ]),
  };
}

/**
 * The employee numbers of the given staff, read page by page from the staff list (the matrix
 * does not carry them) until every one is found. Throws when someone is missing, rather than
 * writing a file that cannot be imported back.
 */
export async function collectEmployeeNumbers(
  staffMemberIds: readonly string[],
  fetchPage: (page: number) => Promise<Page<Pick<StaffMember, 'id' | 'employeeNumber'>>>,
): Promise<Map<string, string>> {
  const wanted = new Set(staffMemberIds);
  const found = new Map<string, string>();
  for (let page = 1; found.size < wanted.size; page++) {
    const result = await fetchPage(page);
    for (const person of result.items) {
      if (wanted.has(person.id)) found.set(person.id, person.employeeNumber);
    }
    if (result.items.length === 0 || page * result.pageSize >= result.total) break;
  }
  const missing = staffMemberIds.filter((id) => !found.has(id));
  if (missing.length > 0) throw new Error(`No employee number for ${missing.length} staff members`);
  return found;
}

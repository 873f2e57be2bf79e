import type { CellValue, MatrixTopic } from '@kl/shared/contracts';
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

import type { KommunTransaction } from '@kl/api/core';
import { loadRound, loadTopics, populationCte, populationReach } from '@kl/api/inventory';
import type { CellValue } from '@kl/shared/contracts';
import { EMPLOYEE_NUMBER_HEADER } from './assessment-import';
import type { FileValue, TableFile } from './table-file';

/** The letters of FORMATS.md §2 (what the matrix's own export writes); empty is not assessed. */
const LETTERS: Record<Exclude<CellValue, null>, string> = { basic: 'G', advanced: 'F', insufficient: 'S', not_applicable: '-' };

/**
 * A round's assessments as a `bedomningar` file (FORMATS.md §2): each person of the round's
 * population the caller may assess, by employee number, with the current leader level of every
 * topic; with `empty`, the template (the people, no levels). Dropdowns G/F/S/- on every topic.
 */
export async function assessmentTable(tx: KommunTransaction, roundId: string, empty: boolean): Promise<TableFile> {
  const round = await loadRound(tx, roundId);
  const topics = await loadTopics(tx.manager, round.frameworkId);
  const p = tx.params();
  const rows = await tx.query<{ staffMemberId: string; employeeNumber: string; cells: Record<string, CellValue> | null }>(
    `WITH ${populationCte(p, [round])}
     SELECT pop.staff_member_id AS "staffMemberId", pop.employee_number AS "employeeNumber",
            (SELECT json_object_agg(t.code, c.value) FROM assessment_cell c JOIN competence_topic t ON t.id = c.topic_id
             WHERE c.round_id = ${p.add(round.id, 'uuid')} AND c.staff_member_id = pop.staff_member_id AND c.source = 'leader') AS cells
     FROM population pop
     WHERE pop.staff_member_id IS NOT NULL AND ${populationReach(tx, p, { excludeSelf: true })}
     ORDER BY pop.employee_number`,
    p,
  );
  if (!empty && rows.length > 0) await tx.recordRead('file_export', rows.map((row) => row.staffMemberId));
  const codes = topics.map((topic) => topic.code);
  return {
    sheetName: 'bedomningar',
    headers: [EMPLOYEE_NUMBER_HEADER, ...codes],
    rows: rows.map((row): FileValue[] => [
      row.employeeNumber,
      ...codes.map((code) => {
        const value = empty ? null : (row.cells?.[code] ?? null);
        return value === null ? null : LETTERS[value];
      }),
    ]),
    choices: codes.map((header) => ({ header, values: Object.values(LETTERS) })),
  };
}

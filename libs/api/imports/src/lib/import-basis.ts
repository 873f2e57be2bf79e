import type { KommunTransaction } from '@kl/api/core';
import { todayInSweden } from '@kl/shared/util';

/**
 * What a kept plan rests on, as one digest (docs/imports.md): a confirmation writes the plan its
 * preview validated when the digest is the same, and reads the file again when it is not. Each
 * part is every row a plan reads, with its version where the row has one; the date takes part
 * because the rules and the round's window depend on it.
 */
export async function importBasis(tx: KommunTransaction, options: { roundId?: string; extra?: readonly unknown[] } = {}): Promise<string> {
  const p = tx.params();
  const staff = tx.staffFilter(p);
  const units = tx.unitFilter(p);
  const parts = [
    `(SELECT string_agg(s.id || ':' || s.row_version || ':' || s.employee_number, ',' ORDER BY s.id) FROM staff_member s WHERE ${staff})`,
    `(SELECT string_agg(u.id || ':' || u.name || ':' || coalesce(u.parent_id::text, '') || ':' || coalesce(u.closed_at::text, ''), ',' ORDER BY u.id)
      FROM org_unit u WHERE ${units})`,
  ];
  if (options.roundId) {
    const round = p.add(options.roundId, 'uuid');
    parts.push(`(SELECT string_agg(c.staff_member_id || ':' || c.topic_id || ':' || c.seq, ',' ORDER BY c.staff_member_id, c.topic_id)
                 FROM assessment_cell c WHERE c.municipality_id = $1 AND c.round_id = ${round} AND c.source = 'leader')`);
  }
  const stated = p.add(JSON.stringify([todayInSweden(), tx.actorUserId, ...(options.extra ?? [])]));
  const [{ basis }] = await tx.query<{ basis: string }>(`SELECT md5(concat_ws('|', ${stated}::text, ${parts.join(', ')})) AS basis`, p);
  return basis;
}

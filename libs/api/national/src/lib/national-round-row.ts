import type { AggregateTransaction, KommunTransaction } from '@kl/api/core';
import type { NationalRound, NationalRoundStatus } from '@kl/shared/contracts';
import { todayInSweden } from '@kl/shared/util';
import { NationalRoundNotFoundError } from './national.errors';

/** A national round as the services read it. */
export interface NationalRoundRow extends Omit<NationalRound, 'status' | 'submitted'> {
  classificationId: string;
}

export const NATIONAL_ROUND_SELECT = `
  SELECT r.id, r.code, r.framework_id AS "frameworkId", f.code AS "frameworkCode", f.version AS "frameworkVersion",
         r.classification_id AS "classificationId", c.code AS "classificationCode",
         r.reference_date::text AS "referenceDate", r.opens_on::text AS "opensOn", r.closes_on::text AS "closesOn",
         to_char(r.created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS "createdAt"
  FROM national_round r
  JOIN competence_framework f ON f.id = r.framework_id
  JOIN municipality_group_classification c ON c.id = r.classification_id`;

export async function loadNationalRound(
  tx: KommunTransaction | AggregateTransaction,
  code: string,
): Promise<NationalRoundRow> {
  const rows = await tx.query<NationalRoundRow>(`${NATIONAL_ROUND_SELECT} WHERE r.code = $1`, [code]);
  if (rows.length === 0) throw new NationalRoundNotFoundError();
  return rows[0];
}

/** The status follows the window (Swedish dates). */
export function nationalRoundStatus(
  round: Pick<NationalRoundRow, 'opensOn' | 'closesOn'>,
  today = todayInSweden(),
): NationalRoundStatus {
  if (today < round.opensOn) return 'planned';
  return today <= round.closesOn ? 'open' : 'closed';
}

export function toNationalRound(row: NationalRoundRow, submitted: number): NationalRound {
  const { classificationId: _c, ...round } = row;
  return { ...round, status: nationalRoundStatus(row), submitted };
}

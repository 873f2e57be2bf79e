import type { AggregateTransaction, PublicTransaction } from '@kl/api/core';
import type {
  NationalPublication,
  NationalTableName,
  PublicationPolicy,
  PublishedRound,
  PublishedTables,
  SuppressionCount,
} from '@kl/shared/contracts';
import type { AggregateCell, NationalFamily } from '@kl/shared/util';
import type { NationalRoundRow } from './national-round-row';
import { loadTopics } from './national-tables.service';

export const ISO = (column: string) => `to_char(${column} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;

const PUBLICATION_COLUMNS = `p.id, r.code AS round, p.sequence, p.policy, ${ISO('p.published_at')} AS "publishedAt",
  p.published_by AS "publishedBy", p.note, p.counts`;

/**
 * Every single filter of a round with its kept cells: `all`, each kommungrupp of the round's
 * classification, each län, each cohort present; and the partitions of `all` among them. The
 * kommungrupper partition the nation only when every submitting kommun has one.
 */
export async function loadFamily(tx: AggregateTransaction, round: NationalRoundRow): Promise<NationalFamily> {
  const cells = await tx.query<AggregateCell & { filterKey: string }>(
    `SELECT filter_key AS "filterKey", measure, topic, level, gender, answer, value_sum::text AS "valueSum", kommuner, nonzero
     FROM national_aggregate WHERE national_round_id = $1`,
    [round.id],
  );
  const keys = await tx.query<{ key: string; dimension: string }>(
    `SELECT 'kommungrupp=' || code AS key, 'kommungrupp' AS dimension FROM municipality_group WHERE classification_id = $2
     UNION ALL SELECT 'lan=' || code, 'lan' FROM county
     UNION ALL SELECT DISTINCT filter_key, 'cohort' FROM national_aggregate WHERE national_round_id = $1 AND filter_key LIKE 'cohort=%'
     ORDER BY 2, 1`,
    [round.id, round.classificationId],
  );
  const [coverage] = await tx.query<{ submitted: number; grouped: number }>(
    `SELECT count(*)::int AS submitted, count(gm.group_id)::int AS grouped
     FROM national_submission s
     LEFT JOIN municipality_group_membership gm ON gm.municipality_id = s.municipality_id AND gm.classification_id = $2
     WHERE s.national_round_id = $1 AND s.replaced_at IS NULL`,
    [round.id, round.classificationId],
  );
  const byKey = new Map<string, AggregateCell[]>([['all', []], ...keys.map((k): [string, AggregateCell[]] => [k.key, []])]);
  for (const { filterKey, ...cell } of cells) byKey.get(filterKey)?.push(cell);
  const dimension = (name: string) => keys.filter((k) => k.dimension === name).map((k) => k.key);
  const partitions = [dimension('lan'), dimension('cohort')];
  if (coverage.grouped === coverage.submitted) partitions.push(dimension('kommungrupp'));
  return { topics: await loadTopics(tx, round.frameworkId), cells: byKey, partitions: partitions.filter((p) => p.length > 0) };
}

/** Only one publication of a round is written at a time: a second writer is told at once. */
export async function tryLockPublication(tx: AggregateTransaction, round: NationalRoundRow): Promise<boolean> {
  const [row] = await tx.query<{ locked: boolean }>(
    `SELECT pg_try_advisory_xact_lock(hashtext('national_publication'), hashtext($1)) AS locked`,
    [round.id],
  );
  return row.locked;
}

export async function publicationCount(tx: AggregateTransaction, round: NationalRoundRow): Promise<number> {
  const [row] = await tx.query<{ n: number }>(`SELECT count(*)::int AS n FROM national_publication WHERE national_round_id = $1`, [round.id]);
  return row.n;
}

export async function insertPublication(
  tx: AggregateTransaction,
  round: NationalRoundRow,
  publication: { policy: PublicationPolicy; note: string | null; tables: Record<string, PublishedTables>; counts: SuppressionCount[] },
): Promise<NationalPublication> {
  const [row] = await tx.query<NationalPublication>(
    `WITH p AS (
       INSERT INTO national_publication (national_round_id, sequence, policy, published_by, note, tables, counts)
       SELECT $1, coalesce(max(sequence), 0) + 1, $2::jsonb, $3, $4, $5::jsonb, $6::jsonb
       FROM national_publication WHERE national_round_id = $1
       RETURNING *)
     SELECT ${PUBLICATION_COLUMNS} FROM p JOIN national_round r ON r.id = p.national_round_id`,
    [
      round.id,
      JSON.stringify(publication.policy),
      tx.actorUserId,
      publication.note,
      JSON.stringify(publication.tables),
      JSON.stringify(publication.counts),
    ],
  );
  return row;
}

export function listPublications(tx: AggregateTransaction, round: NationalRoundRow): Promise<NationalPublication[]> {
  return tx.query<NationalPublication>(
    `SELECT ${PUBLICATION_COLUMNS} FROM national_publication p JOIN national_round r ON r.id = p.national_round_id
     WHERE p.national_round_id = $1 ORDER BY p.sequence DESC`,
    [round.id],
  );
}

/** Each published round by its latest publication, newest round first. */
export function publishedRounds(tx: PublicTransaction): Promise<PublishedRound[]> {
  return tx.query<PublishedRound>(
    `SELECT r.code, ${ISO('p.published_at')} AS "publishedAt", p.sequence, jsonb_build_object('version', p.policy->>'version') AS policy
     FROM national_round r
     JOIN LATERAL (SELECT * FROM national_publication p WHERE p.national_round_id = r.id ORDER BY p.sequence DESC LIMIT 1) p ON true
     ORDER BY r.reference_date DESC, r.code`,
  );
}

/** One table of one filter from the round's latest publication; none when the round is not published. */
export async function publishedTable(
  tx: PublicTransaction,
  code: string,
  filterKey: string,
  table: NationalTableName,
): Promise<{ version: string; body: object | null } | undefined> {
  const [row] = await tx.query<{ version: string; body: object | null }>(
    `SELECT p.policy->>'version' AS version, p.tables -> $2 -> $3 AS body
     FROM national_round r JOIN national_publication p ON p.national_round_id = r.id
     WHERE r.code = $1 ORDER BY p.sequence DESC LIMIT 1`,
    [code, filterKey, table],
  );
  return row;
}

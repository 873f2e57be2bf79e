import type { KommunTransaction, PublicTransaction } from '@kl/api/core';
import type { NamedCode, NationalTableName, PublishedTable, PublishedTables } from '@kl/shared/contracts';
import type { AggregateCell } from '@kl/shared/util';
import { ISO } from './publication.queries';

/** A round's latest publication, with the exact time (to find the submissions it counted). */
export interface LatestPublication {
  code: string;
  referenceDate: string;
  publishedAt: string;
  /** `published_at` at full precision, for comparing with submission times in SQL. */
  publishedAtExact: string;
  sequence: number;
  version: string;
}

const LATEST = `JOIN LATERAL (SELECT * FROM national_publication p WHERE p.national_round_id = r.id ORDER BY p.sequence DESC LIMIT 1) p ON true`;
const LATEST_COLUMNS = `r.code, r.reference_date::text AS "referenceDate", ${ISO('p.published_at')} AS "publishedAt",
  p.published_at::text AS "publishedAtExact", p.sequence, p.policy->>'version' AS version`;

/** Every published round by its latest publication, newest first. */
export function latestPublications(tx: PublicTransaction): Promise<LatestPublication[]> {
  return tx.query<LatestPublication>(`SELECT ${LATEST_COLUMNS} FROM national_round r ${LATEST} ORDER BY r.reference_date DESC, r.code`);
}

/** One table of the latest publication for `all` and for each filter key asked (a key not published answers null). */
export async function publishedBodies(
  tx: PublicTransaction,
  code: string,
  table: NationalTableName,
  filterKeys: readonly (string | null)[],
): Promise<(LatestPublication & { bodies: (object | null)[] }) | undefined> {
  const [row] = await tx.query<LatestPublication & { bodies: (object | null)[] }>(
    `SELECT ${LATEST_COLUMNS}, (SELECT jsonb_agg(p.tables -> k -> $2 ORDER BY i) FROM unnest($3::text[]) WITH ORDINALITY AS f(k, i)) AS bodies
     FROM national_round r ${LATEST} WHERE r.code = $1`,
    [code, table, filterKeys],
  );
  return row;
}

/** The published rounds up to `code` (by reference date), oldest first, with their national topics and areas. */
export function publishedTrendSources(
  tx: PublicTransaction,
  code: string,
): Promise<(LatestPublication & { topics: PublishedTables['topics']['rows']; areas: PublishedTables['areas']['rows'] })[]> {
  return tx.query(
    `SELECT ${LATEST_COLUMNS}, p.tables -> 'all' -> 'topics' -> 'rows' AS topics, p.tables -> 'all' -> 'areas' -> 'rows' AS areas
     FROM national_round r ${LATEST}
     WHERE r.reference_date <= (SELECT reference_date FROM national_round WHERE code = $1)
     ORDER BY r.reference_date, r.code`,
    [code],
  );
}

/** A published body as the public route answers it (FORMATS.md §4). */
export function asPublishedTable(
  publication: LatestPublication,
  table: NationalTableName,
  filters: Record<string, string>,
  body: object,
): PublishedTable {
  // The stored body is the table of that name (`PublishedTables[table]`).
  return { round: publication.code, table, filters, policy: { version: publication.version }, ...body } as unknown as PublishedTable;
}

/** The caller's kommun with its län and its group in a classification. */
export async function ownKommun(
  tx: KommunTransaction,
  classificationId: string,
): Promise<{ kommun: NamedCode; county: NamedCode; group: NamedCode | null }> {
  const [row] = await tx.query<{ code: string; name: string; countyCode: string; countyName: string; groupCode: string | null; groupName: string | null }>(
    `SELECT m.code::text AS code, m.name, c.code::text AS "countyCode", c.name AS "countyName", g.code AS "groupCode", g.name AS "groupName"
     FROM municipality m JOIN county c ON c.id = m.county_id
     LEFT JOIN municipality_group_membership gm ON gm.municipality_id = m.id AND gm.classification_id = $2
     LEFT JOIN municipality_group g ON g.id = gm.group_id
     WHERE m.id = $1`,
    [tx.municipalityId, classificationId],
  );
  return {
    kommun: { code: row.code, name: row.name },
    county: { code: row.countyCode, name: row.countyName },
    group: row.groupCode === null ? null : { code: row.groupCode, name: row.groupName ?? row.groupCode },
  };
}

/** The kommun's submission to a round that was current when the round was published; none when it had none. */
export async function ownSubmissionAsPublished(
  tx: KommunTransaction,
  roundId: string,
  publishedAtExact: string,
): Promise<string | null> {
  const [submission] = await tx.query<{ id: string }>(
    `SELECT id FROM national_submission
     WHERE national_round_id = $1 AND municipality_id = $2 AND submitted_at <= $3::timestamptz
       AND (replaced_at IS NULL OR replaced_at > $3::timestamptz)`,
    [roundId, tx.municipalityId, publishedAtExact],
  );
  return submission?.id ?? null;
}

/**
 * The kommun's own cells in a round as the publication counted them: the submission that was
 * current when it was published, summed as `national_cells` sums one kommun (each cell, each
 * measure's coverage row, each area's). Null when the kommun had no submission then.
 */
export async function ownCellsAsPublished(
  tx: KommunTransaction,
  round: { id: string; frameworkId: string },
  publishedAtExact: string,
): Promise<AggregateCell[] | null> {
  const submission = await ownSubmissionAsPublished(tx, round.id, publishedAtExact);
  if (!submission) return null;
  return tx.query<AggregateCell>(
    `WITH v AS (
       SELECT measure, topic, level, gender, coalesce(answer, '') AS answer, coalesce(value, 1) AS value
       FROM national_submission_value WHERE submission_id = $1
     ),
     per_measure AS (SELECT measure, topic, sum(value) AS total FROM v GROUP BY 1, 2),
     per_area AS (
       SELECT a.code AS area, sum(v.value) AS total
       FROM v JOIN competence_topic t ON t.code = v.topic AND t.framework_id = $2 JOIN competence_area a ON a.id = t.area_id
       WHERE v.measure = 'bedomning_fte' GROUP BY 1
     )
     SELECT measure, topic, level, gender, answer, value::text AS "valueSum", 1 AS kommuner, (value <> 0)::int AS nonzero FROM v
     UNION ALL SELECT measure, topic, '*', '*', '*', total::text, 1, (total <> 0)::int FROM per_measure
     UNION ALL SELECT 'bedomning_fte', '@' || area, '*', '*', '*', total::text, 1, (total <> 0)::int FROM per_area`,
    [submission, round.frameworkId],
  );
}

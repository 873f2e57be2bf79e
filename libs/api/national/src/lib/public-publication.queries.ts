import type { PublicTransaction } from '@kl/api/core';
import type { PublishedRoundDetail, PublishedTables } from '@kl/shared/contracts';

const ISO = (column: string) => `to_char(${column} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;

interface LatestPublication {
  detail: Omit<PublishedRoundDetail, 'areas' | 'filters'>;
  frameworkId: string;
  classificationId: string;
  filterKeys: string[];
}

/** The round's latest publication with what describes it; none when the round is not published. */
async function latestPublication(tx: PublicTransaction, code: string): Promise<LatestPublication | undefined> {
  const [row] = await tx.query<LatestPublication & PublishedRoundDetail>(
    `SELECT r.code, r.reference_date::text AS "referenceDate", ${ISO('p.published_at')} AS "publishedAt", p.sequence, p.note, p.policy,
            jsonb_build_object('code', f.code, 'version', f.version, 'name', f.name) AS framework,
            r.framework_id AS "frameworkId", r.classification_id AS "classificationId",
            ARRAY(SELECT jsonb_object_keys(p.tables)) AS "filterKeys"
     FROM national_round r
     JOIN competence_framework f ON f.id = r.framework_id
     JOIN LATERAL (SELECT * FROM national_publication p WHERE p.national_round_id = r.id ORDER BY p.sequence DESC LIMIT 1) p ON true
     WHERE r.code = $1`,
    [code],
  );
  if (!row) return undefined;
  const { frameworkId, classificationId, filterKeys, ...detail } = row;
  return { detail, frameworkId, classificationId, filterKeys };
}

/**
 * GET /api/public/national/rounds/{code}: the latest publication's dates and policy, the names of
 * its framework's areas and topics, and the filters it has tables for (names are public reference
 * data: the framework, the län, the kommungrupper).
 */
export async function publishedRoundDetail(tx: PublicTransaction, code: string): Promise<PublishedRoundDetail | undefined> {
  const latest = await latestPublication(tx, code);
  if (!latest) return undefined;
  const values = (dimension: string) =>
    latest.filterKeys.filter((k) => k.startsWith(`${dimension}=`)).map((k) => k.slice(dimension.length + 1));
  const areas = await tx.query<PublishedRoundDetail['areas'][number]>(
    `SELECT a.code, a.name,
            coalesce((SELECT jsonb_agg(jsonb_build_object('code', t.code, 'name', t.name) ORDER BY t.position, t.code)
                      FROM competence_topic t WHERE t.area_id = a.id), '[]') AS topics
     FROM competence_area a WHERE a.framework_id = $1 ORDER BY a.position, a.code`,
    [latest.frameworkId],
  );
  const kommungrupp = await tx.query<{ code: string; name: string }>(
    `SELECT code, name FROM municipality_group WHERE classification_id = $1 AND code = ANY($2) ORDER BY code`,
    [latest.classificationId, values('kommungrupp')],
  );
  const lan = await tx.query<{ code: string; name: string }>(
    `SELECT code::text AS code, name FROM county WHERE code = ANY($1) ORDER BY code`,
    [values('lan')],
  );
  return { ...latest.detail, areas, filters: { kommungrupp, lan, cohort: values('cohort').sort() } };
}

/** The five tables of one filter of the round's latest publication; null when it has none for that filter. */
export async function publishedFilterTables(tx: PublicTransaction, code: string, filterKey: string): Promise<PublishedTables | null> {
  const [row] = await tx.query<{ tables: PublishedTables | null }>(
    `SELECT p.tables -> $2 AS tables
     FROM national_round r JOIN national_publication p ON p.national_round_id = r.id
     WHERE r.code = $1 ORDER BY p.sequence DESC LIMIT 1`,
    [code, filterKey],
  );
  return row?.tables ?? null;
}

import { Client } from 'pg';
import { httpCall, login } from './http-client';
import type { InventoryRow } from './inventory-matrix';
import { stats, timeSequential } from './measure';
import { recordStatements } from './statements';
import { generateKommun, type SyntheticKommun } from './synthetic';

/**
 * docs/training.md, issue 10: the kommun gap list for 1 500 staff (GET /api/rounds/:id/gaps,
 * p95 ≤ 100 ms), suggestions for a gap (GET /api/suggestions, p95 ≤ 20 ms), and the statement
 * count per request at 100 vs 1 500 staff and 20 vs 200 courses (constant in both).
 */
export async function trainingScenario(baseUrl: string, databaseUrl: string, seconds: number): Promise<InventoryRow[]> {
  const owner = new Client({ connectionString: databaseUrl });
  await owner.connect();
  const big = await generateKommun(owner, '1281', 1500, 40, 11);
  const small = await generateKommun(owner, '0117', 100, 10, 13);
  await targetsAndCatalogue(owner, big, 200);
  await targetsAndCatalogue(owner, small, 20);
  await owner.end();
  const getBig = httpCall(baseUrl, await login(baseUrl, big.email, big.password), 1);
  const getSmall = httpCall(baseUrl, await login(baseUrl, small.email, small.password), 1);
  const gaps = (k: SyntheticKommun) => `/api/rounds/${k.roundId}/gaps`;
  const suggestions = '/api/suggestions?topicCode=SA07&level=basic&people=5';

  const gapList = stats(await timeSequential(async () => void (await getBig('GET', gaps(big))), seconds, 10));
  // The dashboard reads the same population side by side: the gap list's own cost is the difference.
  const dashboard = stats(
    await timeSequential(async () => void (await getBig('GET', `/api/rounds/${big.roundId}/dashboard`)), seconds, 10),
  );
  const suggest = stats(await timeSequential(async () => void (await getBig('GET', suggestions)), seconds, 10));
  const count = async (get: typeof getBig, path: string) => (await recordStatements(() => get('GET', path))).length;
  const [gapsSmall, gapsBig] = [await count(getSmall, gaps(small)), await count(getBig, gaps(big))];
  const [suggestSmall, suggestBig] = [await count(getSmall, suggestions), await count(getBig, suggestions)];
  return [
    {
      scenario: `kommun gap list, ${big.staffIds.length} staff: GET /api/rounds/:id/gaps p95 vs 100 ms`,
      measured: `p95 ${gapList.p95Ms.toFixed(2)} ms (mean ${gapList.meanMs.toFixed(2)}, ${gapList.count} requests)`,
      baseline: 'target 100 ms',
      ratio: gapList.p95Ms / 100,
      target: 1,
    },
    {
      scenario: 'gap list vs the kommun dashboard on the same population, same run',
      measured: `mean ${gapList.meanMs.toFixed(2)} ms`,
      baseline: `mean ${dashboard.meanMs.toFixed(2)} ms (p95 ${dashboard.p95Ms.toFixed(2)})`,
      ratio: gapList.meanMs / dashboard.meanMs,
      target: 1.5,
    },
    {
      scenario: 'suggestions for a gap, 200 courses: GET /api/suggestions p95 vs 20 ms',
      measured: `p95 ${suggest.p95Ms.toFixed(2)} ms (mean ${suggest.meanMs.toFixed(2)}, ${suggest.count} requests)`,
      baseline: 'target 20 ms',
      ratio: suggest.p95Ms / 20,
      target: 1,
    },
    {
      scenario: 'statements per request, gap list at 100 vs 1 500 staff (constant in staff)',
      measured: `${gapsBig} at 1 500 staff`,
      baseline: `${gapsSmall} at 100 staff`,
      ratio: gapsBig / gapsSmall,
      target: 1,
    },
    {
      scenario: 'statements per request, suggestions at 20 vs 200 courses (constant in courses)',
      measured: `${suggestBig} at 200 courses`,
      baseline: `${suggestSmall} at 20 courses`,
      ratio: suggestBig / suggestSmall,
      target: 1,
    },
  ];
}

/**
 * Kommun-wide målnivåer for every topic (grundläggande; every other topic asks 80 %), and
 * `courses` courses, each developing one topic with a session in the future, in bulk.
 */
async function targetsAndCatalogue(owner: Client, k: SyntheticKommun, courses: number): Promise<void> {
  await owner.query('BEGIN');
  await owner.query(`SELECT set_config('app.municipality_id', $1, true)`, [k.municipalityId]);
  const [set] = (
    await owner.query(
      `INSERT INTO competence_target_set (municipality_id, unit_id, framework_id, role)
       SELECT $1, NULL, r.framework_id, 'caseworker' FROM inventory_round r WHERE r.id = $2 RETURNING id, framework_id`,
      [k.municipalityId, k.roundId],
    )
  ).rows;
  await owner.query(
    `INSERT INTO competence_target (municipality_id, set_id, topic_id, choice, share)
     SELECT $1, $2, t.id, 'basic', CASE WHEN t.position % 2 = 0 THEN 80 ELSE 100 END
     FROM competence_topic t WHERE t.framework_id = $3`,
    [k.municipalityId, set.id, set.framework_id],
  );
  await owner.query(
    `WITH codes AS (SELECT array_agg(code ORDER BY code) AS codes FROM competence_topic WHERE framework_id = $3),
     made AS (
       INSERT INTO course (municipality_id, county_code, title, type, provider, cost_per_participant)
       SELECT $1, co.code, 'Kurs ' || g, 'one_day_course', 'internal', 1000 + (g % 7) * 500
       FROM generate_series(1, $2::int) g, municipality m JOIN county co ON co.id = m.county_id WHERE m.id = $1
       RETURNING id, title, county_code),
     topics AS (
       INSERT INTO course_topic (course_id, topic_code, level)
       SELECT made.id, codes.codes[1 + (substring(made.title FROM 6)::int % cardinality(codes.codes))], 'basic'
       FROM made, codes RETURNING course_id)
     INSERT INTO course_session (course_id, municipality_id, county_code, starts_on, ends_on, online, capacity)
     SELECT made.id, $1, made.county_code, current_date + 30, current_date + 30, true, 20 FROM made`,
    [k.municipalityId, courses, set.framework_id],
  );
  await owner.query('COMMIT');
}

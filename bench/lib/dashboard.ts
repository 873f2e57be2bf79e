import { Client } from 'pg';
import { httpCall, login } from './http-client';
import type { InventoryRow } from './inventory-matrix';
import { stats, timeSequential } from './measure';
import { recordStatements, timeReplay } from './statements';
import { generateKommun } from './synthetic';

/**
 * DESIGN.md §6, kommun dashboard: GET /api/rounds/:id/dashboard for a kommun of 1 500 staff in 40
 * units at one connection (p95 ≤ 100 ms), the same statements replayed on raw pg, and the
 * statement count per request at 100 vs 1 500 staff (dashboard) and 10 vs ~38 staff (matrix).
 */
export async function dashboardScenario(
  baseUrl: string,
  databaseUrl: string,
  seconds: number,
): Promise<InventoryRow[]> {
  const owner = new Client({ connectionString: databaseUrl });
  await owner.connect();
  const started = performance.now();
  const big = await generateKommun(owner, '1480', 1500, 40);
  const small = await generateKommun(owner, '0114', 100, 10, 7);
  console.log(
    `synthetic data: ${big.staffIds.length + small.staffIds.length} staff, ${big.cells + small.cells} assessments in ${((performance.now() - started) / 1000).toFixed(1)} s`,
  );
  const bigSession = await login(baseUrl, big.email, big.password);
  const smallSession = await login(baseUrl, small.email, small.password);
  const getBig = httpCall(baseUrl, bigSession, 1);
  const getSmall = httpCall(baseUrl, smallSession, 1);
  const dashboardPath = (round: string) => `/api/rounds/${round}/dashboard`;

  const api = stats(await timeSequential(async () => void (await getBig('GET', dashboardPath(big.roundId))), seconds, 10));

  // The very statements of one request, replayed on one raw pg connection (BEGIN, tenant, SQL, COMMIT).
  const statements = await recordStatements(() => getBig('GET', dashboardPath(big.roundId)));
  const raw = stats(await timeReplay(databaseUrl, statements, seconds, 10));

  if (process.env['BENCH_EXPLAIN']) {
    const longest = statements.reduce((a, b) => (b.text.length > a.text.length ? b : a));
    await owner.query('BEGIN');
    await owner.query(`SELECT set_config('app.municipality_id', $1, true)`, [big.municipalityId]);
    const plan = await owner.query(`EXPLAIN (ANALYZE, BUFFERS) ${longest.text}`, longest.values);
    await owner.query('COMMIT');
    console.log(plan.rows.map((r: Record<string, string>) => r['QUERY PLAN']).join('\n'));
  }

  const count = async (get: typeof getBig, path: string) => (await recordStatements(() => get('GET', path))).length;
  const dashSmall = await count(getSmall, dashboardPath(small.roundId));
  const dashBig = await count(getBig, dashboardPath(big.roundId));
  const matrixSmall = await count(getSmall, `/api/rounds/${small.roundId}/matrix?unitId=${small.unitIds[0]}`);
  const matrixBig = await count(getBig, `/api/rounds/${big.roundId}/matrix?unitId=${big.unitIds[0]}`);
  await owner.end();

  return [
    {
      scenario: `kommun dashboard, ${big.staffIds.length} staff in ${big.unitIds.length} units: GET /api/rounds/:id/dashboard p95 vs 100 ms`,
      measured: `p95 ${api.p95Ms.toFixed(2)} ms (mean ${api.meanMs.toFixed(2)}, ${api.count} requests)`,
      baseline: 'target 100 ms',
      ratio: api.p95Ms / 100,
      target: 1,
    },
    {
      scenario: `kommun dashboard: API vs its own ${statements.length} statements replayed on raw pg`,
      measured: `mean ${api.meanMs.toFixed(2)} ms`,
      baseline: `mean ${raw.meanMs.toFixed(2)} ms (p95 ${raw.p95Ms.toFixed(2)})`,
      ratio: api.meanMs / raw.meanMs,
      target: 3,
    },
    {
      scenario: 'statements per request, dashboard at 100 vs 1 500 staff (constant in staff)',
      measured: `${dashBig} at 1 500 staff`,
      baseline: `${dashSmall} at 100 staff`,
      ratio: dashBig / dashSmall,
      target: 1,
    },
    {
      scenario: 'statements per request, unit matrix at 10 vs 38 staff (constant in staff)',
      measured: `${matrixBig} at 38 staff`,
      baseline: `${matrixSmall} at 10 staff`,
      ratio: matrixBig / matrixSmall,
      target: 1,
    },
  ];
}

import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { hashPassword } from '@kl/api/auth';
import { CSRF_HEADER } from '@kl/shared/contracts';
import { Client } from 'pg';
import { cpuPerRequest, cpuSnapshot, type CpuSnapshot } from './cpu-split';
import { httpCall, login, type Session } from './http-client';
import type { InventoryRow } from './inventory-matrix';
import { httpGetter, stats, timeSequential } from './measure';
import { runGetLoadInChild } from './national-load';
import { prng } from './synthetic';

const ROUND = 'BENCH';
const CONNECTIONS = 50;
/** Staff per kommun, as Sweden's are spread: a few big cities, most small (30 000 in all). */
const TOTAL_STAFF = 30_000;

/**
 * DESIGN.md §6, national tier: a survey file of 290 kommuner (≈ 27 000 rows) validated and written
 * through the §4 route vs psql `\copy` of the same rows; the national topics table for the round
 * from the kept aggregates at 1 connection (p95 < 10 ms) and at 50 (≥ 1 000 req/s), and side by
 * side the same table computed from person-level assessments (30 000 staff × 26 topics) by raw pg
 * (≥ 15 × the throughput).
 */
export async function nationalScenario(baseUrl: string, databaseUrl: string, seconds: number): Promise<InventoryRow[]> {
  const owner = new Client({ connectionString: databaseUrl });
  await owner.connect();
  const session = await analystSession(owner, baseUrl);
  const call = httpCall(baseUrl, session, 1);
  const [{ id: frameworkId }] = (
    await owner.query(`SELECT id FROM competence_framework WHERE code = 'BOU-2016' AND status = 'published' AND municipality_id IS NULL`)
  ).rows as { id: string }[];
  await call('POST', '/api/national/rounds', { code: ROUND, frameworkId, referenceDate: '2026-11-01', opensOn: '2026-11-01', closesOn: '2026-12-15' });
  const kommuner = (await owner.query('SELECT code::text AS code FROM municipality ORDER BY code')).rows as { code: string }[];
  const topics = (
    await owner.query(
      `SELECT t.code FROM competence_topic t JOIN competence_area a ON a.id = t.area_id WHERE t.framework_id = $1 ORDER BY a.position, t.position`,
      [frameworkId],
    )
  ).rows as { code: string }[];
  const sizes = staffSizes(kommuner.length);
  const lines = surveyLines(kommuner.map((k) => k.code), topics.map((t) => t.code), sizes);
  const csv = `kommunkod;omgang;matt;inriktning;niva;kon;varde\n${lines.join('\n')}\n`;

  // The file through the API: validated whole, then written set-based with the aggregates kept.
  const uploads: number[] = [];
  for (let i = 0; i < 3; i++) {
    const started = performance.now();
    await upload(baseUrl, session, Buffer.from(csv));
    uploads.push(performance.now() - started);
  }
  const uploadMs = uploads.sort((a, b) => a - b)[1];
  const copyMs = psqlCopyMs(databaseUrl, csv);

  // A kommun's correction: one kommun's file, its aggregates rewritten in the same transaction.
  const oneKommun = `kommunkod;omgang;matt;inriktning;niva;kon;varde\n${lines.filter((l) => l.startsWith('1480;')).join('\n')}\n`;
  const corrections: number[] = [];
  for (let i = 0; i < 5; i++) {
    const started = performance.now();
    await upload(baseUrl, session, Buffer.from(oneKommun));
    corrections.push(performance.now() - started);
  }
  const correctionMs = corrections.sort((a, b) => a - b)[2];

  const path = `/api/national/rounds/${ROUND}/tables/topics`;
  const one = stats(await timeSequential(async () => void (await call('GET', path)), seconds, 50));
  // Where the two cores go under that load: the application (in this process), PostgreSQL and the load generator.
  let cpuBefore: Promise<CpuSnapshot> | undefined;
  const load = await runGetLoadInChild({ baseUrl, session, path, connections: CONNECTIONS, warmupSeconds: 1, seconds }, () => {
    cpuBefore = cpuSnapshot(owner);
  });
  const perSecond = load.requests / load.seconds;
  const cpu = cpuBefore ? cpuPerRequest(await cpuBefore, await cpuSnapshot(owner), load.requests) : null;
  const loadCpu = load.cpuMs / load.requests;
  const cpuTotal = cpu ? cpu.app + (cpu.database ?? 0) + loadCpu : 0;

  // The public route (issue 16): the round closed and published, its topics table read without a session.
  await owner.query(`UPDATE national_round SET opens_on = '2026-01-01', closes_on = '2026-01-31' WHERE code = $1`, [ROUND]);
  await call('POST', `/api/national/rounds/${ROUND}/publications`, {});
  const publicGet = httpGetter(baseUrl);
  const publicPath = `/api/public/national/rounds/${ROUND}/tables/topics`;
  const published = stats(await timeSequential(() => publicGet(publicPath), seconds, 50));
  // The public page's downloads, written from the publication once and then kept in the process.
  const csvDownload = stats(await timeSequential(() => publicGet(`${publicPath}.csv`), seconds, 50));
  const xlsxDownload = stats(await timeSequential(() => publicGet(`/api/public/national/rounds/${ROUND}/download.xlsx`), seconds, 50));

  // The same table from person-level data: every kommun's staff with a level per topic.
  await personLevel(owner, kommuner.map((k) => k.code), topics.map((t) => t.code), sizes);
  const scan = stats(
    await timeSequential(async () => void (await owner.query({ name: 'national-from-persons', text: FROM_PERSONS_SQL })), seconds, 3),
  );
  await owner.query('DROP TABLE bench_person_level');
  await owner.end();

  return [
    {
      scenario: `national survey file, 290 kommuner (${lines.length} rows): POST …/submissions vs psql \\copy of the same rows`,
      measured: `${uploadMs.toFixed(0)} ms (validated, written, aggregates kept)`,
      baseline: `${copyMs.toFixed(0)} ms`,
      ratio: uploadMs / copyMs,
      target: 3,
    },
    {
      scenario: 'national survey file, 290 kommuner: written within 1 s',
      measured: `${uploadMs.toFixed(0)} ms`,
      baseline: 'target 1 000 ms',
      ratio: uploadMs / 1000,
      target: 1,
    },
    {
      scenario: "one kommun's correction (its file, aggregates kept by delta) within 100 ms",
      measured: `${correctionMs.toFixed(1)} ms`,
      baseline: 'target 100 ms',
      ratio: correctionMs / 100,
      target: 1,
    },
    {
      scenario: 'national topics table, 290 kommuner, 1 connection: p95 vs 10 ms',
      measured: `p95 ${one.p95Ms.toFixed(2)} ms (mean ${one.meanMs.toFixed(2)}, ${one.count} requests)`,
      baseline: 'target 10 ms',
      ratio: one.p95Ms / 10,
      target: 1,
    },
    {
      scenario: `national topics table, ${CONNECTIONS} connections (load in its own process): 1 000 req/s vs measured`,
      measured: `${perSecond.toFixed(0)} req/s`,
      baseline: 'target 1 000 req/s',
      ratio: 1000 / perSecond,
      target: 1,
    },
    ...(cpu
      ? [
          {
            scenario: `national topics table, ${CONNECTIONS} connections: CPU per request (application, PostgreSQL, load generator) vs the 2 ms two cores give each of 1 000 req/s`,
            measured: `${cpuTotal.toFixed(2)} ms (application ${cpu.app.toFixed(2)}, PostgreSQL ${cpu.database === null ? 'not measured' : cpu.database.toFixed(2)}, load generator ${loadCpu.toFixed(2)})`,
            baseline: '2 ms on 2 cores (and ≤ 1 ms on the application’s one thread)',
            ratio: cpuTotal / 2,
            target: 1,
          },
        ]
      : []),
    {
      scenario: 'public national topics table (published, suppressed), 1 connection, no session: p95 vs 10 ms',
      measured: `p95 ${published.p95Ms.toFixed(2)} ms (mean ${published.meanMs.toFixed(2)}, ${published.count} requests)`,
      baseline: 'target 10 ms',
      ratio: published.p95Ms / 10,
      target: 1,
    },
    {
      scenario: 'public download of the topics table as CSV, 1 connection, no session: p95 vs 10 ms',
      measured: `p95 ${csvDownload.p95Ms.toFixed(2)} ms (mean ${csvDownload.meanMs.toFixed(2)}, ${csvDownload.count} requests)`,
      baseline: 'target 10 ms',
      ratio: csvDownload.p95Ms / 10,
      target: 1,
    },
    {
      scenario: 'public download of every table as XLSX, 1 connection, no session: p95 vs 10 ms',
      measured: `p95 ${xlsxDownload.p95Ms.toFixed(2)} ms (mean ${xlsxDownload.meanMs.toFixed(2)}, ${xlsxDownload.count} requests)`,
      baseline: 'target 10 ms',
      ratio: xlsxDownload.p95Ms / 10,
      target: 1,
    },
    {
      scenario: `national topics table: API from kept aggregates vs computing it from ${TOTAL_STAFF} staff's levels (raw pg), throughput`,
      measured: `${(1000 / one.meanMs).toFixed(0)} req/s at 1 connection`,
      baseline: `${(1000 / scan.meanMs).toFixed(1)} req/s (mean ${scan.meanMs.toFixed(1)} ms)`,
      // As a ratio ≤ target: computing ÷ kept must be ≥ 15, i.e. 15 ÷ (that) ≤ 1.
      ratio: 15 / (scan.meanMs / one.meanMs),
      target: 1,
    },
  ];
}

async function analystSession(owner: Client, baseUrl: string): Promise<Session> {
  const password = 'bench-password-not-secret';
  const email = 'bench-national@test.example';
  await owner.query(
    `INSERT INTO user_account (email, password_hash, display_name, role, status) VALUES ($1, $2, 'Bench', 'national_analyst', 'active')
     ON CONFLICT DO NOTHING`,
    [email, await hashPassword(password)],
  );
  return login(baseUrl, email, password);
}

/** 30 000 staff over the kommuner: three big cities, then a long tail (deterministic). */
export function staffSizes(count: number): number[] {
  const random = prng(290);
  const raw = Array.from({ length: count }, (_k, i) => (i % 97 === 0 ? 12 : 1) * (0.2 + random() * random() * 4));
  const sum = raw.reduce((a, b) => a + b, 0);
  return raw.map((r) => Math.max(3, Math.round((r / sum) * TOTAL_STAFF)));
}

/** The §3 rows of every kommun: FTE per topic and level (one decimal, comma), staff, team leaders, indicators. */
export function surveyLines(codes: string[], topics: string[], sizes: number[]): string[] {
  const random = prng(2016);
  const lines: string[] = [];
  const fte = (tenths: number) => `${Math.floor(tenths / 10)},${tenths % 10}`;
  codes.forEach((code, k) => {
    const staffTenths = sizes[k] * 9;
    for (const topic of topics) {
      const s = Math.floor(staffTenths * (0.05 + random() * 0.15));
      const f = Math.floor(staffTenths * (0.15 + random() * 0.2));
      for (const [level, v] of [['G', staffTenths - s - f], ['F', f], ['S', s]] as const) lines.push(`${code};${ROUND};bedomning_fte;${topic};${level};;${fte(v)}`);
    }
    const women = Math.floor(staffTenths * 0.9);
    lines.push(`${code};${ROUND};handlaggare_fte;;;K;${fte(women)}`, `${code};${ROUND};handlaggare_fte;;;M;${fte(staffTenths - women)}`);
    lines.push(`${code};${ROUND};handlaggare_socionom_under1ar_fte;;;;${fte(Math.floor(staffTenths * 0.12))}`);
    lines.push(`${code};${ROUND};handlaggare_utan_socionom_fte;;;K;${fte(Math.floor(staffTenths * 0.1))}`);
    lines.push(`${code};${ROUND};handlaggare_fortbildning_antal;;;;${Math.floor(sizes[k] * 0.6)}`);
    lines.push(`${code};${ROUND};arbetsledare_antal;;;K;${1 + Math.floor(sizes[k] / 8)}`);
    lines.push(`${code};${ROUND};ind_uppfoljning_medarbetarsamtal;;;;${random() < 0.9 ? 'ja' : 'nej'}`);
  });
  return lines;
}

async function upload(baseUrl: string, session: Session, file: Buffer): Promise<void> {
  const form = new FormData();
  form.append('file', new Blob([new Uint8Array(file)], { type: 'text/csv' }), 'inlamning.csv');
  const response = await fetch(`${baseUrl}/api/national/rounds/${ROUND}/submissions`, {
    method: 'POST',
    headers: { Cookie: session.cookie, [CSRF_HEADER]: session.csrfToken },
    body: form,
  });
  if (response.status !== 201) throw new Error(`bench upload: HTTP ${response.status} ${(await response.text()).slice(0, 300)}`);
}

/** psql `\copy` of the same rows into a table of the same columns: the floor of any load. */
function psqlCopyMs(databaseUrl: string, csv: string): number {
  const dir = mkdtempSync(join(tmpdir(), 'kl-bench-copy-'));
  const file = join(dir, 'survey.csv');
  writeFileSync(file, csv);
  const psql = (command: string) => execFileSync('psql', [databaseUrl, '-v', 'ON_ERROR_STOP=1', '-q', '-c', command], { encoding: 'utf8' });
  psql('CREATE TABLE bench_copy (kommunkod text, omgang text, matt text, inriktning text, niva text, kon text, varde text)');
  const times: number[] = [];
  for (let i = 0; i < 3; i++) {
    psql('TRUNCATE bench_copy');
    const started = performance.now();
    psql(`\\copy bench_copy FROM '${file}' WITH (FORMAT csv, DELIMITER ';', HEADER true)`);
    times.push(performance.now() - started);
  }
  psql('DROP TABLE bench_copy');
  rmSync(dir, { recursive: true, force: true });
  return times.sort((a, b) => a - b)[1];
}

/** Person-level levels (one row per staff member and topic), as the kommuner's own data would hold them. */
async function personLevel(owner: Client, codes: string[], topics: string[], sizes: number[]): Promise<void> {
  await owner.query(
    `CREATE TABLE bench_person_level AS
     SELECT k.code AS kommunkod, s.i AS staff, t.code AS topic,
            (ARRAY['insufficient', 'basic', 'basic', 'basic', 'advanced', 'advanced'])[1 + (abs(hashtext(k.code || s.i || t.code)) % 6)] AS level,
            (0.5 + (abs(hashtext(k.code || s.i)) % 6) * 0.1)::numeric(4, 3) AS fte
     FROM unnest($1::text[], $2::int[]) AS k(code, size)
     CROSS JOIN LATERAL generate_series(1, k.size) AS s(i)
     CROSS JOIN unnest($3::text[]) AS t(code)`,
    [codes, sizes, topics],
  );
  await owner.query('ANALYZE bench_person_level');
}

/** The topics table (FTE per topic and level, totals, N) computed from the person-level rows. */
const FROM_PERSONS_SQL = `
  WITH per_kommun AS (
    SELECT kommunkod, topic, level, round(sum(fte), 1) AS fte FROM bench_person_level GROUP BY 1, 2, 3
  )
  SELECT topic, level, sum(fte) AS fte, count(DISTINCT kommunkod) FILTER (WHERE fte <> 0) AS n
  FROM per_kommun GROUP BY 1, 2 ORDER BY 1, 2`;

import { hashPassword } from '@kl/api/auth';
import { Client } from 'pg';
import { httpCall, login, type Session } from './http-client';
import { stats, timeSequential } from './measure';
import { runSaveLoad, runSaveLoadInChild } from './save-load';
import { recordStatements, timeReplay } from './statements';

export interface InventoryRow {
  scenario: string;
  measured: string;
  baseline: string;
  ratio: number;
  target: number;
}

const STAFF = 40;
const CONCURRENT_USERS = 20;

/**
 * DESIGN.md §6, team matrix: read 40 staff × 26 topics (p95 ≤ 20 ms; API vs the same SQL on raw
 * pg ≤ 3 ×) and save one person's 26 levels with 20 concurrent users (p95 ≤ 100 ms).
 */
export async function inventoryMatrixScenario(
  baseUrl: string,
  databaseUrl: string,
  seconds: number,
): Promise<InventoryRow[]> {
  const owner = new Client({ connectionString: databaseUrl });
  await owner.connect();
  const setup = await seed(owner);
  const session = await login(baseUrl, setup.email, setup.password);

  // Matrix read: the API against the very statements the service runs, on one raw pg connection.
  const get = httpCall(baseUrl, session, 1);
  const api = stats(
    await timeSequential(
      () => get('GET', `/api/rounds/${setup.roundId}/matrix`).then(() => undefined),
      seconds,
    ),
  );
  const statements = await recordStatements(() =>
    get('GET', `/api/rounds/${setup.roundId}/matrix`),
  );
  const raw = stats(await timeReplay(databaseUrl, statements, seconds, 50));

  // Saving one person's 26 levels, 20 users at once (a session each), each on their own staff.
  const sessions: Session[] = [];
  for (let i = 0; i < CONCURRENT_USERS; i++)
    sessions.push(await login(baseUrl, setup.email, setup.password));
  const job = { baseUrl, ...setup, sessions, warmupSeconds: 1, seconds };
  const inProcess = Boolean(process.env['BENCH_SAVE_IN_PROCESS']);
  const { samples, conflicts } = await (inProcess ? runSaveLoad(job) : runSaveLoadInChild(job));
  await owner.end();
  const save = stats(samples);
  if (conflicts > 0) console.log(`matrix save: ${conflicts} unexpected conflicts`);
  const where = inProcess ? "clients in the app's process" : 'clients in a child process';

  return [
    {
      scenario: `team matrix read ${STAFF} × ${setup.topicCodes.length}: GET /api/rounds/:id/matrix p95 vs 20 ms`,
      measured: `p95 ${api.p95Ms.toFixed(2)} ms (mean ${api.meanMs.toFixed(2)})`,
      baseline: 'target 20 ms',
      ratio: api.p95Ms / 20,
      target: 1,
    },
    {
      scenario: `team matrix read: API vs its own ${statements.length} statements replayed on raw pg`,
      measured: `mean ${api.meanMs.toFixed(2)} ms`,
      baseline: `mean ${raw.meanMs.toFixed(2)} ms (p95 ${raw.p95Ms.toFixed(2)})`,
      ratio: api.meanMs / raw.meanMs,
      target: 3,
    },
    {
      scenario: `save one person's ${setup.topicCodes.length} levels, ${CONCURRENT_USERS} concurrent users (${where}): p95 vs 100 ms`,
      measured: `p95 ${save.p95Ms.toFixed(2)} ms (mean ${save.meanMs.toFixed(2)}, ${save.count} saves)`,
      baseline: 'target 100 ms',
      ratio: save.p95Ms / 100,
      target: 1,
    },
  ];
}

interface Setup {
  municipalityId: string;
  unitId: string;
  roundId: string;
  accountId: string;
  email: string;
  password: string;
  staffIds: string[];
  topicCodes: string[];
}

/** One unit of 40 staff in an open round, every cell written once, and a team leader of the unit. */
export async function seed(owner: Client): Promise<Setup> {
  const q = async <T>(sql: string, params: unknown[] = []) =>
    (await owner.query(sql, params)).rows as T[];
  const [{ id: municipalityId }] = await q<{ id: string }>(
    `SELECT id FROM municipality WHERE code = '0180'`,
  );
  await q(`SELECT set_config('app.municipality_id', $1, false)`, [municipalityId]);
  const [{ id: unitId }] = await q<{ id: string }>(
    `INSERT INTO org_unit (municipality_id, kind, name, service_area_id)
     VALUES ($1, 'unit', 'Bench enhet', (SELECT id FROM service_area WHERE code = 'barn-och-unga')) RETURNING id`,
    [municipalityId],
  );
  const staff = await q<{ id: string }>(
    `INSERT INTO staff_member (municipality_id, employee_number, first_name, last_name, unit_id, role, gender, fte,
                               employment_type, employment_start, experience_start, degree)
     SELECT $1, 'B' || i, 'Person', 'Nummer ' || lpad(i::text, 3, '0'), $2, 'caseworker', 'woman', 0.75,
            'permanent', DATE '2020-01-01', DATE '2020-01-01', 'social_work'
     FROM generate_series(1, ${STAFF}) AS i RETURNING id`,
    [municipalityId, unitId],
  );
  const [{ id: frameworkId }] = await q<{ id: string }>(
    `SELECT id FROM competence_framework WHERE status = 'published' ORDER BY code, version LIMIT 1`,
  );
  const [{ id: roundId }] = await q<{ id: string }>(
    `INSERT INTO inventory_round (municipality_id, name, framework_id, reference_date, opens_on, closes_on, unit_ids, status)
     VALUES ($1, 'Bench 2026', $2, '2026-10-01', '2026-09-01', '2026-12-31', ARRAY[$3::uuid], 'open') RETURNING id`,
    [municipalityId, frameworkId, unitId],
  );
  const password = 'bench-password-not-secret';
  const email = 'bench-team-leader@test.example';
  const [{ id: accountId }] = await q<{ id: string }>(
    `INSERT INTO user_account (email, password_hash, display_name, role, municipality_id, status)
     VALUES ($1, $2, 'Bench', 'team_leader', $3, 'active') RETURNING id`,
    [email, await hashPassword(password), municipalityId],
  );
  await q('INSERT INTO user_account_unit (account_id, unit_id) VALUES ($1, $2)', [
    accountId,
    unitId,
  ]);
  await q(
    `INSERT INTO assessment (municipality_id, round_id, staff_member_id, topic_id, source, seq, value, assessor_id)
     SELECT $1, $2, s.id, t.id, 'leader', 1,
            'not_applicable', $3
     FROM staff_member s CROSS JOIN competence_topic t
     WHERE s.unit_id = $4 AND t.framework_id = $5`,
    [municipalityId, roundId, accountId, unitId, frameworkId],
  );
  const topics = await q<{ code: string }>(
    'SELECT code FROM competence_topic WHERE framework_id = $1 ORDER BY position, code',
    [frameworkId],
  );
  await q(`SELECT set_config('app.municipality_id', '', false)`);
  return {
    municipalityId,
    unitId,
    roundId,
    accountId,
    email,
    password,
    staffIds: staff.map((s) => s.id),
    topicCodes: topics.map((t) => t.code),
  };
}

import { Agent, request } from 'node:http';
import type { Actor } from '@kl/api/core';
import { hashPassword } from '@kl/api/auth';
import { loadRound, loadTopics, matrixRowsQuery } from '@kl/api/inventory';
import { COMPETENCE_LEVELS, CSRF_HEADER } from '@kl/shared/contracts';
import { Client } from 'pg';
import type { EntityManager } from 'typeorm';
import { stats, timeSequential } from './measure';

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
  const manager = {
    query: async (sql: string, params?: unknown[]) => (await owner.query(sql, params)).rows,
  } as unknown as EntityManager;
  const actor: Actor = {
    userId: setup.accountId,
    role: 'team_leader',
    municipalityId: setup.municipalityId,
    countyCode: null,
    unitIds: [setup.unitId],
    staffMemberId: null,
    sessionId: 'bench',
  };
  const raw = stats(
    await timeSequential(async () => {
      await owner.query('BEGIN');
      await owner.query(`SELECT set_config('app.municipality_id', $1, true)`, [
        setup.municipalityId,
      ]);
      const round = await loadRound(manager, setup.municipalityId, setup.roundId);
      await loadTopics(manager, round.frameworkId);
      const { sql, params } = matrixRowsQuery(actor, round, setup.municipalityId);
      await owner.query(sql, params);
      await owner.query('COMMIT');
    }, seconds),
  );

  // Saving one person's 26 levels, 20 users at once (a session each), each on their own staff.
  const sessions: Session[] = [];
  for (let i = 0; i < CONCURRENT_USERS; i++)
    sessions.push(await login(baseUrl, setup.email, setup.password));
  const versions = new Map(setup.staffIds.map((id) => [id, 1]));
  const samples: number[] = [];
  const end = performance.now() + seconds * 1000;
  let conflicts = 0;
  await Promise.all(
    Array.from({ length: CONCURRENT_USERS }, async (_unused, worker) => {
      const put = httpCall(baseUrl, sessions[worker], 1);
      const mine = setup.staffIds.filter((_id, i) => i % CONCURRENT_USERS === worker);
      for (let n = 0; performance.now() < end; n++) {
        const staffMemberId = mine[n % mine.length];
        const version = versions.get(staffMemberId) as number;
        // Every save changes every cell (the seed is not applicable), so each version moves by one.
        const cells = setup.topicCodes.map((topicCode) => ({
          staffMemberId,
          topicCode,
          value: COMPETENCE_LEVELS[version % COMPETENCE_LEVELS.length],
          expectedVersion: version,
        }));
        const started = performance.now();
        const status = await put('PUT', `/api/rounds/${setup.roundId}/assessments`, { cells });
        samples.push(performance.now() - started);
        if (status === 409) conflicts += 1;
        versions.set(staffMemberId, version + 1);
      }
    }),
  );
  await owner.end();
  const save = stats(samples);
  if (conflicts > 0) console.log(`matrix save: ${conflicts} unexpected conflicts`);

  return [
    {
      scenario: `team matrix read ${STAFF} × ${setup.topicCodes.length}: GET /api/rounds/:id/matrix p95 vs 20 ms`,
      measured: `p95 ${api.p95Ms.toFixed(2)} ms (mean ${api.meanMs.toFixed(2)})`,
      baseline: 'target 20 ms',
      ratio: api.p95Ms / 20,
      target: 1,
    },
    {
      scenario: 'team matrix read: API vs the same SQL on raw pg (ORM/framework overhead)',
      measured: `mean ${api.meanMs.toFixed(2)} ms`,
      baseline: `mean ${raw.meanMs.toFixed(2)} ms (p95 ${raw.p95Ms.toFixed(2)})`,
      ratio: api.meanMs / raw.meanMs,
      target: 3,
    },
    {
      scenario: `save one person's ${setup.topicCodes.length} levels, ${CONCURRENT_USERS} concurrent users: p95 vs 100 ms`,
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
async function seed(owner: Client): Promise<Setup> {
  const q = async <T>(sql: string, params: unknown[] = []) =>
    (await owner.query(sql, params)).rows as T[];
  const [{ id: municipalityId }] = await q<{ id: string }>(
    `SELECT id FROM municipality WHERE code = '0180'`,
  );
  await q(`SELECT set_config('app.municipality_id', $1, false)`, [municipalityId]);
  const [{ id: unitId }] = await q<{ id: string }>(
    `INSERT INTO org_unit (municipality_id, kind, name, service_area_id)
     VALUES ($1, 'unit', 'Bench enhet', (SELECT id FROM service_area ORDER BY code LIMIT 1)) RETURNING id`,
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

export interface Session {
  cookie: string;
  csrfToken: string;
}

export async function login(baseUrl: string, email: string, password: string): Promise<Session> {
  const response = await fetch(`${baseUrl}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  if (response.status !== 200) throw new Error(`bench login: HTTP ${response.status}`);
  const cookie = (
    response.headers.getSetCookie().find((c) => c.startsWith('kl_session=')) ?? ''
  ).split(';')[0];
  const body = (await response.json()) as { csrfToken: string };
  return { cookie, csrfToken: body.csrfToken };
}

/** Requests with the session over one kept-alive connection; resolves with the status (2xx or 409). */
export function httpCall(baseUrl: string, session: Session, sockets: number) {
  const agent = new Agent({ keepAlive: true, maxSockets: sockets });
  return (method: string, path: string, body?: object) =>
    new Promise<number>((resolve, reject) => {
      const payload = body ? JSON.stringify(body) : undefined;
      const req = request(
        `${baseUrl}${path}`,
        {
          agent,
          method,
          headers: {
            Cookie: session.cookie,
            [CSRF_HEADER]: session.csrfToken,
            ...(payload
              ? { 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload) }
              : {}),
          },
        },
        (res) => {
          res.resume();
          res.on('end', () => {
            const status = res.statusCode ?? 0;
            if (status < 300 || status === 409) resolve(status);
            else reject(new Error(`${method} ${path}: HTTP ${status}`));
          });
        },
      );
      req.on('error', reject);
      req.end(payload);
    });
}

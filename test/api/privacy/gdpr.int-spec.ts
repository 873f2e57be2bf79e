import { createAccount, createTestApp, createUnit, signIn, signInAs, type TestApp } from '@kl/api/testing';
import type { ErasureCandidates, InventoryRound, PersonDataExport } from '@kl/shared/contracts';
import { createRound, publishedFrameworkId } from '../inventory/inventory-fixtures';
import { csvFile, STAFF_HEADER, staffRow } from '../imports/import-files';

describe('GDPR: a person’s data exported and erased, retention and purge', () => {
  let t: TestApp;
  let admin: Awaited<ReturnType<typeof signInAs>>;
  let round: InventoryRound;
  let leaver: string;
  let stayer: string;
  let longGone: string;
  let accountId: string;
  let codes: string[];

  const id = async (number: string) => (await t.owner.query(`SELECT id FROM staff_member WHERE employee_number = $1`, [number]))[0]?.id as string;
  const importFile = async (path: string, file: Buffer) => {
    const job = await admin.post(path).set('Content-Type', 'text/csv').send(file).expect(201);
    expect(job.body.problems).toEqual([]);
    await admin.post(`/api/imports/${job.body.id}/confirm`).expect(200);
  };

  beforeAll(async () => {
    t = await createTestApp({ env: { ROUND_PURGE_AFTER_YEARS: '0' } });
    admin = await signInAs(t, 'municipality_admin');
    await createUnit(t, { name: 'Utredning' });
    await importFile('/api/imports/staff/file', csvFile([
      STAFF_HEADER,
      staffRow('L1', 'Utredning', { fornamn: 'Lämnarén', efternamn: 'Särskildsson', epost: 'lamnaren@kommun.se', anstalld_till: '2026-11-01' }),
      staffRow('S1', 'Utredning', { fornamn: 'Stannar' }),
      staffRow('G1', 'Utredning', { fornamn: 'Gammal', anstalld_fran: '2015-01-01', yrkeserfarenhet_fran: '2015-01-01', examensar: 2014, anstalld_till: '2020-06-30' }),
    ]));
    [leaver, stayer, longGone] = [await id('L1'), await id('S1'), await id('G1')];
    const frameworkId = await publishedFrameworkId(t);
    codes = (await t.owner.query(`SELECT code FROM competence_topic WHERE framework_id = $1 ORDER BY code LIMIT 3`, [frameworkId])).map((r: { code: string }) => r.code);
    round = await createRound(admin, frameworkId, { referenceDate: '2026-10-01' });
    await importFile(`/api/imports/assessments/file?roundId=${round.id}`, csvFile([['anstallningsnummer', ...codes], ['L1', 'G', 'F', 'S'], ['S1', 'F', 'F', 'G']]));
    await importFile(`/api/imports/assessments/file?roundId=${round.id}`, csvFile([['anstallningsnummer', codes[0]], ['L1', 'F']]));
    accountId = (await createAccount(t, { role: 'caseworker', staffMemberId: leaver, status: 'active' })).id;
    await admin.get(`/api/staff/${leaver}`).expect(200);
  });
  afterAll(() => t.close());

  it('exports everything held about a person, as JSON and as a readable page, and logs the read', async () => {
    const started = Date.now();
    const body = (await admin.get(`/api/privacy/staff/${leaver}/export`).expect(200)).body as PersonDataExport;
    expect(Date.now() - started).toBeLessThan(2_000);
    const section = (table: string) => body.sections.find((s) => s.table === table)?.rows ?? [];
    expect(section('staff_member')).toEqual([expect.objectContaining({ first_name: 'Lämnarén', email: 'lamnaren@kommun.se', unit_name: 'Utredning' })]);
    expect(section('assessment')).toHaveLength(4);
    expect(section('assessment_cell')).toHaveLength(3);
    expect(section('user_account')).toEqual([expect.objectContaining({ role: 'caseworker' })]);
    expect(section('personal_data_read').map((r) => r['what'])).toEqual(['staff_record', 'person_export']);
    expect(section('audit_event').map((e) => e['entity'])).toEqual(expect.arrayContaining(['staff_member', 'assessment']));
    expect(section('import_job').length).toBeGreaterThan(0);
    const html = await admin.get(`/api/privacy/staff/${leaver}/export?format=html`).expect(200);
    expect(html.headers['content-type']).toContain('text/html');
    expect(html.text).toContain('Lämnarén');
    const reads = await t.owner.query(`SELECT count(*)::int AS n FROM personal_data_read WHERE resource = 'person_export' AND $1 = ANY(staff_member_ids)`, [leaver]);
    expect(reads).toEqual([{ n: 2 }]);
  });

  it('lets a person download their own data, and nobody else’s', async () => {
    const account = await createAccount(t, { role: 'caseworker', staffMemberId: stayer, status: 'active' });
    const own = await signIn(t, account.email, account.password);
    const body = (await own.get('/api/privacy/me/export').expect(200)).body as PersonDataExport;
    expect(body.staffMemberId).toBe(stayer);
    await own.get(`/api/privacy/staff/${leaver}/export`).expect(404);
    const noRecord = await signInAs(t, 'caseworker');
    await noRecord.get('/api/privacy/me/export').expect(404);
  });

  it('lists people who left long ago for erasure', async () => {
    const body = (await admin.get('/api/privacy/retention').expect(200)).body as ErasureCandidates;
    expect(body.erasureAfterMonths).toBe(24);
    expect(body.people.map((p) => p.employeeNumber)).toEqual(['G1']);
    expect(body.people[0]).toMatchObject({ id: longGone, employmentEnd: '2020-06-30' });
    // The only round is still open: nothing to purge.
    expect(body).toMatchObject({ purgeAfterYears: 0, rounds: [] });
  });

  it('refuses to erase someone still employed', async () => {
    const refused = await admin.post(`/api/privacy/staff/${stayer}/erase`).expect(409);
    expect(refused.body.code).toBe('PERSON_STILL_EMPLOYED');
  });

  it('erases a person everywhere, audit snapshots included, and no closed-round figure moves', async () => {
    const closed = (await admin.post(`/api/rounds/${round.id}/close`).send({ version: round.version }).expect(200)).body as InventoryRound;
    const figures = async () => ({
      round: (await admin.get(`/api/rounds/${round.id}`).expect(200)).body.population,
      dashboard: (await admin.get(`/api/rounds/${round.id}/dashboard`).expect(200)).body,
    });
    const before = await figures();
    const frozenBefore = await t.owner.query(`SELECT unit_name, role, fte, gender, levels FROM round_population WHERE round_id = $1 ORDER BY levels`, [closed.id]);

    await admin.post(`/api/privacy/staff/${leaver}/erase`).expect(204);

    expect(await figures()).toEqual(before);
    const frozenAfter = await t.owner.query(`SELECT unit_name, role, fte, gender, levels, staff_member_id FROM round_population WHERE round_id = $1 ORDER BY levels`, [closed.id]);
    expect(frozenAfter.map(({ staff_member_id: _id, ...rest }: Record<string, unknown>) => rest)).toEqual(frozenBefore);
    expect(frozenAfter.filter((row: { staff_member_id: string | null }) => row.staff_member_id === null)).toHaveLength(1);

    const [{ n: rows }] = await t.owner.query(
      `SELECT (SELECT count(*) FROM staff_member WHERE id = $1) + (SELECT count(*) FROM assessment WHERE staff_member_id = $1)
            + (SELECT count(*) FROM assessment_cell WHERE staff_member_id = $1) + (SELECT count(*) FROM personal_data_read WHERE $1 = ANY(staff_member_ids))
            + (SELECT count(*) FROM user_account WHERE staff_member_id = $1) AS n`,
      [leaver],
    );
    expect(Number(rows)).toBe(0);
    // Nothing anywhere still says who the person was.
    for (const text of ['Lämnarén', 'Särskildsson', 'lamnaren@kommun.se']) {
      const [{ n }] = await t.owner.query(
        `SELECT (SELECT count(*) FROM audit_event e WHERE e::text LIKE $1) + (SELECT count(*) FROM user_account a WHERE a::text LIKE $1)
              + (SELECT count(*) FROM import_job j WHERE j.preview::text LIKE $1) AS n`,
        [`%${text}%`],
      );
      expect(Number(n)).toBe(0);
    }
    const [{ n: mentions }] = await t.owner.query(`SELECT count(*) AS n FROM import_job WHERE preview::text LIKE '%"L1"%'`);
    expect(Number(mentions)).toBe(0);
    // The audit keeps who did what: the events stay, blanked, and the erasure is one more.
    const events = await t.owner.query(`SELECT action, before, after, actor_user_id FROM audit_event WHERE entity_type = 'staff_member' AND entity_id = $1 ORDER BY occurred_at`, [leaver]);
    expect(events.map((e: { action: string }) => e.action)).toEqual(['create', 'erase']);
    expect(events[0]).toMatchObject({ before: null, after: { erased: true }, actor_user_id: admin.account.id });
    const [account] = await t.owner.query(`SELECT email, display_name, status, password_hash FROM user_account WHERE id = $1`, [accountId]);
    expect(account).toEqual({ email: `raderad-${accountId}@raderad.invalid`, display_name: 'Raderad användare', status: 'disabled', password_hash: null });
    await admin.get(`/api/privacy/staff/${leaver}/export`).expect(404);
  });

  it('purges a closed round’s person-level data while its figures stay', async () => {
    const dashboard = async () => (await admin.get(`/api/rounds/${round.id}/dashboard`).expect(200)).body;
    const before = await dashboard();
    const open = await createRound(admin, await publishedFrameworkId(t));
    expect((await admin.post(`/api/privacy/rounds/${open.id}/purge`).expect(409)).body.code).toBe('ROUND_NOT_PURGEABLE');
    const listed = async () => ((await admin.get('/api/privacy/retention').expect(200)).body as ErasureCandidates).rounds;
    // The erased leaver is gone already; the stayer is still linked, with an assessment row per level.
    expect(await listed()).toEqual([
      { id: round.id, name: round.name, referenceDate: '2026-10-01', closedAt: expect.any(String), linkedPeople: 1, assessments: 3 },
    ]);
    await admin.post(`/api/privacy/rounds/${round.id}/purge`).expect(204);
    expect(await listed()).toEqual([]);
    expect(await dashboard()).toEqual(before);
    const [{ n }] = await t.owner.query(
      `SELECT (SELECT count(*) FROM assessment WHERE round_id = $1) + (SELECT count(*) FROM assessment_cell WHERE round_id = $1)
            + (SELECT count(*) FROM round_population WHERE round_id = $1 AND staff_member_id IS NOT NULL) AS n`,
      [round.id],
    );
    expect(Number(n)).toBe(0);
    const other = await signInAs(t, 'municipality_admin', { municipalityCode: '1480' });
    await other.post(`/api/privacy/rounds/${round.id}/purge`).expect(404);
    await other.post(`/api/privacy/staff/${stayer}/erase`).expect(404);
  });
});

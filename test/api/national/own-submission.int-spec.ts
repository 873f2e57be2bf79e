import { createTestApp, daysFromToday, signInAs, type SignedIn, type TestApp } from '@kl/api/testing';
import type {
  AssessmentMatrix,
  CaseworkersTable,
  FileRowError,
  InventoryRound,
  NationalSubmission,
  OwnNationalRound,
  OwnSubmissionPreview,
  StaffMember,
  SubmissionCompleteness,
  SubmissionRow,
  TeamLeadersTable,
  TopicsTable,
} from '@kl/shared/contracts';
import { createNationalRound, csv, nationalFrameworkId, upload } from './national-fixtures';

/**
 * A kommun administrator's submission from the kommun's own data (docs/national.md): built from
 * the frozen population of a closed round, every aggregate checked against figures summed by hand.
 */
describe("a kommun's submission from its own data", () => {
  let t: TestApp;
  let admin: Awaited<ReturnType<typeof signInAs>>;
  let analyst: SignedIn;
  let frameworkId: string;
  let round: InventoryRound;
  let openRound: InventoryRound;
  const people: Record<string, StaffMember> = {};

  let number = 0;
  const hire = async (unitId: string, fields: Record<string, unknown>) =>
    (
      await admin
        .post('/api/staff')
        .send({
          employeeNumber: `NAT-${++number}`,
          firstName: 'Hemlig',
          lastName: `Person ${number}`,
          unitId,
          role: 'caseworker',
          employmentType: 'permanent',
          employmentStart: '2010-01-01',
          ...fields,
        })
        .expect(201)
    ).body as StaffMember;

  const body = (indicators: Record<string, string> = {}) => ({ inventoryRoundId: round.id, indicators });
  const value = (rows: SubmissionRow[], matt: string, inriktning = '', niva = '', kon = '') =>
    rows.find((r) => r.matt === matt && r.inriktning === inriktning && r.niva === niva && r.kon === kon)?.varde;

  beforeAll(async () => {
    t = await createTestApp();
    admin = await signInAs(t, 'municipality_admin', { municipalityCode: '0180' });
    analyst = await signInAs(t, 'national_analyst');
    frameworkId = await nationalFrameworkId(t);
    await createNationalRound(analyst, frameworkId, '2025');
    await createNationalRound(analyst, frameworkId, '2024', { open: false });

    const unit = (
      (await admin.post('/api/units').send({ name: 'Barn och unga', kind: 'unit', serviceAreaCode: 'barn-och-unga' }).expect(201))
        .body as { id: string }
    ).id;
    const base = { degree: 'social_work', experienceStart: '2010-01-01' };
    people.a = await hire(unit, { ...base, gender: 'woman', fte: 1, experienceStart: '2025-06-01', continuingEducation: true });
    people.b = await hire(unit, { ...base, gender: 'man', fte: 0.75, degree: 'none', furtherEducation: true, masters: true });
    people.c = await hire(unit, { ...base, gender: 'other', fte: 0.5, degree: 'foreign_social_work' });
    people.d = await hire(unit, {
      ...base,
      gender: 'woman',
      fte: 0.35,
      degree: 'social_care',
      experienceStart: '2024-12-01',
      employmentType: 'consultant',
    });
    people.e = await hire(unit, {
      ...base,
      role: 'team_leader',
      gender: 'woman',
      fte: 1,
      experienceStart: '2023-01-01',
      continuingEducation: true,
      firstManagerialJob: true,
      needsDevelopment: false,
    });
    people.f = await hire(unit, {
      ...base,
      role: 'team_leader',
      gender: 'man',
      fte: 0.5,
      experienceStart: '2000-01-01',
      furtherEducation: true,
      masters: true,
      firstManagerialJob: false,
      needsDevelopment: true,
    });

    const create = async (name: string) => {
      const created = (
        await admin
          .post('/api/rounds')
          .send({ name, frameworkId, referenceDate: '2025-10-01', opensOn: daysFromToday(-30), closesOn: daysFromToday(60), unitIds: [] })
          .expect(201)
      ).body as InventoryRound;
      return (await admin.post(`/api/rounds/${created.id}/open`).send({ version: created.version }).expect(200)).body as InventoryRound;
    };
    round = await create('Hösten 2025');
    openRound = await create('Pågående');
    const cells = [
      [people.a, 'SA01', 'basic'],
      [people.a, 'SA02', 'advanced'],
      [people.b, 'SA01', 'insufficient'],
      [people.b, 'SA02', 'basic'],
      [people.c, 'SA01', 'advanced'],
      [people.e, 'SA01', 'advanced'],
    ] as const;
    await admin
      .put(`/api/rounds/${round.id}/assessments`)
      .send({ cells: cells.map(([p, topicCode, v]) => ({ staffMemberId: p.id, topicCode, value: v, expectedVersion: 0 })) })
      .expect(200);
    round = (await admin.post(`/api/rounds/${round.id}/close`).send({ version: round.version }).expect(200)).body as InventoryRound;
    expect(round.population).toMatchObject({ caseworkers: 4, teamLeaders: 2 });
    // The matrix saw them: the frozen levels are what the submission reads.
    const matrix = (await admin.get(`/api/rounds/${round.id}/matrix`).expect(200)).body as AssessmentMatrix;
    expect(matrix.rows).toHaveLength(4);
  });
  afterAll(() => t.close());

  it('previews exactly the aggregates it will send, summed by hand', async () => {
    const preview = (
      await admin.post('/api/national/rounds/2025/own-submission/preview').send(body({ ind_forvaltat: 'delvis' })).expect(200)
    ).body as OwnSubmissionPreview;
    const rows = preview.rows;
    expect(preview).toMatchObject({ round: '2025', kommunkod: '0180', suggestedIndicators: {} });
    // SA01: G = A 1.0; F = C 0.5; S = B 0.75, rounded once, half away from zero, to 0.8.
    expect([value(rows, 'bedomning_fte', 'SA01', 'G'), value(rows, 'bedomning_fte', 'SA01', 'F'), value(rows, 'bedomning_fte', 'SA01', 'S')]).toEqual(['1.0', '0.5', '0.8']);
    expect([value(rows, 'bedomning_fte', 'SA02', 'G'), value(rows, 'bedomning_fte', 'SA02', 'F'), value(rows, 'bedomning_fte', 'SA02', 'S')]).toEqual(['0.8', '1.0', '0.0']);
    expect(value(rows, 'bedomning_fte', 'JU01', 'G')).toBe('0.0');
    // Caseworkers by gender: K = A 1.0 + D 0.35 (a konsult counts) = 1.35 → 1.4; M = B 0.75 → 0.8; A = C 0.5.
    expect(['K', 'M', 'A'].map((kon) => value(rows, 'handlaggare_fte', '', '', kon))).toEqual(['1.4', '0.8', '0.5']);
    // Socionomexamen (C's foreign one counts) with < 1 year: only A.
    expect(value(rows, 'handlaggare_socionom_under1ar_fte')).toBe('1.0');
    // Without socionomexamen: B (none) and D (social omsorgsexamen).
    expect(['K', 'M', 'A'].map((kon) => value(rows, 'handlaggare_utan_socionom_fte', '', '', kon))).toEqual(['0.4', '0.8', '0.0']);
    expect(value(rows, 'handlaggare_fortbildning_antal')).toBe('1');
    expect(value(rows, 'handlaggare_vidareutbildning_antal')).toBe('1');
    expect(value(rows, 'handlaggare_magister_antal')).toBe('1');
    // Team leaders are counted in heads, never in a topic table.
    expect(['K', 'M', 'A'].map((kon) => value(rows, 'arbetsledare_antal', '', '', kon))).toEqual(['1', '1', '0']);
    expect(value(rows, 'arbetsledare_forsta_chefsjobb_antal')).toBe('1');
    expect(value(rows, 'arbetsledare_behov_antal')).toBe('1');
    expect(value(rows, 'arbetsledare_under3ar_antal')).toBe('1');
    expect(value(rows, 'arbetsledare_fortbildning_antal')).toBe('1');
    expect(value(rows, 'arbetsledare_vidareutbildning_antal')).toBe('1');
    expect(value(rows, 'arbetsledare_magister_antal')).toBe('1');
    expect(value(rows, 'ind_forvaltat')).toBe('delvis');
    expect(value(rows, 'ind_plan_arbetsledare')).toBeUndefined();
    // 26 topics × 3 levels, 13 caseworker and team leader cells by gender or alone, 6 more, one indicator;
    // training (docs/national.md §7, all zero here): 9 types, credits, joint, 26 topics × 2, 12 target groups, hp, programmes, 2 × kronor;
    // staffing (§10): 4 per role, 6 reasons, 8 of vacancies.
    expect(rows).toHaveLength(26 * 3 + 3 + 1 + 3 + 3 + 3 + 6 + 1 + (9 + 2 + 26 * 2 + 12 + 1 + 1 + 2) + (2 * 4 + 6 + 8));
    expect(rows.filter((r) => /^(aktivitet|deltagare|introduktionsprogram|statsbidrag)_/.test(r.matt)).every((r) => Number(r.varde) === 0)).toBe(true);

    expect(preview.checks).toMatchObject({
      caseworkers: 4,
      teamLeaders: 2,
      caseworkersNotAssessed: 1,
      teamLeadersMissingAttributes: 0,
      // D, assessed in no topic.
      peopleToComplete: 1,
      outliers: [],
    });
    expect(preview.checks.topicsWithoutAssessments).toHaveLength(24);
    expect(preview.checks.topicsWithoutAssessments).not.toContain('SA01');
    expect(preview.checks.indicatorsMissing).toHaveLength(6);
  });

  it('submits, and the kommun’s column arrives in the national tables', async () => {
    const submission = (
      await admin.post('/api/national/rounds/2025/own-submission').send(body({ ind_forvaltat: 'ja' })).expect(201)
    ).body as NationalSubmission;
    expect(submission).toMatchObject({ roundCode: '2025', kommunkod: '0180', source: 'kommun_data', replacedAt: null });

    const topics = (await analyst.get('/api/national/rounds/2025/tables/topics').expect(200)).body as TopicsTable;
    expect(topics.rows.find((r) => r.topic === 'SA01')).toMatchObject({
      fte: { G: '1.0', F: '0.5', S: '0.8' },
      total: '2.3',
      share: { G: '0.434782608695652174', F: '0.217391304347826087', S: '0.347826086956521739' },
      n: 1,
    });
    const caseworkers = (await analyst.get('/api/national/rounds/2025/tables/caseworkers').expect(200)).body as CaseworkersTable;
    expect(caseworkers).toMatchObject({ fte: { K: '1.4', M: '0.8', A: '0.5', total: '2.7' }, n: 1, nEducation: 1 });
    const leaders = (await analyst.get('/api/national/rounds/2025/tables/team-leaders').expect(200)).body as TeamLeadersTable;
    expect(leaders).toMatchObject({ count: { K: 1, M: 1, A: 0, total: 2 }, under3Years: 1, n: 1 });

    const audit: { action: string; actor_user_id: string }[] = await t.owner.query(
      `SELECT action, actor_user_id FROM audit_event WHERE entity_type = 'national_submission' AND entity_id = $1`,
      [submission.id],
    );
    expect(audit).toEqual([{ action: 'submit', actor_user_id: admin.account.id }]);
  });

  it('replaces its submission as a whole, keeps and lists the earlier one, and downloads it as a §3 file', async () => {
    // A correction after the close: F's FTE moves nothing (frozen); a second submission replaces the first.
    const again = (await admin.post('/api/national/rounds/2025/own-submission').send(body()).expect(201)).body as NationalSubmission;
    const mine = (await admin.get('/api/national/own/submissions').expect(200)).body as NationalSubmission[];
    expect(mine.map((s) => [s.id === again.id, s.replacedAt === null])).toEqual([
      [true, true],
      [false, false],
    ]);
    const rounds = (await admin.get('/api/national/own/rounds').expect(200)).body as OwnNationalRound[];
    expect(rounds.find((r) => r.code === '2025')).toMatchObject({
      status: 'open',
      submission: { id: again.id },
      inventoryRounds: [{ id: round.id, name: 'Hösten 2025', referenceDate: '2025-10-01' }],
    });
    const file = await admin.get(`/api/national/own/submissions/${again.id}/file`).expect(200);
    expect(file.headers['content-type']).toMatch(/^text\/csv/);
    expect(file.text).toContain('kommunkod;omgang;matt;inriktning;niva;kon;varde');
    expect(file.text).toContain('0180;2025;bedomning_fte;SA01;S;;0.8');
    // The downloaded file is a valid §3 file the national analyst could load as it is.
    await upload(analyst, '2025', Buffer.from(file.text), 'own.csv', true).expect(201);
  });

  it('refuses a round that is not closed, outside the national window, and another kommun’s rows in a file', async () => {
    await admin
      .post('/api/national/rounds/2025/own-submission/preview')
      .send({ inventoryRoundId: openRound.id, indicators: {} })
      .expect(409)
      .expect(({ body: b }) => expect(b.code).toBe('NATIONAL_SUBMISSION_ROUND_NOT_CLOSED'));
    await admin
      .post('/api/national/rounds/2024/own-submission')
      .send(body())
      .expect(409)
      .expect(({ body: b }) => expect(b.code).toBe('NATIONAL_ROUND_NOT_OPEN'));
    await admin
      .post('/api/national/rounds/2025/own-submission')
      .send({ ...body(), indicators: { ind_forvaltat: 'kanske' } })
      .expect(400);
    const foreign = await upload(admin, '2025', csv(['0180;2025;handlaggare_fte;;;K;1', '1480;2025;handlaggare_fte;;;K;1'])).expect(422);
    expect((foreign.body.errors as FileRowError[]).map((e) => [e.row, e.column, e.code])).toEqual([[3, 'kommunkod', 'other_kommun']]);
    const own = await upload(admin, '2025', csv(['0180;2025;handlaggare_fte;;;K;1'])).expect(201);
    expect(own.body).toEqual({ kommuner: 1, rows: 1, replaced: 1 });
    await upload(admin, '2024', csv(['0180;2024;handlaggare_fte;;;K;1'])).expect(409);
    // Against that file (1.0 FTE), the kommun's data (2.7 FTE) is an outlier worth a second look.
    const preview = (await admin.post('/api/national/rounds/2025/own-submission/preview').send(body()).expect(200))
      .body as OwnSubmissionPreview;
    expect(preview.checks.outliers).toEqual([{ matt: 'handlaggare_fte', inriktning: '', previous: '1.0', current: '2.7' }]);
  });

  it('lets no name, employee number, person id or free text reach a national table, file or response', async () => {
    const ids = Object.values(people).flatMap((p) => [p.id, p.employeeNumber, p.firstName, p.lastName]);
    const leaks = (text: string) => ids.filter((id) => text.includes(id));
    const responses = [
      (await admin.post('/api/national/rounds/2025/own-submission/preview').send(body()).expect(200)).text,
      (await admin.get('/api/national/own/submissions').expect(200)).text,
      (await admin.get('/api/national/own/rounds').expect(200)).text,
      ...(await Promise.all(
        ['topics', 'areas', 'caseworkers', 'team-leaders', 'indicators'].map(
          async (name) => (await analyst.get(`/api/national/rounds/2025/tables/${name}`).expect(200)).text,
        ),
      )),
      (await analyst.get('/api/national/rounds/2025/status').expect(200)).text,
    ];
    const mine = (await admin.get('/api/national/own/submissions').expect(200)).body as NationalSubmission[];
    for (const s of mine) responses.push((await admin.get(`/api/national/own/submissions/${s.id}/file`).expect(200)).text);
    for (const text of responses) expect(leaks(text)).toEqual([]);

    const tables = ['national_round', 'national_submission', 'national_submission_value', 'national_aggregate'];
    for (const table of tables) {
      const rows: { row: string }[] = await t.owner.query(`SELECT to_jsonb(x)::text AS row FROM "${table}" x`);
      expect({ table, leaks: leaks(rows.map((r) => r.row).join('\n')) }).toEqual({ table, leaks: [] });
    }
    const columns: { column_name: string }[] = await t.owner.query(
      `SELECT column_name FROM information_schema.columns WHERE table_name = ANY($1)`,
      [tables],
    );
    expect(columns.map((c) => c.column_name).filter((c) => /staff|name|employee|comment|user|email/.test(c))).toEqual([]);
  });

  it("suggests the plan indicators as the kommun's plans of the round's year answer them", async () => {
    const suggested = async () =>
      ((await admin.post('/api/national/rounds/2025/own-submission/preview').send(body()).expect(200)).body as OwnSubmissionPreview)
        .suggestedIndicators;
    // No plan of 2025 yet: nothing is suggested (a "nej" would be a guess).
    expect(await suggested()).toEqual({});
    await admin.post('/api/plans').send({ kind: 'overall', year: 2025, staffGroup: 'caseworker' }).expect(201);
    // An overall plan for the caseworkers, neither team leader (E, F) with a plan of their own, no plan followed up.
    expect(await suggested()).toEqual({ ind_samlad_plan_handlaggare: 'ja', ind_plan_arbetsledare: 'nej', ind_plan_foljs_upp_arligen: 'nej' });
    await admin.post('/api/plans').send({ kind: 'individual', year: 2025, staffMemberId: people.e.id }).expect(201);
    expect(await suggested()).toMatchObject({ ind_plan_arbetsledare: 'delvis' });
    // A plan of another year answers nothing here.
    await admin.post('/api/plans').send({ kind: 'individual', year: 2026, staffMemberId: people.f.id }).expect(201);
    expect(await suggested()).toMatchObject({ ind_plan_arbetsledare: 'delvis' });
    // The kommun's overall plan for its team leaders answers "plan för arbetsledarna" by itself.
    await admin.post('/api/plans').send({ kind: 'overall', year: 2025, staffGroup: 'team_leader' }).expect(201);
    expect(await suggested()).toMatchObject({ ind_samlad_plan_handlaggare: 'ja', ind_plan_arbetsledare: 'ja' });
  });

  it("suggests the training indicators as the kommun's participation and follow-ups of the round's year answer them", async () => {
    const suggested = async () =>
      ((await admin.post('/api/national/rounds/2025/own-submission/preview').send(body()).expect(200)).body as OwnSubmissionPreview)
        .suggestedIndicators;
    expect(await suggested()).not.toHaveProperty('ind_forvaltat');
    const course = (
      await admin
        .post('/api/courses')
        .send({
          title: 'Förvaltad kurs',
          type: 'one_day_course',
          provider: 'internal',
          costPerParticipant: '500',
          topics: [{ topicCode: 'SA01', level: 'basic' }],
          targetGroup: { role: null, degree: 'any', experience: 'any' },
        })
        .expect(201)
    ).body as { id: string };
    const session = (
      await admin.post(`/api/courses/${course.id}/sessions`).send({ startsOn: '2025-05-06', endsOn: '2025-05-06', online: true, capacity: 5 }).expect(201)
    ).body as { id: string };
    const [a, e] = (
      await admin
        .post(`/api/sessions/${session.id}/participations`)
        .send({ staffMemberIds: [people.a.id, people.e.id], status: 'booked', fundingSource: 'ordinary_budget' })
        .expect(201)
    ).body as { id: string; staffMemberId: string; version: number }[];
    const [caseworkerBooking, leaderBooking] = a.staffMemberId === people.a.id ? [a, e] : [e, a];
    await admin.patch(`/api/participations/${caseworkerBooking.id}`).send({ version: caseworkerBooking.version, status: 'completed' }).expect(200);
    await admin
      .patch(`/api/participations/${leaderBooking.id}`)
      .send({ version: leaderBooking.version, status: 'cancelled', cancellationReason: 'no_substitute' })
      .expect(200);
    // The caseworker's course was carried out, the team leader's not; completed, not yet followed up.
    expect(await suggested()).toMatchObject({ ind_genomfort_handlaggare: 'ja', ind_genomfort_arbetsledare: 'nej', ind_forvaltat: 'nej' });
    await admin.put(`/api/participations/${caseworkerBooking.id}/follow-up`).send({ version: null, applied: 'partly', topics: [] }).expect(200);
    expect(await suggested()).toMatchObject({ ind_forvaltat: 'ja' });
  });

  it('names, for the administrator only, whom the national tables lack something of, and logs the read', async () => {
    const unit = (
      (await admin.post('/api/units').send({ name: 'Familjerätt', kind: 'unit', serviceAreaCode: 'barn-och-unga' }).expect(201))
        .body as { id: string }
    ).id;
    // G: not assessed, experience after the reference date, "no degree" yet qualified. H: a team
    // leader with a placeholder experience date and neither first managerial job nor need recorded.
    const g = await hire(unit, { gender: 'woman', fte: 1, degree: 'none', qualificationStatus: 'qualified', experienceStart: '2026-01-01' });
    const h = await hire(unit, { role: 'team_leader', gender: 'man', fte: 1, degree: 'social_work', experienceStart: '1900-01-01' });
    const created = (
      await admin
        .post('/api/rounds')
        .send({ name: 'Kontroll', frameworkId, referenceDate: '2025-10-01', opensOn: daysFromToday(-30), closesOn: daysFromToday(60), unitIds: [unit] })
        .expect(201)
    ).body as InventoryRound;
    const opened = (await admin.post(`/api/rounds/${created.id}/open`).send({ version: created.version }).expect(200)).body as InventoryRound;
    // An open round has no frozen population to check yet.
    await admin.get(`/api/national/own/inventory-rounds/${opened.id}/completeness`).expect(409);
    const closed = (await admin.post(`/api/rounds/${opened.id}/close`).send({ version: opened.version }).expect(200)).body as InventoryRound;

    const preview = (
      await admin.post('/api/national/rounds/2025/own-submission/preview').send({ inventoryRoundId: closed.id, indicators: {} }).expect(200)
    ).body as OwnSubmissionPreview;
    expect(preview.checks).toMatchObject({ caseworkers: 1, teamLeaders: 1, caseworkersNotAssessed: 1, teamLeadersMissingAttributes: 1, peopleToComplete: 2 });

    const readsBefore: { n: number }[] = await t.owner.query(`SELECT count(*)::int AS n FROM personal_data_read WHERE resource = 'round_overview'`);
    const completeness = (await admin.get(`/api/national/own/inventory-rounds/${closed.id}/completeness`).expect(200))
      .body as SubmissionCompleteness;
    expect(completeness).toEqual({
      inventoryRoundId: closed.id,
      referenceDate: '2025-10-01',
      people: [
        {
          staffMemberId: h.id,
          name: `${h.lastName}, ${h.firstName}`,
          unitName: 'Familjerätt',
          role: 'team_leader',
          issues: ['experience_implausible', 'first_managerial_job_missing', 'needs_development_missing'],
        },
        {
          staffMemberId: g.id,
          name: `${g.lastName}, ${g.firstName}`,
          unitName: 'Familjerätt',
          role: 'caseworker',
          issues: ['not_assessed', 'experience_after_reference_date', 'degree_contradicts_qualification'],
        },
      ].sort((a, b) => a.name.localeCompare(b.name, 'sv')),
    });
    const logged: { ids: string[] }[] = await t.owner.query(
      `SELECT staff_member_ids::text[] AS ids FROM personal_data_read WHERE resource = 'round_overview' ORDER BY occurred_at DESC LIMIT 1`,
    );
    const readsAfter: { n: number }[] = await t.owner.query(`SELECT count(*)::int AS n FROM personal_data_read WHERE resource = 'round_overview'`);
    expect(readsAfter[0].n).toBe(readsBefore[0].n + 1);
    expect([...logged[0].ids].sort()).toEqual([g.id, h.id].sort());

    // The first round: only D, assessed in no topic.
    const first = (await admin.get(`/api/national/own/inventory-rounds/${round.id}/completeness`).expect(200)).body as SubmissionCompleteness;
    expect(first.people.map((p) => [p.staffMemberId, p.issues])).toEqual([[people.d.id, ['not_assessed']]]);
    // Another kommun's administrator sees nothing of it.
    const other = await signInAs(t, 'municipality_admin', { municipalityCode: '1480' });
    await other.get(`/api/national/own/inventory-rounds/${round.id}/completeness`).expect(404);
  });
});

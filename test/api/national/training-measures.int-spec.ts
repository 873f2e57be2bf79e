import { createTestApp, signInAs, type SignedIn, type TestApp } from '@kl/api/testing';
import type {
  FileRowError,
  InventoryRound,
  NationalSubmission,
  OwnSubmissionPreview,
  Participation,
  SubmissionRow,
  TrainingTable,
} from '@kl/shared/contracts';
import { asKommun, createRound, createStaff, createUnit, municipalityId } from '../inventory/inventory-fixtures';
import { createCourse, createSession } from '../training/training-fixtures';
import { createNationalRound, csv, nationalFrameworkId, upload } from './national-fixtures';

/**
 * Training and statsbidrag in the national submission (docs/national.md §7): built from the
 * kommun's participation and funding of the round's year, sent and read back as a §3 file, checked
 * row by row, and summed into the national training table — every figure counted by hand.
 *
 * Year 2025 of kommun 0180: a university course (7,5 hp; SA01, SA02) completed by Ahl (caseworker,
 * socionom, 15 years), Berg (caseworker, no degree, started 2024-09-01) and Lund (team leader,
 * socionom, started 2023-01-01); a one-day course on SA02 with seats given to 0181, completed by
 * Ahl (Berg cancelled); an introduction programme Berg is booked on; supervision completed by Ahl
 * in 2024 (another year). A 2025 statsbidrag requisitioned 80 000,50 kr; on it Ahl's university
 * course (4 000) and Berg's programme (2 500,40): 6 500,40 used.
 */
describe('training measures in the national submission', () => {
  let t: TestApp;
  let admin: SignedIn;
  let analyst: SignedIn;
  let round: InventoryRound;
  const staff: Record<string, string> = {};
  const value = (rows: SubmissionRow[], matt: string, inriktning = '') =>
    rows.find((r) => r.matt === matt && r.inriktning === inriktning)?.varde;

  beforeAll(async () => {
    t = await createTestApp();
    admin = await signInAs(t, 'municipality_admin');
    analyst = await signInAs(t, 'national_analyst');
    const frameworkId = await nationalFrameworkId(t);
    await createNationalRound(analyst, frameworkId, '2025');
    const kommun = await municipalityId(t);
    const unit = await createUnit(t, kommun, 'Barn och unga');
    for (const name of ['Ahl', 'Berg', 'Lund']) staff[name] = await createStaff(t, kommun, unit, { lastName: name, employmentStart: '2020-01-01' });
    await asKommun(t, kommun, `UPDATE staff_member SET experience_start = '2010-01-01' WHERE id = $1`, [staff['Ahl']]);
    await asKommun(t, kommun, `UPDATE staff_member SET degree = 'none', experience_start = '2024-09-01' WHERE id = $1`, [staff['Berg']]);
    await asKommun(
      t,
      kommun,
      `UPDATE staff_member SET role = 'team_leader', experience_start = '2023-01-01', first_managerial_job = false, needs_development = false WHERE id = $1`,
      [staff['Lund']],
    );
    round = await createRound(admin, frameworkId, { referenceDate: '2025-10-01' });
    round = (await admin.post(`/api/rounds/${round.id}/close`).send({ version: round.version }).expect(200)).body as InventoryRound;

    const grant = (
      await admin.post('/api/grants').send({ name: 'Stärkt kompetens', year: 2025, granted: '100000', requisitioned: '80000.50' }).expect(201)
    ).body as { id: string };
    const book = async (sessionId: string, names: string[], body: object = {}) =>
      (
        await admin
          .post(`/api/sessions/${sessionId}/participations`)
          .send({ staffMemberIds: names.map((n) => staff[n]), status: 'booked', fundingSource: 'ordinary_budget', ...body })
          .expect(201)
      ).body as Participation[];
    const move = (p: Participation, body: object) =>
      admin.patch(`/api/participations/${p.id}`).send({ version: p.version, ...body }).expect(200);

    const university = await createCourse(admin, {
      type: 'university_course',
      credits: '7.5',
      topics: [
        { topicCode: 'SA01', level: 'basic' },
        { topicCode: 'SA02', level: 'advanced' },
      ],
    });
    const held = await createSession(admin, university.id, { startsOn: '2025-03-10', endsOn: '2025-03-11', capacity: 5 });
    const onGrant = await book(held.id, ['Ahl'], { fundingSource: 'grant', grantId: grant.id });
    const others = await book(held.id, ['Berg', 'Lund']);
    for (const p of [...onGrant, ...others]) await move(p, { status: 'completed' });

    const oneDay = await createCourse(admin, { type: 'one_day_course', topics: [{ topicCode: 'SA02', level: 'basic' }] });
    const joint = await createSession(admin, oneDay.id, {
      startsOn: '2025-05-05',
      endsOn: '2025-05-05',
      capacity: 5,
      seats: [{ municipalityCode: '0181', seats: 2 }],
    });
    const [ahl, berg] = await book(joint.id, ['Ahl', 'Berg']);
    await move(ahl, { status: 'completed' });
    await move(berg, { status: 'cancelled', cancellationReason: 'workload' });

    const introduction = await createCourse(admin, { type: 'introduction_programme', topics: [{ topicCode: 'SA01', level: 'basic' }] });
    const programme = await createSession(admin, introduction.id, { startsOn: '2025-09-01', endsOn: '2025-09-05', capacity: 5 });
    await book(programme.id, ['Berg'], { fundingSource: 'grant', grantId: grant.id, cost: '2500.40' });

    const supervision = await createCourse(admin, { type: 'supervision', topics: [{ topicCode: 'SA01', level: 'basic' }] });
    const earlier = await createSession(admin, supervision.id, { startsOn: '2024-12-01', endsOn: '2024-12-01', capacity: 5 });
    for (const p of await book(earlier.id, ['Ahl'])) await move(p, { status: 'completed' });
  });
  afterAll(() => t.close());

  it('previews the training of the round’s year, counted by hand', async () => {
    const preview = (
      await admin.post('/api/national/rounds/2025/own-submission/preview').send({ inventoryRoundId: round.id, indicators: {} }).expect(200)
    ).body as OwnSubmissionPreview;
    const rows = preview.rows;
    const types = ['hogskolekurs', 'endagskurs', 'tvadagarskurs', 'handledning', 'introduktionsprogram'];
    expect(types.map((typ) => value(rows, `aktivitet_${typ}_antal`))).toEqual(['1', '1', '0', '0', '0']);
    expect(value(rows, 'aktivitet_hp_antal')).toBe('1');
    expect(value(rows, 'aktivitet_samverkan_antal')).toBe('1');
    expect(['SA01', 'SA02', 'SA03'].map((s) => value(rows, 'aktivitet_inriktning_antal', s))).toEqual(['1', '2', '0']);
    expect(['SA01', 'SA02', 'SA03'].map((s) => value(rows, 'deltagare_inriktning_antal', s))).toEqual(['3', '4', '0']);
    const groups = rows.filter((r) => /^deltagare_(handlaggare|arbetsledare)_/.test(r.matt) && r.varde !== '0');
    expect(groups.map((r) => [r.matt, r.varde])).toEqual([
      ['deltagare_handlaggare_socionom_minst3ar_antal', '2'],
      ['deltagare_handlaggare_utan_socionom_under1ar_antal', '1'],
      ['deltagare_arbetsledare_socionom_1till3ar_antal', '1'],
    ]);
    expect(value(rows, 'deltagare_hp')).toBe('22.5');
    expect(value(rows, 'introduktionsprogram_antal')).toBe('1');
    expect(value(rows, 'statsbidrag_rekvirerat_kr')).toBe('80001');
    expect(value(rows, 'statsbidrag_anvant_kr')).toBe('6500');
    // Nothing in the preview names anyone.
    expect(JSON.stringify(preview)).not.toMatch(/Ahl|Berg|Lund/);
  });

  it('submits, reads the file back and sends it again unchanged: the table stays', async () => {
    const submission = (
      await admin.post('/api/national/rounds/2025/own-submission').send({ inventoryRoundId: round.id, indicators: {} }).expect(201)
    ).body as NationalSubmission;
    const expected = {
      activities: {
        byType: { university_course: 1, one_day_course: 1, introduction_programme: 0, supervision: 0 },
        total: 2,
        withCredits: 1,
        joint: 1,
        creditsShare: '0.5',
        jointShare: '0.5',
      },
      participants: {
        total: 4,
        byRole: { caseworker: 3, team_leader: 1 },
        byDegreeAndBand: {
          socionom: { under1Year: 0, from1To3Years: 1, from3Years: 2 },
          withoutSocionom: { under1Year: 1, from1To3Years: 0, from3Years: 0 },
        },
      },
      introduction: { programmes: 1, kommunerInUse: 1, n: 1 },
      grants: { requisitioned: '80001', used: '6500', n: 1 },
      n: 1,
    };
    const table = async () => (await analyst.get('/api/national/rounds/2025/tables/training').expect(200)).body as TrainingTable;
    const first = await table();
    expect(first).toMatchObject({ round: '2025', table: 'training', policy: null, ...expected });
    expect(first.topics.slice(0, 2)).toEqual([
      { topic: 'SA02', area: 'SA', participants: 4, activities: 2 },
      { topic: 'SA01', area: 'SA', participants: 3, activities: 1 },
    ]);

    const text = (await admin.get(`/api/national/own/submissions/${submission.id}/file`).expect(200)).text;
    expect(text).toMatch(/statsbidrag_anvant_kr;;;;6500/);
    expect(text).toMatch(/deltagare_inriktning_antal;SA02;;;4/);
    const again = await upload(admin, '2025', Buffer.from(text, 'utf8'), 'inlamning.csv').expect(201);
    expect(again.body).toMatchObject({ kommuner: 1, replaced: 1 });
    const second = await table();
    expect(second).toMatchObject(expected);
    expect(second.topics).toEqual(first.topics);
  });

  it('sums the kommuner of a loaded file into the national training table', async () => {
    const rows = (kommun: string, hogskolekurs: number, hp: number, anvant: string) => [
      `${kommun};2025;aktivitet_hogskolekurs_antal;;;;${hogskolekurs}`,
      `${kommun};2025;aktivitet_hp_antal;;;;${hp}`,
      `${kommun};2025;deltagare_inriktning_antal;SA01;;;5`,
      `${kommun};2025;deltagare_handlaggare_socionom_under1ar_antal;;;;3`,
      `${kommun};2025;introduktionsprogram_antal;;;;0`,
      `${kommun};2025;statsbidrag_anvant_kr;;;;${anvant}`,
    ];
    await upload(analyst, '2025', csv([...rows('0181', 3, 2, '1000'), ...rows('0182', 1, 1, '250')])).expect(201);
    const table = (await analyst.get('/api/national/rounds/2025/tables/training').expect(200)).body as TrainingTable;
    expect(table.activities).toMatchObject({ total: 6, withCredits: 4, creditsShare: '0.666666666666666667' });
    expect(table.participants.byDegreeAndBand.socionom.under1Year).toBe(6);
    expect(table.topics[0]).toEqual({ topic: 'SA01', area: 'SA', participants: 13, activities: 1 });
    expect(table.introduction).toEqual({ programmes: 1, kommunerInUse: 1, n: 3 });
    expect(table.grants).toEqual({ requisitioned: '80001', used: '7750', n: 3 });
    expect(table.n).toBe(3);
  });

  it('answers every wrong training row with its row and column, and writes nothing', async () => {
    const response = await upload(
      analyst,
      '2025',
      csv([
        '0183;2025;aktivitet_inriktning_antal;;;;2',
        '0183;2025;deltagare_inriktning_antal;SA01;F;;2',
        '0183;2025;statsbidrag_rekvirerat_kr;;;;10,5',
        '0183;2025;deltagare_hp;;;;7,25',
        '0183;2025;aktivitet_samverkan_antal;;;M;1',
        '0183;2025;aktivitet_okand_antal;;;;1',
      ]),
    ).expect(422);
    expect((response.body.errors as FileRowError[]).map((e) => `${e.row}:${e.column}:${e.code}`)).toEqual([
      '2:inriktning:required',
      '3:niva:not_allowed',
      '4:varde:not_whole',
      '5:varde:too_many_decimals',
      '6:kon:not_allowed',
      '7:matt:unknown_measure',
    ]);
    const [{ count }] = await t.owner.query(
      `SELECT count(*)::int AS count FROM national_submission s JOIN municipality m ON m.id = s.municipality_id WHERE m.code = '0183'`,
    );
    expect(count).toBe(0);
  });
});

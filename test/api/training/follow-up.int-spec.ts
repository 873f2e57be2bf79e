import { createTestApp, daysFromToday, signInAs, type SignedIn, type TestApp } from '@kl/api/testing';
import type {
  FollowUpDueList,
  Participation,
  TrainingFollowUp,
  TrainingIndicators,
} from '@kl/shared/contracts';
import { todayInSweden } from '@kl/shared/util';
import {
  asKommun,
  createRound,
  createStaff,
  createUnit,
  municipalityId,
  publishedFrameworkId,
} from '../inventory/inventory-fixtures';
import { createCourse, createSession } from './training-fixtures';

/**
 * Follow-up (förvaltning) of completed training: who records it for whom, its rules and 409, the
 * due lists (a team leader's units without their own record; HR the kommun, overdue, by unit), the
 * reassessment a later leader assessment completes, the survey's training indicators with known
 * answers, the GDPR export and erasure of a follow-up.
 *
 * A course on SA01 and SA02 held 2025-03-10–11: Ahl, Berg, Ek (another unit) and the team leader
 * Lund completed it, Ceder cancelled (workload), Dahl did not attend, Falk was never moved on from
 * booked. Ceder completed it again ten days ago; Dahl is booked on a session of 2099.
 */
describe('Follow-up of completed training', () => {
  let t: TestApp;
  let admin: SignedIn;
  let leader: SignedIn;
  let caseworker: SignedIn;
  let sodertalje: SignedIn;
  let kommun: string;
  let team: string;
  let elsewhere: string;
  const staff: Record<string, string> = {};
  const part: Record<string, Participation> = {};

  beforeAll(async () => {
    t = await createTestApp();
    admin = await signInAs(t, 'municipality_admin');
    sodertalje = await signInAs(t, 'municipality_admin', { municipalityCode: '0181' });
    kommun = await municipalityId(t);
    team = await createUnit(t, kommun, 'Mottagning');
    elsewhere = await createUnit(t, kommun, 'Utredning');
    for (const name of ['Ahl', 'Berg', 'Ceder', 'Dahl', 'Falk', 'Lund'])
      staff[name] = await createStaff(t, kommun, team, { lastName: name, employmentStart: '2020-01-01' });
    staff['Ek'] = await createStaff(t, kommun, elsewhere, { lastName: 'Ek', employmentStart: '2020-01-01' });
    await asKommun(t, kommun, `UPDATE staff_member SET role = 'team_leader' WHERE id = $1`, [staff['Lund']]);
    leader = await signInAs(t, 'team_leader', { unitIds: [team], staffMemberId: staff['Lund'] });
    caseworker = await signInAs(t, 'caseworker', { staffMemberId: staff['Ahl'] });

    const course = await createCourse(admin, {
      title: 'Samtal med barn',
      costPerParticipant: '1000',
      topics: [
        { topicCode: 'SA01', level: 'basic' },
        { topicCode: 'SA02', level: 'basic' },
      ],
    });
    const held = await createSession(admin, course.id, { startsOn: '2025-03-10', endsOn: '2025-03-11', capacity: 10 });
    const recent = await createSession(admin, course.id, {
      startsOn: daysFromToday(-11),
      endsOn: daysFromToday(-10),
      capacity: 10,
    });
    const future = await createSession(admin, course.id, { startsOn: '2099-05-10', endsOn: '2099-05-11', capacity: 10 });
    const booked = (
      await admin
        .post(`/api/sessions/${held.id}/participations`)
        .send({
          staffMemberIds: ['Ahl', 'Berg', 'Ceder', 'Dahl', 'Ek', 'Falk', 'Lund'].map((n) => staff[n]),
          status: 'booked',
          fundingSource: 'ordinary_budget',
        })
        .expect(201)
    ).body as Participation[];
    for (const p of booked) part[Object.keys(staff).find((n) => staff[n] === p.staffMemberId) as string] = p;
    const move = async (name: string, body: object) =>
      (part[name] = (
        await admin.patch(`/api/participations/${part[name].id}`).send({ version: part[name].version, ...body }).expect(200)
      ).body);
    for (const name of ['Ahl', 'Berg', 'Ek', 'Lund']) await move(name, { status: 'completed' });
    await move('Ceder', { status: 'cancelled', cancellationReason: 'workload' });
    await move('Dahl', { status: 'no_show' });
    const [again] = (
      await admin
        .post(`/api/sessions/${recent.id}/participations`)
        .send({ staffMemberIds: [staff['Ceder']], status: 'booked', fundingSource: 'ordinary_budget' })
        .expect(201)
    ).body as Participation[];
    part['Ceder again'] = (
      await admin.patch(`/api/participations/${again.id}`).send({ version: again.version, status: 'completed' }).expect(200)
    ).body;
    await admin
      .post(`/api/sessions/${future.id}/participations`)
      .send({ staffMemberIds: [staff['Dahl']], status: 'booked', fundingSource: 'ordinary_budget' })
      .expect(201);
  });
  afterAll(() => t.close());

  const save = (who: SignedIn, name: string, body: object) =>
    who.put(`/api/participations/${part[name].id}/follow-up`).send({ version: null, applied: 'fully', topics: [], ...body });
  const due = async (who: SignedIn, query = '') => (await who.get(`/api/follow-ups/due${query}`).expect(200)).body as FollowUpDueList;
  const rows = (list: FollowUpDueList) =>
    list.items.map((i) => [i.kind, i.lastName, i.dueOn, i.overdue, i.topicCodes.join(',')]);

  it('lists completed courses without a follow-up: the team leader their units’ people but not themself, HR the kommun', async () => {
    const mine = await due(leader);
    expect(mine.today).toBe(todayInSweden());
    expect(rows(mine)).toEqual([
      ['follow_up', 'Ahl', '2025-04-10', true, 'SA01,SA02'],
      ['follow_up', 'Berg', '2025-04-10', true, 'SA01,SA02'],
      ['follow_up', 'Ceder', daysFromToday(20), false, 'SA01,SA02'],
    ]);
    expect(mine.items[0]).toMatchObject({ courseTitle: 'Samtal med barn', endsOn: '2025-03-11', followUpId: null, participationId: part['Ahl'].id });

    expect(rows(await due(admin)).map((r) => r[1])).toEqual(['Ahl', 'Berg', 'Ek', 'Lund', 'Ceder']);
    expect(rows(await due(admin, '?overdue=true')).map((r) => r[1])).toEqual(['Ahl', 'Berg', 'Ek', 'Lund']);
    expect(rows(await due(admin, `?overdue=true&unitId=${elsewhere}`)).map((r) => r[1])).toEqual(['Ek']);
    await leader.get(`/api/follow-ups/due?unitId=${elsewhere}`).expect(404);
    await caseworker.get('/api/follow-ups/due').expect(404);
    await admin.get('/api/follow-ups/due?overdue=maybe').expect(400);
    // Södertälje's administrator has nothing of this kommun's.
    expect((await due(sodertalje)).items).toEqual([]);
  });

  it('refuses a follow-up that breaks a rule, with field codes', async () => {
    await save(leader, 'Falk', {}).expect(409).expect((r) => expect(r.body.code).toBe('FOLLOW_UP_NOT_COMPLETED'));
    await save(leader, 'Dahl', {}).expect(409);
    const invalid = async (body: object) => (await save(leader, 'Ahl', body).expect(400)).body.errors;
    expect(await invalid({ applied: 'maybe' })).toEqual({ applied: 'invalid_value' });
    expect(await invalid({ extra: 1 })).toEqual({ extra: 'unknown_field' });
    expect(await invalid({ note: 'x'.repeat(2001) })).toEqual({ note: 'max_length' });
    expect(await invalid({ topics: [{ topicCode: 'SA01', reassessOn: '2025-13-01' }] })).toEqual({ 'topics.0.reassessOn': 'invalid_format' });
    expect(
      await invalid({
        topics: [
          { topicCode: 'SA09', reassessOn: '2025-09-01' },
          { topicCode: 'SA01', reassessOn: '2025-03-01' },
          { topicCode: 'SA01', reassessOn: '2025-09-01' },
        ],
      }),
    ).toEqual({ 'topics.0.topicCode': 'invalid_value', 'topics.1.reassessOn': 'before_start', 'topics.2.topicCode': 'not_unique' });
    // Outside the team leader's reach, or their own record: not found.
    await save(leader, 'Ek', {}).expect(404);
    await save(leader, 'Lund', {}).expect(404);
    await save(caseworker, 'Ahl', {}).expect(404);
    await save(sodertalje, 'Ahl', {}).expect(404);
    await leader.get(`/api/participations/${part['Ahl'].id}/follow-up`).expect(404);
  });

  it('records a follow-up, versioned and audited; the item leaves the list and a reassessment comes due', async () => {
    const first = (
      await save(leader, 'Ahl', {
        applied: 'fully',
        note: 'Använder metoden i varje samtal',
        topics: [
          { topicCode: 'SA01', reassessOn: daysFromToday(10) },
          { topicCode: 'SA02', reassessOn: daysFromToday(200) },
        ],
      }).expect(200)
    ).body as TrainingFollowUp;
    expect(first).toMatchObject({
      participationId: part['Ahl'].id,
      staffMemberId: staff['Ahl'],
      applied: 'fully',
      note: 'Använder metoden i varje samtal',
      recordedOn: todayInSweden(),
      version: 1,
      topics: [
        { topicCode: 'SA01', reassessOn: daysFromToday(10), reassessedAt: null },
        { topicCode: 'SA02', reassessOn: daysFromToday(200), reassessedAt: null },
      ],
    });
    // A second first follow-up, or a stale version: 409 with what is there now.
    const stale = await save(admin, 'Ahl', { applied: 'not' }).expect(409);
    expect(stale.body).toMatchObject({ code: 'STALE_VERSION', current: { id: first.id, version: 1, applied: 'fully' } });
    const changed = (await save(admin, 'Ahl', { version: 1, applied: 'partly', topics: first.topics.map(({ topicCode, reassessOn }) => ({ topicCode, reassessOn })) }).expect(200)).body as TrainingFollowUp;
    expect(changed).toMatchObject({ version: 2, applied: 'partly', note: '' });
    await save(leader, 'Ahl', { version: 1, applied: 'fully' }).expect(409);
    expect((await leader.get(`/api/participations/${part['Ahl'].id}/follow-up`).expect(200)).body).toEqual(changed);

    await save(leader, 'Berg', { applied: 'not', note: 'Ingen tid att öva' }).expect(200);
    expect(rows(await due(leader))).toEqual([
      ['reassessment', 'Ahl', daysFromToday(10), false, 'SA01'],
      ['follow_up', 'Ceder', daysFromToday(20), false, 'SA01,SA02'],
    ]);
    expect((await due(leader)).items[0].followUpId).toBe(first.id);

    const audit = await t.owner.query(
      `SELECT action, after->>'applied' AS applied, before->>'applied' AS was FROM audit_event
       WHERE entity_type = 'training_follow_up' AND entity_id = $1 ORDER BY occurred_at, id`,
      [first.id],
    );
    expect(audit).toEqual([
      { action: 'create', applied: 'fully', was: null },
      { action: 'update', applied: 'partly', was: 'fully' },
    ]);
  });

  it('shows HR what is overdue, reassessments too', async () => {
    await save(admin, 'Ek', { applied: 'partly', topics: [{ topicCode: 'SA02', reassessOn: '2025-06-01' }] }).expect(200);
    expect(rows(await due(admin, '?overdue=true'))).toEqual([
      ['follow_up', 'Lund', '2025-04-10', true, 'SA01,SA02'],
      ['reassessment', 'Ek', '2025-06-01', true, 'SA02'],
    ]);
  });

  it('counts a reassessment done once a leader assessment of the topic follows the follow-up', async () => {
    const round = await createRound(admin, await publishedFrameworkId(t));
    await leader
      .put(`/api/rounds/${round.id}/assessments`)
      .send({ cells: [{ staffMemberId: staff['Ahl'], topicCode: 'SA01', value: 'basic', expectedVersion: 0 }] })
      .expect(200);
    const followUp = (await leader.get(`/api/participations/${part['Ahl'].id}/follow-up`).expect(200)).body as TrainingFollowUp;
    expect(followUp.topics.map((tp) => [tp.topicCode, tp.reassessedAt !== null])).toEqual([
      ['SA01', true],
      ['SA02', false],
    ]);
    expect(rows(await due(leader))).toEqual([['follow_up', 'Ceder', daysFromToday(20), false, 'SA01,SA02']]);
  });

  it('answers the survey’s training indicators from the data', async () => {
    const indicators = (await admin.get('/api/follow-ups/indicators?year=2025').expect(200)).body as TrainingIndicators;
    // 2025: caseworkers Ahl, Berg, Ek completed; Ceder cancelled, Dahl did not attend, Falk never moved on.
    // Completed: Ahl (delvis), Berg (nej), Ek (delvis), Lund (not followed up).
    expect(indicators).toEqual({
      year: 2025,
      carriedOut: {
        caseworkers: { completed: 3, planned: 6, answer: 'partly' },
        teamLeaders: { completed: 1, planned: 1, answer: 'yes' },
      },
      consolidated: { consolidated: 2, followedUp: 3, completed: 4, answer: 'partly' },
    });
    // A booking ahead of its course is not yet a failure.
    expect((await admin.get('/api/follow-ups/indicators?year=2099').expect(200)).body).toEqual({
      year: 2099,
      carriedOut: {
        caseworkers: { completed: 0, planned: 0, answer: 'no' },
        teamLeaders: { completed: 0, planned: 0, answer: 'no' },
      },
      consolidated: { consolidated: 0, followedUp: 0, completed: 0, answer: 'no' },
    });
    await leader.get('/api/follow-ups/indicators?year=2025').expect(404);
    await admin.get('/api/follow-ups/indicators?year=1999').expect(400);
  });

  it('exports a person’s follow-ups and blanks the note on erasure; the answer stays in the indicators', async () => {
    const exported = (await admin.get(`/api/privacy/staff/${staff['Berg']}/export`).expect(200)).body as {
      sections: { table: string; rows: Record<string, unknown>[] }[];
    };
    expect(exported.sections.find((s) => s.table === 'training_follow_up')?.rows).toEqual([
      expect.objectContaining({ course: 'Samtal med barn', applied: 'not', note: 'Ingen tid att öva', topics: [] }),
    ]);
    await asKommun(t, kommun, `UPDATE staff_member SET employment_end = '2026-01-31' WHERE id = $1`, [staff['Berg']]);
    await admin.post(`/api/privacy/staff/${staff['Berg']}/erase`).send({}).expect(204);
    const [row] = await t.owner.query(
      `SELECT staff_member_id AS "staffMemberId", note, applied FROM training_follow_up WHERE participation_id = $1`,
      [part['Berg'].id],
    );
    expect(row).toEqual({ staffMemberId: null, note: '', applied: 'not' });
    const audited = await t.owner.query(
      `SELECT count(*)::int AS n FROM audit_event WHERE entity_type = 'training_follow_up' AND (after::text LIKE '%Ingen tid%' OR before::text LIKE '%Ingen tid%')`,
    );
    expect(audited).toEqual([{ n: 0 }]);
    const after = (await admin.get('/api/follow-ups/indicators?year=2025').expect(200)).body as TrainingIndicators;
    // Berg's role went with the record: one caseworker fewer; completion and consolidation keep the row.
    expect(after.carriedOut.caseworkers).toEqual({ completed: 2, planned: 5, answer: 'partly' });
    expect(after.consolidated).toEqual({ consolidated: 2, followedUp: 3, completed: 4, answer: 'partly' });
  });
});

import { createTestApp, daysFromToday, signInAs, type SignedIn, type TestApp } from '@kl/api/testing';
import type {
  Introduction,
  IntroductionProgramme,
  IntroductionSummary,
  MentorLoad,
  NewStaffIntroduction,
  Participation,
} from '@kl/shared/contracts';
import { asKommun, createStaff, createUnit, municipalityId } from '../inventory/inventory-fixtures';
import { createCourse, createSession } from './training-fixtures';

/**
 * Introduction of new staff: HR's programmes, a new hire given a programme and a mentor, who sees
 * and marks what, progress with a course step done by participation, 409 on stale versions, the
 * new staff flags (no programme, no mentor) and the mentors' load, each with known answers.
 *
 * Mottagning: the team leader Lund, the mentor Berg (2010), the new hires Nyström (30 days ago)
 * and Öberg (60 days ago), Holm (employed 800 days ago, experience only 90 days), Gran (2020).
 * Utredning: the new hire Ek (100 days ago). Nyström completed "Grundkurs BBIC" nine days ago.
 */
describe('Introduction of new staff', () => {
  let t: TestApp;
  let admin: SignedIn;
  let leader: SignedIn;
  let newHire: SignedIn;
  let mentor: SignedIn;
  let sodertalje: SignedIn;
  let kommun: string;
  let team: string;
  let elsewhere: string;
  let courseId: string;
  let programme: IntroductionProgramme;
  let nystrom: Introduction;
  const staff: Record<string, string> = {};

  beforeAll(async () => {
    t = await createTestApp();
    admin = await signInAs(t, 'municipality_admin');
    sodertalje = await signInAs(t, 'municipality_admin', { municipalityCode: '0181' });
    kommun = await municipalityId(t);
    team = await createUnit(t, kommun, 'Mottagning');
    elsewhere = await createUnit(t, kommun, 'Utredning');
    const hired: [string, string, string][] = [
      ['Lund', team, '2015-01-01'],
      ['Berg', team, '2010-01-01'],
      ['Gran', team, '2020-01-01'],
      ['Nyström', team, daysFromToday(-30)],
      ['Öberg', team, daysFromToday(-60)],
      ['Holm', team, daysFromToday(-800)],
      ['Ek', elsewhere, daysFromToday(-100)],
    ];
    for (const [name, unit, start] of hired)
      staff[name] = await createStaff(t, kommun, unit, { lastName: name, employmentStart: start });
    await asKommun(t, kommun, `UPDATE staff_member SET role = 'team_leader' WHERE id = $1`, [staff['Lund']]);
    await asKommun(t, kommun, `UPDATE staff_member SET experience_start = $2 WHERE id = $1`, [staff['Holm'], daysFromToday(-90)]);
    leader = await signInAs(t, 'team_leader', { unitIds: [team], staffMemberId: staff['Lund'], displayName: 'Lena Lund' });
    newHire = await signInAs(t, 'caseworker', { staffMemberId: staff['Nyström'] });
    mentor = await signInAs(t, 'caseworker', { staffMemberId: staff['Berg'] });

    courseId = (await createCourse(admin, { title: 'Grundkurs BBIC', type: 'introduction_programme' })).id;
    const held = await createSession(admin, courseId, { startsOn: daysFromToday(-10), endsOn: daysFromToday(-9), capacity: 5 });
    const [booked] = (
      await admin
        .post(`/api/sessions/${held.id}/participations`)
        .send({ staffMemberIds: [staff['Nyström']], status: 'booked', fundingSource: 'ordinary_budget' })
        .expect(201)
    ).body as Participation[];
    await admin.patch(`/api/participations/${booked.id}`).send({ version: booked.version, status: 'completed' }).expect(200);
  });
  afterAll(() => t.close());

  const STEPS = () => [
    { kind: 'course', title: 'Grundkurs BBIC', dueWeek: 4, courseId },
    { kind: 'supervision', title: 'Ärendehandledning', dueWeek: 2 },
    { kind: 'mentor_meeting', title: 'Första mentorsamtalet', dueWeek: 1 },
    { kind: 'reading', title: 'Läs delegationsordningen', dueWeek: 1 },
  ];
  const get = async (who: SignedIn, id: string) => (await who.get(`/api/introductions/${id}`).expect(200)).body as Introduction;
  const mark = (who: SignedIn, intro: Introduction, index: number, body: object = {}) =>
    who.put(`/api/introductions/${intro.id}/steps/${intro.steps[index].id}`).send({ version: intro.version, done: true, ...body });

  it('lets HR write programmes, with field codes for what breaks a rule', async () => {
    const invalid = async (body: object) =>
      (await admin.post('/api/introduction-programmes').send({ name: 'X', targetRole: null, steps: [], ...body }).expect(400)).body.errors;
    expect(await invalid({ steps: [{ kind: 'course', title: 'Kurs', dueWeek: 2 }] })).toEqual({ 'steps.0.courseId': 'required' });
    expect(await invalid({ steps: [{ kind: 'reading', title: 'Läs', dueWeek: 2, courseId }] })).toEqual({ 'steps.0.courseId': 'not_allowed' });
    expect(await invalid({ steps: [{ kind: 'course', title: 'Kurs', dueWeek: 2, courseId: '00000000-0000-4000-8000-000000000000' }] })).toEqual({
      'steps.0.courseId': 'invalid_value',
    });
    expect(await invalid({ steps: [{ kind: 'reading', title: 'Läs', dueWeek: 0 }] })).toEqual({ 'steps.0.dueWeek': 'min' });
    expect(await invalid({ steps: [{ kind: 'walk', title: 'Gå', dueWeek: 1 }] })).toEqual({ 'steps.0.kind': 'invalid_value' });
    expect(await invalid({ targetRole: 'boss' })).toEqual({ targetRole: 'invalid_value' });
    expect(await invalid({ extra: true })).toEqual({ extra: 'unknown_field' });

    programme = (
      await admin.post('/api/introduction-programmes').send({ name: 'Introduktion handläggare', targetRole: 'caseworker', steps: STEPS() }).expect(201)
    ).body;
    expect(programme).toMatchObject({ name: 'Introduktion handläggare', targetRole: 'caseworker', introductionCount: 0, version: 1 });
    expect(programme.steps.map((s) => [s.kind, s.dueWeek, s.courseTitle])).toEqual([
      ['course', 4, 'Grundkurs BBIC'],
      ['supervision', 2, null],
      ['mentor_meeting', 1, null],
      ['reading', 1, null],
    ]);
    expect(await invalid({ name: 'Introduktion handläggare' })).toEqual({ name: 'not_unique' });
    await leader.post('/api/introduction-programmes').send({ name: 'Y', targetRole: null, steps: [] }).expect(404);
    expect(((await leader.get('/api/introduction-programmes').expect(200)).body as IntroductionProgramme[]).map((p) => p.name)).toEqual([
      'Introduktion handläggare',
    ]);
    await newHire.get('/api/introduction-programmes').expect(404);
    expect((await sodertalje.get('/api/introduction-programmes').expect(200)).body).toEqual([]);
  });

  it('changes a programme on the version read, keeping the steps named by id', async () => {
    const body = { name: 'Introduktion handläggare', targetRole: 'caseworker', steps: programme.steps.map(({ courseTitle: _c, ...s }) => s) };
    await admin.put(`/api/introduction-programmes/${programme.id}`).send({ ...body, version: 7 }).expect(409)
      .expect((r) => expect(r.body).toMatchObject({ code: 'STALE_VERSION', current: { version: 1 } }));
    const changed = (
      await admin.put(`/api/introduction-programmes/${programme.id}`).send({ ...body, version: 1, steps: [...body.steps, { kind: 'other', title: 'Rundvandring', dueWeek: 1 }] }).expect(200)
    ).body as IntroductionProgramme;
    expect(changed.version).toBe(2);
    expect(changed.steps.slice(0, 4).map((s) => s.id)).toEqual(programme.steps.map((s) => s.id));
    expect(changed.steps[4]).toMatchObject({ kind: 'other', title: 'Rundvandring' });
    const other = (await admin.post('/api/introduction-programmes').send({ name: 'Kort', targetRole: null, steps: [] }).expect(201)).body;
    expect((await admin.put(`/api/introduction-programmes/${other.id}`).send({ ...body, name: 'Kort', version: 1 }).expect(400)).body.errors).toEqual({
      'steps.0.id': 'invalid_value',
      'steps.1.id': 'invalid_value',
      'steps.2.id': 'invalid_value',
      'steps.3.id': 'invalid_value',
    });
    programme = (await admin.put(`/api/introduction-programmes/${programme.id}`).send({ ...body, version: 2 }).expect(200)).body;
    expect(programme.steps).toHaveLength(4);
    const audited = await t.owner.query(
      `SELECT action, jsonb_array_length(after->'steps') AS steps FROM audit_event
       WHERE entity_type = 'introduction_programme' AND entity_id = $1 ORDER BY occurred_at, id`,
      [programme.id],
    );
    expect(audited).toEqual([
      { action: 'create', steps: 4 },
      { action: 'update', steps: 5 },
      { action: 'update', steps: 4 },
    ]);
  });

  it('lets the team leader give their new hire the programme and a mentor, never to others', async () => {
    const give = (who: SignedIn, body: object) =>
      who.post('/api/introductions').send({ programmeId: programme.id, mentorStaffMemberId: staff['Berg'], startDate: daysFromToday(-30), ...body });
    expect((await give(leader, { staffMemberId: staff['Ek'] }).expect(400)).body.errors).toEqual({ staffMemberId: 'invalid_value' });
    expect((await give(leader, { staffMemberId: staff['Lund'] }).expect(400)).body.errors).toEqual({ staffMemberId: 'invalid_value' });
    expect((await give(leader, { staffMemberId: staff['Nyström'], mentorStaffMemberId: staff['Nyström'] }).expect(400)).body.errors).toEqual({
      mentorStaffMemberId: 'not_allowed',
    });
    expect((await give(leader, { staffMemberId: staff['Nyström'], mentorStaffMemberId: staff['Ek'] }).expect(400)).body.errors).toEqual({
      mentorStaffMemberId: 'invalid_value',
    });
    expect((await give(leader, { staffMemberId: staff['Nyström'], programmeId: staff['Ek'] }).expect(400)).body.errors).toEqual({
      programmeId: 'invalid_value',
    });
    expect((await give(leader, { staffMemberId: staff['Nyström'], startDate: '2026-02-30' }).expect(400)).body.errors).toEqual({
      startDate: 'invalid_format',
    });
    await give(newHire, { staffMemberId: staff['Nyström'] }).expect(404);
    await give(sodertalje, { staffMemberId: staff['Nyström'] }).expect(400);

    nystrom = (await give(leader, { staffMemberId: staff['Nyström'] }).expect(201)).body;
    expect(nystrom.unitName).toMatch(/^Mottagning/);
    expect(nystrom).toMatchObject({ lastName: 'Nyström', unitId: team, programmeName: 'Introduktion handläggare', mentorName: 'Test Berg', version: 1 });
    expect((await give(admin, { staffMemberId: staff['Nyström'] }).expect(400)).body.errors).toEqual({ staffMemberId: 'not_unique' });
    await give(admin, { staffMemberId: staff['Ek'], mentorStaffMemberId: null, startDate: daysFromToday(-100) }).expect(201);
  });

  it('computes progress: the course step done by the completed participation, the others when marked, overdue past their week', async () => {
    const start = daysFromToday(-30);
    expect(nystrom.startDate).toBe(start);
    expect(nystrom.steps.map((s) => [s.kind, s.dueOn, s.doneOn, s.source, s.overdue])).toEqual([
      ['course', daysFromToday(-2), daysFromToday(-9), 'participation', false],
      ['supervision', daysFromToday(-16), null, null, true],
      ['mentor_meeting', daysFromToday(-23), null, null, true],
      ['reading', daysFromToday(-23), null, null, true],
    ]);
    expect(nystrom).toMatchObject({ stepCount: 4, doneCount: 1, overdueCount: 3, active: true, asMentor: false });

    await mark(leader, nystrom, 0).expect(409).expect((r) => expect(r.body.code).toBe('INTRODUCTION_STEP_BY_PARTICIPATION'));
    expect((await mark(leader, nystrom, 1, { doneOn: daysFromToday(1) }).expect(400)).body.errors).toEqual({ doneOn: 'in_future' });
    expect((await mark(leader, nystrom, 1, { done: 'yes' }).expect(400)).body.errors).toEqual({ done: 'invalid_type' });
    nystrom = (await mark(leader, nystrom, 1, { doneOn: daysFromToday(-20) }).expect(200)).body;
    expect(nystrom.steps[1]).toMatchObject({ doneOn: daysFromToday(-20), doneByName: 'Lena Lund', source: 'marked', overdue: false });
    expect(nystrom).toMatchObject({ doneCount: 2, overdueCount: 2, version: 2 });
    // The same mark sent on the version read before: someone else changed it since.
    await mark(leader, { ...nystrom, version: 1 }, 2).expect(409).expect((r) => expect(r.body).toMatchObject({ code: 'STALE_VERSION', current: { version: 2 } }));
    // Two marks sent at once on the same version: one is saved, the other meets the newer version.
    const raced = await Promise.all([mark(leader, nystrom, 2), mark(admin, nystrom, 3)]);
    expect(raced.map((r) => r.status).sort()).toEqual([200, 409]);
    nystrom = await get(admin, nystrom.id);
    expect(nystrom).toMatchObject({ doneCount: 3, version: 3 });
    const winner = raced.find((r) => r.status === 200)?.body as Introduction;
    nystrom = (await mark(admin, nystrom, winner.steps[2].doneOn ? 2 : 3, { done: false }).expect(200)).body;
    const undone = (await mark(admin, nystrom, 1, { done: false }).expect(200)).body as Introduction;
    expect(undone.steps[1]).toMatchObject({ doneOn: null, source: null, overdue: true });
    nystrom = (await mark(admin, undone, 1).expect(200)).body;
    expect(nystrom.steps[1].doneOn).toBe(daysFromToday(0));
  });

  it('shows the new hire their own introduction, where they mark only their reading', async () => {
    const mine = (await newHire.get('/api/introductions').expect(200)).body as IntroductionSummary[];
    expect(mine.map((i) => [i.lastName, i.asMentor])).toEqual([['Nyström', false]]);
    await mark(newHire, nystrom, 2).expect(403);
    nystrom = (await mark(newHire, nystrom, 3).expect(200)).body;
    expect(nystrom.steps[3]).toMatchObject({ source: 'marked', doneOn: daysFromToday(0) });
    await newHire.put(`/api/introductions/${nystrom.id}`).send({ version: nystrom.version, programmeId: programme.id, mentorStaffMemberId: null, startDate: nystrom.startDate }).expect(404);
    await newHire.get('/api/introductions/new-staff').expect(404);
  });

  it('shows the mentor their mentees, read only', async () => {
    const mentees = (await mentor.get('/api/introductions').expect(200)).body as IntroductionSummary[];
    expect(mentees.map((i) => [i.lastName, i.asMentor, i.doneCount])).toEqual([['Nyström', true, 3]]);
    expect((await get(mentor, nystrom.id)).steps).toHaveLength(4);
    await mark(mentor, nystrom, 2).expect(403);
    const ek = ((await admin.get('/api/introductions').expect(200)).body as IntroductionSummary[]).find((i) => i.lastName === 'Ek') as IntroductionSummary;
    await mentor.get(`/api/introductions/${ek.id}`).expect(404);
  });

  it('lists introductions by reach: the team leader their units, HR the kommun, by unit', async () => {
    const names = async (who: SignedIn, query = '') =>
      ((await who.get(`/api/introductions${query}`).expect(200)).body as IntroductionSummary[]).map((i) => i.lastName);
    expect(await names(leader)).toEqual(['Nyström']);
    expect(await names(admin)).toEqual(['Nyström', 'Ek']);
    expect(await names(admin, `?unitId=${elsewhere}`)).toEqual(['Ek']);
    await leader.get(`/api/introductions?unitId=${elsewhere}`).expect(404);
    expect(await names(sodertalje)).toEqual([]);
    await sodertalje.get(`/api/introductions/${nystrom.id}`).expect(404);
    const ek = (await admin.get('/api/introductions').expect(200)).body[1] as IntroductionSummary;
    await leader.get(`/api/introductions/${ek.id}`).expect(404);
    await leader.put(`/api/introductions/${ek.id}`).send({ version: ek.version, programmeId: programme.id, mentorStaffMemberId: null, startDate: ek.startDate }).expect(404);
  });

  it('flags new staff without a programme or a mentor: employed within a year or under a year of experience', async () => {
    const rows = async (who: SignedIn, query = '') =>
      ((await who.get(`/api/introductions/new-staff${query}`).expect(200)).body as NewStaffIntroduction[]).map((r) => [
        r.lastName,
        r.programmeName,
        r.mentorName,
        r.noProgramme,
        r.noMentor,
      ]);
    expect(await rows(leader)).toEqual([
      ['Nyström', 'Introduktion handläggare', 'Test Berg', false, false],
      ['Öberg', null, null, true, true],
      ['Holm', null, null, true, true],
    ]);
    expect(await rows(admin)).toEqual([
      ['Nyström', 'Introduktion handläggare', 'Test Berg', false, false],
      ['Öberg', null, null, true, true],
      ['Ek', 'Introduktion handläggare', null, false, true],
      ['Holm', null, null, true, true],
    ]);
    expect(await rows(admin, `?unitId=${elsewhere}`)).toEqual([['Ek', 'Introduktion handläggare', null, false, true]]);
    // One who has left is no longer new staff.
    await asKommun(t, kommun, `UPDATE staff_member SET employment_end = $2 WHERE id = $1`, [staff['Holm'], daysFromToday(-1)]);
    expect((await rows(leader)).map((r) => r[0])).toEqual(['Nyström', 'Öberg']);
  });

  it("shows HR each mentor's load: mentees and active introductions", async () => {
    const short = (await admin.post('/api/introduction-programmes').send({ name: 'Läsning', targetRole: null, steps: [{ kind: 'reading', title: 'Rutiner', dueWeek: 1 }] }).expect(201))
      .body as IntroductionProgramme;
    let oberg = (
      await leader.post('/api/introductions').send({ staffMemberId: staff['Öberg'], programmeId: short.id, mentorStaffMemberId: staff['Berg'], startDate: daysFromToday(-60) }).expect(201)
    ).body as Introduction;
    oberg = (await mark(leader, oberg, 0).expect(200)).body;
    expect(oberg).toMatchObject({ stepCount: 1, doneCount: 1, active: false, overdueCount: 0 });
    await admin
      .post('/api/introductions')
      .send({ staffMemberId: staff['Gran'], programmeId: short.id, mentorStaffMemberId: staff['Lund'], startDate: daysFromToday(0) })
      .expect(201);
    const load = (await admin.get('/api/introductions/mentor-load').expect(200)).body as MentorLoad[];
    expect(load.map((m) => [m.lastName, m.unitName.split(' ')[0], m.mentees, m.activeIntroductions])).toEqual([
      ['Berg', 'Mottagning', 2, 1],
      ['Lund', 'Mottagning', 1, 1],
    ]);
    await leader.get('/api/introductions/mentor-load').expect(404);
    expect((await sodertalje.get('/api/introductions/mentor-load').expect(200)).body).toEqual([]);
  });

  it('drops the marks of the old programme when the programme changes, on the version read', async () => {
    const short = ((await admin.get('/api/introduction-programmes').expect(200)).body as IntroductionProgramme[]).find((p) => p.name === 'Läsning') as IntroductionProgramme;
    const body = { programmeId: short.id, mentorStaffMemberId: staff['Gran'], startDate: nystrom.startDate };
    await leader.put(`/api/introductions/${nystrom.id}`).send({ ...body, version: 1 }).expect(409);
    const moved = (await leader.put(`/api/introductions/${nystrom.id}`).send({ ...body, version: nystrom.version }).expect(200)).body as Introduction;
    expect(moved).toMatchObject({ programmeName: 'Läsning', mentorName: 'Test Gran', stepCount: 1, doneCount: 0 });
    const [{ n }] = await t.owner.query('SELECT count(*)::int AS n FROM staff_introduction_step WHERE introduction_id = $1', [nystrom.id]);
    expect(n).toBe(0);
    const audit = await t.owner.query(
      `SELECT action, after->>'mentorStaffMemberId' AS mentor FROM audit_event WHERE entity_type = 'staff_introduction' AND entity_id = $1 ORDER BY occurred_at, id`,
      [nystrom.id],
    );
    expect(audit.map((a: { action: string }) => a.action)).toEqual(['create', ...Array(7).fill('update')]);
    expect(audit.at(-1).mentor).toBe(staff['Gran']);
  });

  it("exports a person's introduction, and erasure deletes it and unlinks them as a mentor", async () => {
    const sections = async (id: string) =>
      ((await admin.get(`/api/privacy/staff/${id}/export`).expect(200)).body as { sections: { table: string; rows: Record<string, unknown>[] }[] }).sections.find(
        (s) => s.table === 'staff_introduction',
      )?.rows;
    expect(await sections(staff['Öberg'])).toEqual([
      expect.objectContaining({ as: 'nyanställd', programme: 'Läsning', mentor: 'Test Berg', stepsDone: [expect.objectContaining({ step: 'Rutiner' })] }),
    ]);
    expect((await sections(staff['Berg']))?.map((r) => r['as'])).toEqual(['mentor']);
    await asKommun(t, kommun, `UPDATE staff_member SET employment_end = $2 WHERE id = ANY($1)`, [[staff['Berg'], staff['Ek']], daysFromToday(-1)]);
    await admin.post(`/api/privacy/staff/${staff['Berg']}/erase`).send({}).expect(204);
    await admin.post(`/api/privacy/staff/${staff['Ek']}/erase`).send({}).expect(204);
    const left = await t.owner.query(
      `SELECT sm.last_name AS "lastName", i.mentor_staff_member_id AS mentor FROM staff_introduction i JOIN staff_member sm ON sm.id = i.staff_member_id ORDER BY 1`,
    );
    expect(left).toEqual([
      { lastName: 'Gran', mentor: staff['Lund'] },
      { lastName: 'Nyström', mentor: staff['Gran'] },
      { lastName: 'Öberg', mentor: null },
    ]);
  });
});

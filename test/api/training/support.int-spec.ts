import { createTestApp, daysFromToday, signInAs, type SignedIn, type TestApp } from '@kl/api/testing';
import type {
  QualificationList,
  SupervisionArrangement,
  SupervisionFlagList,
  SupervisorCandidate,
} from '@kl/shared/contracts';
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
 * Support for those who lack competence, and behörighet, on a constructed case:
 *
 *   Mottagning (barn-och-unga, led by Lund): Ahl, Berg, Ceder, Dahl, Falk, Gran (caseworkers),
 *     Lund and Mo (team leaders); Utredning: Ek.
 *   Current round: Ahl saknar SA01 (active arrangement), Berg saknar SA01 and SA02 (none), Ceder
 *   saknar SA01 (an arrangement that ended yesterday), Ek saknar SA01, Dahl basic in SA01.
 *   Lund fördjupad in SA01 with experience since 2015; Mo fördjupad in SA01 with 2 years.
 */
describe('Supervision arrangements and behörighet', () => {
  let t: TestApp;
  let admin: SignedIn;
  let leader: SignedIn;
  let caseworker: SignedIn;
  let kommun: string;
  let team: string;
  const staff: Record<string, string> = {};
  const set = (sql: string, params: unknown[]) => asKommun(t, kommun, sql, params);

  const arrangement = (overrides: object = {}) => ({
    staffMemberId: staff['Ahl'],
    topicCode: 'SA01',
    form: 'individual',
    supervisorStaffMemberId: staff['Lund'],
    externalSupervisor: null,
    frequency: 'every_other_week',
    startsOn: daysFromToday(-30),
    endsOn: null,
    ...overrides,
  });

  beforeAll(async () => {
    t = await createTestApp();
    admin = await signInAs(t, 'municipality_admin');
    kommun = await municipalityId(t);
    team = await createUnit(t, kommun, 'Mottagning');
    const elsewhere = await createUnit(t, kommun, 'Utredning');
    for (const name of ['Ahl', 'Berg', 'Ceder', 'Dahl', 'Falk', 'Gran', 'Lund', 'Mo'])
      staff[name] = await createStaff(t, kommun, team, { lastName: name });
    staff['Ek'] = await createStaff(t, kommun, elsewhere, { lastName: 'Ek' });
    await set(`UPDATE staff_member SET role = 'team_leader', experience_start = '2015-01-01' WHERE id = $1`, [staff['Lund']]);
    await set(`UPDATE staff_member SET role = 'team_leader', experience_start = $2 WHERE id = $1`, [staff['Mo'], daysFromToday(-2 * 365)]);
    leader = await signInAs(t, 'team_leader', { unitIds: [team], staffMemberId: staff['Lund'] });
    caseworker = await signInAs(t, 'caseworker', { staffMemberId: staff['Ahl'] });

    const round = await createRound(admin, await publishedFrameworkId(t));
    const cell = (name: string, topicCode: string, value: string) => ({ staffMemberId: staff[name], topicCode, value, expectedVersion: 0 });
    await admin
      .put(`/api/rounds/${round.id}/assessments`)
      .send({
        cells: [
          cell('Ahl', 'SA01', 'insufficient'),
          cell('Berg', 'SA01', 'insufficient'),
          cell('Berg', 'SA02', 'insufficient'),
          cell('Ceder', 'SA01', 'insufficient'),
          cell('Dahl', 'SA01', 'basic'),
          cell('Ek', 'SA01', 'insufficient'),
          cell('Lund', 'SA01', 'advanced'),
          cell('Mo', 'SA01', 'advanced'),
        ],
      })
      .expect(200);
  });
  afterAll(() => t.close());

  const flags = async (who: SignedIn) =>
    ((await who.get('/api/supervision/flags').expect(200)).body as SupervisionFlagList).flags.map((f) => `${f.lastName} ${f.topicCode}`);

  describe('arrangements', () => {
    let ahl: SupervisionArrangement;

    it('records one, validates it and is read back in scope', async () => {
      ahl = (await leader.post('/api/supervision/arrangements').send(arrangement({ note: 'Tisdagar' })).expect(201)).body;
      expect(ahl).toMatchObject({ lastName: 'Ahl', supervisorName: 'Test Lund', active: true, version: 1, note: 'Tisdagar' });
      await leader
        .post('/api/supervision/arrangements')
        .send(arrangement({ staffMemberId: staff['Ceder'], startsOn: daysFromToday(-60), endsOn: daysFromToday(-1), supervisorStaffMemberId: null, externalSupervisor: 'Eva Extern', form: 'group' }))
        .expect(201);

      const both = await leader.post('/api/supervision/arrangements').send(arrangement({ externalSupervisor: 'X' })).expect(400);
      expect(both.body.errors).toEqual({ externalSupervisor: 'not_allowed' });
      const none = await leader.post('/api/supervision/arrangements').send(arrangement({ supervisorStaffMemberId: null })).expect(400);
      expect(none.body.errors).toEqual({ supervisorStaffMemberId: 'required' });
      const bad = await leader
        .post('/api/supervision/arrangements')
        .send(arrangement({ topicCode: 'ZZ99', endsOn: daysFromToday(-31), supervisorStaffMemberId: staff['Ahl'] }))
        .expect(400);
      expect(bad.body.errors).toEqual({ topicCode: 'invalid_value', endsOn: 'before_start', supervisorStaffMemberId: 'not_allowed' });
      const unknown = await leader.post('/api/supervision/arrangements').send({ ...arrangement(), extra: 1 }).expect(400);
      expect(unknown.body.errors).toMatchObject({ extra: 'unknown_field' });
      // Ek is outside the leader's units: not disclosed.
      await leader.post('/api/supervision/arrangements').send(arrangement({ staffMemberId: staff['Ek'] })).expect(404);
      // Roles outside an endpoint are answered 404, like the rest of the API.
      await caseworker.post('/api/supervision/arrangements').send(arrangement()).expect(404);

      const own = (await caseworker.get('/api/supervision/arrangements').expect(200)).body as SupervisionArrangement[];
      expect(own.map((a) => a.lastName)).toEqual(['Ahl']);
      const all = (await admin.get('/api/supervision/arrangements').expect(200)).body as SupervisionArrangement[];
      expect(all.map((a) => [a.lastName, a.active, a.externalSupervisor])).toEqual([
        ['Ahl', true, null],
        ['Ceder', false, 'Eva Extern'],
      ]);
    });

    it('changes on the version read and answers 409 on a stale one; every change is audited', async () => {
      const changed = (
        await leader.put(`/api/supervision/arrangements/${ahl.id}`).send(arrangement({ version: 1, frequency: 'weekly' })).expect(200)
      ).body as SupervisionArrangement;
      expect(changed).toMatchObject({ frequency: 'weekly', version: 2 });
      const stale = await admin.put(`/api/supervision/arrangements/${ahl.id}`).send(arrangement({ version: 1 })).expect(409);
      expect(stale.body).toMatchObject({ code: 'STALE_VERSION', current: { version: 2, frequency: 'weekly' } });
      const events = await set(
        `SELECT action::text FROM audit_event WHERE entity_type = 'supervision_arrangement' AND entity_id = $1 ORDER BY occurred_at`,
        [ahl.id],
      );
      expect(events).toEqual([{ action: 'create' }, { action: 'update' }]);
    });
  });

  describe('flags', () => {
    it('flags saknar without an active arrangement: the team leader their units, HR the kommun', async () => {
      expect(await flags(leader)).toEqual(['Berg SA01', 'Berg SA02', 'Ceder SA01']);
      expect(await flags(admin)).toEqual(['Berg SA01', 'Berg SA02', 'Ceder SA01', 'Ek SA01']);
      await caseworker.get('/api/supervision/flags').expect(404);
    });

    it('drops a flag once an arrangement for the topic starts, not before', async () => {
      await admin.post('/api/supervision/arrangements').send(arrangement({ staffMemberId: staff['Berg'], startsOn: daysFromToday(1) })).expect(201);
      expect(await flags(leader)).toContain('Berg SA01');
      await admin.post('/api/supervision/arrangements').send(arrangement({ staffMemberId: staff['Berg'], startsOn: daysFromToday(0) })).expect(201);
      expect(await flags(leader)).toEqual(['Berg SA02', 'Ceder SA01']);
    });
  });

  it('lets a team leader supervise a topic with fördjupad in it and at least 3 years in the profession', async () => {
    const candidates = (await leader.get('/api/supervision/supervisors?topicCode=SA01').expect(200)).body as SupervisorCandidate[];
    expect(candidates.map((c) => [c.lastName, c.topicLevel, c.eligible])).toEqual([
      ['Lund', 'advanced', true],
      ['Mo', 'advanced', false],
    ]);
    expect(candidates[1].experienceYears).toBeLessThan(3);
    const other = (await leader.get('/api/supervision/supervisors?topicCode=SA02').expect(200)).body as SupervisorCandidate[];
    expect(other.map((c) => [c.lastName, c.topicLevel, c.eligible])).toEqual([
      ['Lund', null, false],
      ['Mo', null, false],
    ]);
    await leader.get('/api/supervision/supervisors').expect(400);
  });

  describe('behörighet', () => {
    beforeAll(async () => {
      const status = (name: string, s: string | null, until: string | null = null) =>
        set('UPDATE staff_member SET qualification_status = $2, dispensation_until = $3 WHERE id = $1', [staff[name], s, until]);
      await status('Ahl', 'qualified');
      await status('Berg', 'dispensation', daysFromToday(90));
      await status('Ceder', 'dispensation', daysFromToday(91));
      await status('Dahl', 'dispensation', daysFromToday(-1));
      await status('Falk', 'in_education');
      await status('Gran', null);
      await status('Ek', 'not_qualified');
      const course = await createCourse(admin, { title: 'Socialt arbete 30 hp', type: 'university_course' });
      const session = await createSession(admin, course.id, { startsOn: daysFromToday(-10), endsOn: daysFromToday(100) });
      await admin
        .post(`/api/sessions/${session.id}/participations`)
        .send({ staffMemberIds: [staff['Gran']], status: 'booked', fundingSource: 'ordinary_budget' })
        .expect(201);
    });

    it('classifies the barn-och-unga caseworkers today, alerting a dispensation 90 days ahead and not 91', async () => {
      const list = (await admin.get('/api/qualification').expect(200)).body as QualificationList;
      expect(list.rows.map((r) => [r.lastName, r.classification, r.dispensationAlert, r.dispensationExpired, r.educationCourses])).toEqual([
        ['Ahl', 'qualified', false, false, []],
        ['Berg', 'dispensation', true, false, []],
        ['Ceder', 'dispensation', false, false, []],
        ['Dahl', 'not_qualified', false, true, []],
        ['Falk', 'in_education', false, false, []],
        ['Gran', 'in_education', false, false, ['Socialt arbete 30 hp']],
        ['Ek', 'not_qualified', false, false, []],
      ]);
      expect(list.rows[1].dispensationUntil).toBe(daysFromToday(90));
    });

    it('is scoped: a team leader sees their units, a caseworker nothing', async () => {
      const mine = (await leader.get('/api/qualification').expect(200)).body as QualificationList;
      expect(mine.rows.map((r) => r.lastName)).toEqual(['Ahl', 'Berg', 'Ceder', 'Dahl', 'Falk', 'Gran']);
      await caseworker.get('/api/qualification').expect(404);
    });
  });

  it('exports a person’s arrangements (and those they give, without the note) and deletes them on erasure', async () => {
    type Export = { sections: { table: string; rows: Record<string, unknown>[] }[] };
    const section = (e: Export) => e.sections.find((x) => x.table === 'supervision_arrangement')?.rows;
    // The note was cleared by the change above (a PUT writes every field); the first one is in the audit trail.
    const ahl = (await admin.get(`/api/privacy/staff/${staff['Ahl']}/export`).expect(200)).body as Export;
    expect(section(ahl)).toEqual([expect.objectContaining({ topic: 'SA01', role: 'supervised', frequency: 'weekly', note: '' })]);
    const lund = (await admin.get(`/api/privacy/staff/${staff['Lund']}/export`).expect(200)).body as Export;
    expect(section(lund)?.map((r) => [r['role'], r['note']])).toEqual([
      ['supervisor', null],
      ['supervisor', null],
      ['supervisor', null],
    ]);
    await set(`UPDATE staff_member SET employment_end = '2026-01-31' WHERE id = $1`, [staff['Ahl']]);
    await admin.post(`/api/privacy/staff/${staff['Ahl']}/erase`).send({}).expect(204);
    expect(await t.owner.query('SELECT count(*)::int AS n FROM supervision_arrangement WHERE staff_member_id = $1', [staff['Ahl']])).toEqual([{ n: 0 }]);
    const audited = await t.owner.query(
      `SELECT count(*)::int AS n FROM audit_event WHERE entity_type = 'supervision_arrangement' AND (after::text LIKE '%Tisdagar%' OR before::text LIKE '%Tisdagar%')`,
    );
    expect(audited).toEqual([{ n: 0 }]);
  });
});

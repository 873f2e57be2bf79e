import { createTestApp, signInAs, type SignedIn, type TestApp } from '@kl/api/testing';
import type { OrgUnit, StaffMember, StaffMemberPage } from '@kl/shared/contracts';

describe('Staff members', () => {
  let t: TestApp;
  let admin: SignedIn & { account: { id: string } };
  let otherAdmin: SignedIn;
  let root: OrgUnit;
  let team: OrgUnit;
  let subteam: OrgUnit;
  let elsewhere: OrgUnit;
  let foreignUnit: OrgUnit;
  let sequence = 0;

  const unit = async (who: SignedIn, name: string, parentId: string | null = null): Promise<OrgUnit> =>
    (await who.post('/api/units').send({ name, kind: 'unit', serviceAreaCode: 'barn-och-unga', parentId }).expect(201)).body;

  const body = (overrides: Record<string, unknown> = {}) => ({
    employeeNumber: `E${++sequence}`,
    firstName: 'Anna',
    lastName: 'Lind',
    unitId: team.id,
    role: 'caseworker',
    gender: 'woman',
    fte: 0.75,
    employmentType: 'permanent',
    employmentStart: '2021-02-01',
    experienceStart: '2018-08-15',
    degree: 'social_work',
    ...overrides,
  });

  const create = async (overrides: Record<string, unknown> = {}, who: SignedIn = admin): Promise<StaffMember> =>
    (await who.post('/api/staff').send(body(overrides)).expect(201)).body;

  beforeAll(async () => {
    t = await createTestApp();
    admin = await signInAs(t, 'municipality_admin');
    otherAdmin = await signInAs(t, 'municipality_admin', { municipalityCode: '1480' });
    root = await unit(admin, 'IFO');
    team = await unit(admin, 'Barn och unga team 1', root.id);
    subteam = await unit(admin, 'Barn och unga team 1a', team.id);
    elsewhere = await unit(admin, 'Vuxenenheten', root.id);
    foreignUnit = await unit(otherAdmin, 'Luleå IFO');
  });
  afterAll(() => t.close());

  describe('create and read', () => {
    it('stores every attribute and derives experience, never storing it', async () => {
      const created = await create({
        email: 'anna.lind@kommun.se',
        role: 'team_leader',
        fte: 0.5,
        degreeYear: 2018,
        continuingEducation: true,
        furtherEducation: true,
        masters: false,
        qualificationStatus: 'dispensation',
        dispensationUntil: '2027-06-30',
        firstManagerialJob: true,
        needsDevelopment: false,
        employmentType: 'temporary',
        gender: 'other',
      });
      expect(created).toMatchObject({
        id: expect.any(String),
        firstName: 'Anna',
        lastName: 'Lind',
        email: 'anna.lind@kommun.se',
        unitId: team.id,
        unitName: 'Barn och unga team 1',
        role: 'team_leader',
        gender: 'other',
        fte: 0.5,
        employmentType: 'temporary',
        employmentStart: '2021-02-01',
        employmentEnd: null,
        experienceStart: '2018-08-15',
        degree: 'social_work',
        degreeYear: 2018,
        continuingEducation: true,
        furtherEducation: true,
        masters: false,
        qualificationStatus: 'dispensation',
        dispensationUntil: '2027-06-30',
        firstManagerialJob: true,
        needsDevelopment: false,
        active: true,
        experienceBand: '>4',
        version: 1,
      });
      expect(created.experienceYears).toBeGreaterThanOrEqual(7);
      const [columns] = await t.dataSource.query(
        `SELECT count(*)::int AS n FROM information_schema.columns WHERE table_name = 'staff_member' AND column_name ILIKE '%experience%'`,
      );
      expect(columns.n).toBe(1);
      expect((await admin.get(`/api/staff/${created.id}`).expect(200)).body).toEqual(created);
    });

    it('rejects unknown fields and bad values with field codes', async () => {
      const response = await admin
        .post('/api/staff')
        .send(
          body({
            salary: 40000,
            fte: 1.5,
            gender: 'female',
            employmentType: 'hourly',
            employmentStart: '2021-02-30',
            degree: 'phd',
            email: 'not-an-email',
            qualificationStatus: 'maybe',
          }),
        )
        .expect(400);
      expect(response.body).toMatchObject({
        code: 'VALIDATION_FAILED',
        errors: {
          salary: 'unknown_field',
          fte: 'max',
          gender: 'invalid_value',
          employmentType: 'invalid_value',
          employmentStart: 'invalid_format',
          degree: 'invalid_value',
          email: 'invalid_format',
          qualificationStatus: 'invalid_value',
        },
      });
      for (const [fte, code] of [[0, 'min'], [0.0005, 'invalid_type'], [0.3333, 'invalid_type'], ['1', 'invalid_type']] as const) {
        const bad = await admin.post('/api/staff').send(body({ fte })).expect(400);
        expect(bad.body.errors).toEqual({ fte: code });
      }
      const missing = await admin.post('/api/staff').send({}).expect(400);
      expect(missing.body.errors).toMatchObject({ employeeNumber: 'required', unitId: 'required', role: 'required', fte: 'required', employmentStart: 'required' });
    });

    it('records a tenth of a percent: 87,5 % is stored and read back as 0.875', async () => {
      const created = await admin.post('/api/staff').send(body({ employeeNumber: 'FTE-875', fte: 0.875 })).expect(201);
      expect(created.body.fte).toBe(0.875);
      expect((await admin.get(`/api/staff/${created.body.id}`).expect(200)).body.fte).toBe(0.875);
    });

    it('applies the cross-field rules: dispensation needs a date, team leader questions only for team leaders', async () => {
      expect((await admin.post('/api/staff').send(body({ qualificationStatus: 'dispensation' })).expect(400)).body.errors).toEqual({
        dispensationUntil: 'required',
      });
      expect(
        (await admin.post('/api/staff').send(body({ qualificationStatus: 'qualified', dispensationUntil: '2027-01-01' })).expect(400)).body.errors,
      ).toEqual({ dispensationUntil: 'not_allowed' });
      expect((await admin.post('/api/staff').send(body({ firstManagerialJob: true })).expect(400)).body.errors).toEqual({
        firstManagerialJob: 'not_allowed',
      });
      expect(
        (await admin.post('/api/staff').send(body({ employmentStart: '2022-01-01', employmentEnd: '2021-12-31' })).expect(400)).body.errors,
      ).toEqual({ employmentEnd: 'before_start' });
      expect((await admin.post('/api/staff').send(body({ experienceStart: '2999-01-01' })).expect(400)).body.errors).toEqual({
        experienceStart: 'in_future',
      });
    });

    it('keeps employee numbers unique within the kommun (409), not across kommuner', async () => {
      await create({ employeeNumber: 'DUP-1' });
      const response = await admin.post('/api/staff').send(body({ employeeNumber: 'DUP-1' })).expect(409);
      expect(response.body).toMatchObject({ code: 'EMPLOYEE_NUMBER_TAKEN', errors: { employeeNumber: 'not_unique' } });
      await create({ employeeNumber: 'DUP-1', unitId: foreignUnit.id }, otherAdmin);
    });

    it('refuses a unit of another kommun as if it did not exist', async () => {
      const response = await admin.post('/api/staff').send(body({ unitId: foreignUnit.id })).expect(400);
      expect(response.body.errors).toEqual({ unitId: 'invalid_value' });
    });

    it('answers 404 for unknown staff and staff of another kommun', async () => {
      const foreign = await create({ unitId: foreignUnit.id }, otherAdmin);
      for (const id of ['00000000-0000-4000-8000-000000000000', foreign.id]) {
        await admin.get(`/api/staff/${id}`).expect(404);
        await admin.patch(`/api/staff/${id}`).send({ version: 1, firstName: 'X' }).expect(404);
        await admin.post(`/api/staff/${id}/leave`).send({ version: 1, employmentEnd: '2025-01-01' }).expect(404);
      }
      expect((await otherAdmin.get(`/api/staff/${foreign.id}`).expect(200)).body.firstName).toBe('Anna');
      await admin.get(`/api/staff/${foreign.id}/history`).expect(404);
      await admin.get('/api/staff/not-a-uuid/history').expect(400);
    });
  });

  describe('update, leave and history', () => {
    it('changes only the fields sent, checks the merged record and records before and after', async () => {
      const staff = await create({ lastName: 'Berg' });
      const updated = (await admin.patch(`/api/staff/${staff.id}`).send({ version: 1, fte: 0.8, unitId: subteam.id }).expect(200)).body;
      expect(updated).toMatchObject({ lastName: 'Berg', fte: 0.8, unitId: subteam.id, unitName: 'Barn och unga team 1a', version: 2 });
      const invalid = await admin.patch(`/api/staff/${staff.id}`).send({ version: 2, qualificationStatus: 'dispensation' }).expect(400);
      expect(invalid.body.errors).toEqual({ dispensationUntil: 'required' });
      await admin.patch(`/api/staff/${staff.id}`).send({ version: 2, nickname: 'B' }).expect(400);

      const history = (await admin.get(`/api/audit/staff_member/${staff.id}`).expect(200)).body;
      expect(history.map((e: { action: string }) => e.action)).toEqual(['create', 'update']);
      expect(history[1].before).toMatchObject({ fte: 0.75, unitId: team.id, version: 1 });
      expect(history[1].after).toMatchObject({ fte: 0.8, unitId: subteam.id, version: 2 });
    });

    it('clears the team leader questions when a team leader becomes a caseworker', async () => {
      const leader = await create({ role: 'team_leader', firstManagerialJob: true, needsDevelopment: true });
      const changed = (await admin.patch(`/api/staff/${leader.id}`).send({ version: 1, role: 'caseworker' }).expect(200)).body;
      expect(changed).toMatchObject({ role: 'caseworker', firstManagerialJob: null, needsDevelopment: null });
    });

    it('answers a stale version with 409 and the current record', async () => {
      const staff = await create();
      await admin.patch(`/api/staff/${staff.id}`).send({ version: 1, firstName: 'Bo' }).expect(200);
      const stale = await admin.patch(`/api/staff/${staff.id}`).send({ version: 1, firstName: 'Cia' }).expect(409);
      expect(stale.body).toMatchObject({ code: 'STALE_VERSION', current: { firstName: 'Bo', version: 2 } });
      expect((await admin.get(`/api/staff/${staff.id}`).expect(200)).body.firstName).toBe('Bo');
    });

    it('of 50 concurrent updates carrying the same version, exactly one wins and 49 get 409', async () => {
      const staff = await create({ lastName: 'Race' });
      const responses = await Promise.all(
        Array.from({ length: 50 }, (_, i) =>
          admin.patch(`/api/staff/${staff.id}`).send({ version: 1, firstName: `Writer${i}` }),
        ),
      );
      const statuses = responses.map((r) => r.status);
      expect(statuses.filter((s) => s === 200)).toHaveLength(1);
      expect(statuses.filter((s) => s === 409)).toHaveLength(49);
      const winner = responses.find((r) => r.status === 200)?.body as StaffMember;
      for (const loser of responses.filter((r) => r.status === 409)) {
        expect(loser.body).toMatchObject({ code: 'STALE_VERSION', current: { version: 2 } });
      }
      const stored = (await admin.get(`/api/staff/${staff.id}`).expect(200)).body;
      expect(stored).toMatchObject({ firstName: winner.firstName, version: 2 });
      const history = (await admin.get(`/api/audit/staff_member/${staff.id}`).expect(200)).body;
      expect(history.filter((e: { action: string }) => e.action === 'update')).toHaveLength(1);
    });

    it('leaving sets the end date and keeps the record', async () => {
      const staff = await create({ lastName: 'Leaver' });
      const left = (await admin.post(`/api/staff/${staff.id}/leave`).send({ version: 1, employmentEnd: '2025-03-31' }).expect(200)).body;
      expect(left).toMatchObject({ employmentEnd: '2025-03-31', active: false, version: 2 });
      expect((await admin.post(`/api/staff/${staff.id}/leave`).send({ version: 1, employmentEnd: '2025-03-31' }).expect(409)).body.code).toBe('STALE_VERSION');
      expect((await admin.post(`/api/staff/${staff.id}/leave`).send({ version: 2, employmentEnd: '2020-01-01' }).expect(400)).body.errors).toEqual({
        employmentEnd: 'before_start',
      });
      expect((await admin.post(`/api/staff/${staff.id}/leave`).send({ version: 2 }).expect(400)).body.errors).toEqual({ employmentEnd: 'required' });
      await admin.get(`/api/staff/${staff.id}`).expect(200);
      const history = (await admin.get(`/api/audit/staff_member/${staff.id}`).expect(200)).body;
      expect(history.map((e: { action: string }) => e.action)).toEqual(['create', 'leave']);
    });
  });

  describe('list', () => {
    let listRoot: OrgUnit;
    let listChild: OrgUnit;
    beforeAll(async () => {
      listRoot = await unit(admin, 'List root');
      listChild = await unit(admin, 'List child', listRoot.id);
      await create({ unitId: listRoot.id, employeeNumber: 'L-1', firstName: 'Karin', lastName: 'Åberg', fte: 1 });
      await create({ unitId: listChild.id, employeeNumber: 'L-2', firstName: 'Olle', lastName: 'Nilsson', fte: 0.5, role: 'team_leader' });
      await create({ unitId: listChild.id, employeeNumber: 'L-3', firstName: 'Sara', lastName: 'Berg', qualificationStatus: 'in_education' });
      await create({ unitId: listChild.id, employeeNumber: 'L-4', firstName: 'Left', lastName: 'Gone', employmentEnd: '2022-01-01' });
    });

    const names = (page: StaffMemberPage) => page.items.map((s) => s.lastName);

    it('filters by unit subtree, role, status and qualification', async () => {
      const subtree: StaffMemberPage = (await admin.get(`/api/staff?unitId=${listRoot.id}`).expect(200)).body;
      expect(names(subtree)).toEqual(['Berg', 'Nilsson', 'Åberg']);
      expect(subtree.total).toBe(3);
      expect(names((await admin.get(`/api/staff?unitId=${listChild.id}`).expect(200)).body)).toEqual(['Berg', 'Nilsson']);
      expect(names((await admin.get(`/api/staff?unitId=${listRoot.id}&role=team_leader`).expect(200)).body)).toEqual(['Nilsson']);
      expect(names((await admin.get(`/api/staff?unitId=${listRoot.id}&status=left`).expect(200)).body)).toEqual(['Gone']);
      expect((await admin.get(`/api/staff?unitId=${listRoot.id}&status=all`).expect(200)).body.total).toBe(4);
      expect(names((await admin.get(`/api/staff?unitId=${listRoot.id}&qualificationStatus=in_education`).expect(200)).body)).toEqual(['Berg']);
    });

    it('searches by name or employee number, also with % and _ taken literally', async () => {
      expect(names((await admin.get('/api/staff?search=karin%20%C3%A5').expect(200)).body)).toEqual(['Åberg']);
      expect(names((await admin.get('/api/staff?search=L-2').expect(200)).body)).toEqual(['Nilsson']);
      expect((await admin.get('/api/staff?search=%25').expect(200)).body.total).toBe(0);
    });

    it('sorts and pages with the total of the whole filtered list', async () => {
      const byFte: StaffMemberPage = (await admin.get(`/api/staff?unitId=${listRoot.id}&sort=fte&order=desc`).expect(200)).body;
      expect(byFte.items.map((s) => s.fte)).toEqual([1, 0.75, 0.5]);
      const page2: StaffMemberPage = (await admin.get(`/api/staff?unitId=${listRoot.id}&pageSize=2&page=2`).expect(200)).body;
      expect(page2).toMatchObject({ total: 3, page: 2, pageSize: 2 });
      expect(names(page2)).toEqual(['Åberg']);
    });

    it('rejects bad filters with field codes', async () => {
      const response = await admin.get('/api/staff?role=boss&status=gone&sort=salary&order=up&page=0&pageSize=1000&unitId=x&extra=1').expect(400);
      expect(response.body.errors).toEqual({
        role: 'invalid_value',
        status: 'invalid_value',
        sort: 'invalid_value',
        order: 'invalid_value',
        page: 'min',
        pageSize: 'max',
        unitId: 'invalid_format',
        extra: 'unknown_field',
      });
    });

    it('never lists another kommun', async () => {
      const all: StaffMemberPage = (await admin.get('/api/staff?status=all&pageSize=200').expect(200)).body;
      expect(all.items.every((s) => s.unitName !== 'Luleå IFO')).toBe(true);
      // A unit filter outside the caller's reach is not found, like an unknown unit.
      await admin.get(`/api/staff?unitId=${foreignUnit.id}`).expect(404);
    });
  });

  describe('scope by role', () => {
    it('shows a team leader the staff of their units and subunits only', async () => {
      const inTeam = await create({ unitId: team.id, lastName: 'InTeam' });
      const inSub = await create({ unitId: subteam.id, lastName: 'InSub' });
      const outside = await create({ unitId: elsewhere.id, lastName: 'Outside' });
      const leader = await signInAs(t, 'team_leader', { unitIds: [team.id] });

      const page: StaffMemberPage = (await leader.get('/api/staff?pageSize=200').expect(200)).body;
      const ids = page.items.map((s) => s.id);
      expect(ids).toEqual(expect.arrayContaining([inTeam.id, inSub.id]));
      expect(ids).not.toContain(outside.id);
      expect(page.items.every((s) => [team.id, subteam.id].includes(s.unitId))).toBe(true);
      await leader.get(`/api/staff/${inSub.id}`).expect(200);
      await leader.get(`/api/staff/${outside.id}`).expect(404);
      const history = (await leader.get(`/api/staff/${inSub.id}/history`).expect(200)).body;
      expect(history.map((e: { action: string }) => e.action)).toEqual(['create']);
      // The author is named: the administrator's account belongs to the team leader's kommun.
      expect(history[0]).toMatchObject({ actorUserId: admin.account.id, actorDisplayName: expect.stringMatching(/^Test municipality_admin/) });
      await leader.get(`/api/staff/${outside.id}/history`).expect(404);
      await leader.get(`/api/audit/staff_member/${inSub.id}`).expect(404);
      await leader.get(`/api/staff?unitId=${elsewhere.id}`).expect(404);
      await leader.patch(`/api/staff/${inTeam.id}`).send({ version: 1, firstName: 'X' }).expect(404);
      await leader.post('/api/staff').send(body()).expect(404);
    });

    it('shows a caseworker only themselves', async () => {
      const me = await create({ lastName: 'Me' });
      const colleague = await create({ lastName: 'Colleague' });
      const caseworker = await signInAs(t, 'caseworker', { staffMemberId: me.id });
      const page: StaffMemberPage = (await caseworker.get('/api/staff').expect(200)).body;
      expect(page.items.map((s) => s.id)).toEqual([me.id]);
      await caseworker.get(`/api/staff/${me.id}`).expect(200);
      await caseworker.get(`/api/staff/${colleague.id}`).expect(404);
      await caseworker.get(`/api/staff/${me.id}/history`).expect(200);
      await caseworker.get(`/api/staff/${colleague.id}/history`).expect(404);
      await caseworker.patch(`/api/staff/${me.id}`).send({ version: 1, firstName: 'X' }).expect(404);
    });

    it('keeps staff from the national and system roles', async () => {
      const staff = await create();
      for (const role of ['national_analyst', 'regional_analyst', 'system_admin'] as const) {
        const who = await signInAs(t, role);
        await who.get('/api/staff').expect(404);
        await who.get(`/api/staff/${staff.id}`).expect(404);
      }
    });
  });
});

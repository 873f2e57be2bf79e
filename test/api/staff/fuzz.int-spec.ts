import { createTestApp, signInAs, type SignedIn, type TestApp } from '@kl/api/testing';
import type { OrgUnit } from '@kl/shared/contracts';
import fc from 'fast-check';

/** Fuzzed bodies and queries get a 2xx or a 4xx with the one error shape, never a 500 or internals. */
describe('fuzzed input to units and staff', () => {
  let t: TestApp;
  let admin: SignedIn;
  let unit: OrgUnit;

  beforeAll(async () => {
    t = await createTestApp();
    admin = await signInAs(t, 'municipality_admin');
    unit = (await admin.post('/api/units').send({ name: 'Fuzz unit', kind: 'unit', serviceAreaCode: 'barn-och-unga' }).expect(201)).body;
  });
  afterAll(() => t.close());

  const value = fc.oneof(
    fc.string(),
    fc.integer(),
    fc.double(),
    fc.boolean(),
    fc.constant(null),
    fc.constantFrom('2026-02-30', '2020-01-01', '9999-12-31', 'caseworker', 'dispensation', '0.5', '', ' ', '\u0000', "'; DROP TABLE staff_member; --"),
    fc.array(fc.string(), { maxLength: 2 }),
    fc.dictionary(fc.string(), fc.string(), { maxKeys: 2 }),
  );
  const staffKeys = fc.constantFrom(
    'employeeNumber', 'firstName', 'lastName', 'email', 'unitId', 'role', 'gender', 'fte', 'employmentType',
    'employmentStart', 'employmentEnd', 'experienceStart', 'degree', 'degreeYear', 'continuingEducation',
    'qualificationStatus', 'dispensationUntil', 'firstManagerialJob', 'needsDevelopment', 'version', 'unknown',
  );
  const valid = {
    employeeNumber: 'F1',
    firstName: 'F',
    lastName: 'Z',
    unitId: '',
    role: 'caseworker',
    gender: 'woman',
    fte: 1,
    employmentType: 'permanent',
    employmentStart: '2020-01-01',
    experienceStart: '2020-01-01',
    degree: 'social_work',
  };

  const expectClean = (response: { status: number; body: unknown; text: string }) => {
    expect(response.status).toBeLessThan(500);
    if (response.status >= 400) {
      expect(response.body).toMatchObject({ statusCode: response.status, code: expect.any(String), message: expect.any(String) });
      expect(response.text).not.toMatch(/QueryFailedError|at [A-Za-z]+ \(|SELECT |INSERT INTO|violates/);
    }
  };

  it('POST /api/staff with a valid body with fuzzed fields', async () => {
    await fc.assert(
      fc.asyncProperty(fc.dictionary(staffKeys, value, { maxKeys: 4 }), fc.string({ maxLength: 6 }), async (changes, number) => {
        const response = await admin.post('/api/staff').send({ ...valid, unitId: unit.id, employeeNumber: `F-${number}`, ...changes });
        expectClean(response);
      }),
      { numRuns: 60 },
    );
  });

  it('PATCH /api/staff/:id and POST /api/units with fuzzed bodies', async () => {
    const staff = (await admin.post('/api/staff').send({ ...valid, unitId: unit.id, employeeNumber: 'FUZZ-BASE' }).expect(201)).body;
    await fc.assert(
      fc.asyncProperty(fc.dictionary(staffKeys, value, { maxKeys: 4 }), async (changes) => {
        expectClean(await admin.patch(`/api/staff/${staff.id}`).send({ version: 1, ...changes }));
      }),
      { numRuns: 40 },
    );
    await fc.assert(
      fc.asyncProperty(fc.dictionary(fc.constantFrom('name', 'kind', 'serviceAreaCode', 'parentId', 'version', 'x'), value, { maxKeys: 4 }), async (body) => {
        expectClean(await admin.post('/api/units').send(body));
      }),
      { numRuns: 40 },
    );
  });

  it('answers a NUL character in text with 400, not a database error', async () => {
    const response = await admin.post('/api/staff').send({ ...valid, unitId: unit.id, employeeNumber: 'NUL-1', firstName: 'A\u0000B' }).expect(400);
    expect(response.body.errors).toEqual({ firstName: 'invalid_format' });
    expect((await admin.get('/api/staff').query({ search: 'a\u0000' }).expect(400)).body.errors).toEqual({ search: 'invalid_format' });
    const unitResponse = await admin.post('/api/units').send({ name: 'X\u0000', kind: 'unit', serviceAreaCode: 'barn-och-unga' }).expect(400);
    expect(unitResponse.body.errors).toEqual({ name: 'invalid_format' });
    await admin.post('/api/staff').send({ ...valid, unitId: unit.id, employeeNumber: 'TAB-1', firstName: 'Anna\tMaria' }).expect(201);
  });

  it('answers FTEs in exponent form with 400', async () => {
    for (const [fte, code] of [[1e-7, 'invalid_type'], [5e-324, 'min'], [-5e-324, 'min'], [1e21, 'max']] as const) {
      const response = await admin.post('/api/staff').send({ ...valid, unitId: unit.id, employeeNumber: `EXP-${fte}`, fte }).expect(400);
      expect(response.body.errors).toEqual({ fte: code });
    }
  });

  it('treats null as "not given" on create and refuses to empty a required field on update', async () => {
    const created = (
      await admin.post('/api/staff').send({ ...valid, unitId: unit.id, employeeNumber: 'NULL-1', continuingEducation: null, masters: null, email: null }).expect(201)
    ).body;
    expect(created).toMatchObject({ continuingEducation: false, masters: false, email: null });
    const response = await admin.patch(`/api/staff/${created.id}`).send({ version: 1, unitId: null, masters: null, email: null }).expect(400);
    expect(response.body.errors).toEqual({ unitId: 'required', masters: 'required' });
  });

  it('GET /api/staff with fuzzed query strings', async () => {
    const keys = fc.constantFrom('unitId', 'role', 'status', 'qualificationStatus', 'search', 'sort', 'order', 'page', 'pageSize', 'x');
    await fc.assert(
      fc.asyncProperty(fc.dictionary(keys, fc.oneof(fc.string(), fc.integer().map(String)), { maxKeys: 4 }), async (query) => {
        expectClean(await admin.get('/api/staff').query(query));
      }),
      { numRuns: 60 },
    );
  });
});

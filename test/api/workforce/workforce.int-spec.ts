import { createTestApp, signInAs, type SignedIn, type TestApp } from '@kl/api/testing';
import type { Vacancy, WorkforceFigures, WorkforceForecast } from '@kl/shared/contracts';
import { asKommun, createUnit, municipalityId } from '../inventory/inventory-fixtures';

/**
 * Workforce figures on a constructed history with known answers (docs/workforce.md). Unit U:
 *   A 2020-01-01 →, born 1960          B 2020-01-01 → 2021-06-30, another employer
 *   C 2021-07-01 →, born 1995, new graduate of 2021
 *   D 2020-03-01 → 2021-12-31, retirement   E a consultant at 50 % from 2020
 *   F 2019-01-01 → 2020-12-31 (another kommun's social services), back from 2021-03-01
 * 2021 (365 days): person-days A 365 + B 181 + C 184 + D 365 + F 306 = 1 401.
 */
describe('Workforce planning', () => {
  let t: TestApp;
  let admin: SignedIn;
  let leader: SignedIn;
  let kommun: string;
  let unit: string;

  const person = async (values: { start: string; end?: string; reason?: string; birthYear?: number; degreeYear?: number; type?: string; fte?: string }) => {
    const [row] = await asKommun<{ id: string }>(
      t,
      kommun,
      `INSERT INTO staff_member (municipality_id, employee_number, first_name, last_name, unit_id, role, gender, fte, employment_type,
                                 employment_start, employment_end, leaving_reason, experience_start, degree, degree_year, birth_year)
       VALUES ($1, gen_random_uuid()::text, 'Test', 'Person', $2, 'caseworker', 'woman', $3, $4, $5, $6, $7, $5, 'social_work', $8, $9) RETURNING id`,
      [kommun, unit, values.fte ?? '1.000', values.type ?? 'permanent', values.start, values.end ?? null, values.reason ?? null, values.degreeYear ?? 2000, values.birthYear ?? null],
    );
    return row.id;
  };

  beforeAll(async () => {
    t = await createTestApp();
    kommun = await municipalityId(t);
    unit = await createUnit(t, kommun, 'U');
    admin = await signInAs(t, 'municipality_admin');
    leader = await signInAs(t, 'team_leader', { unitIds: [unit] });
    await person({ start: '2020-01-01', birthYear: 1960 });
    await person({ start: '2020-01-01', end: '2021-06-30', reason: 'other_employer' });
    await person({ start: '2021-07-01', birthYear: 1995, degreeYear: 2021 });
    await person({ start: '2020-03-01', end: '2021-12-31', reason: 'retirement', birthYear: 1954 });
    await person({ start: '2020-01-01', type: 'consultant', fte: '0.500' });
    const f = await person({ start: '2019-01-01', end: '2020-12-31', reason: 'other_kommun_social_services' });
    await asKommun(t, kommun, `UPDATE staff_member SET employment_start = '2021-03-01', employment_end = NULL, leaving_reason = NULL WHERE id = $1`, [f]);
  });

  afterAll(() => t.close());

  const figures = async (who: SignedIn, query: string) => (await who.get(`/api/workforce/figures?${query}`).expect(200)).body as WorkforceFigures;

  it('keeps the period before a return: a leaver of 2020 and a new hire of 2021', async () => {
    const rows = await t.owner.query(`SELECT employment_start::text, employment_end::text FROM employment_period WHERE employment_start IN ('2019-01-01', '2021-03-01') ORDER BY 1`);
    expect(rows).toEqual([
      { employment_start: '2019-01-01', employment_end: '2020-12-31' },
      { employment_start: '2021-03-01', employment_end: null },
    ]);
  });

  it('divides the leavers of a year by its average headcount, with the reasons', async () => {
    const body = await figures(admin, 'from=2021-01-01&to=2021-12-31');
    expect(body.turnover).toMatchObject({ leavers: 2, averageHeadcount: '3.84', rate: '0.5211' });
    expect(body.turnover.byReason).toMatchObject({ other_employer: 1, retirement: 1, other_kommun_social_services: 0 });
    expect((await figures(admin, 'from=2020-01-01&to=2020-12-31')).turnover).toMatchObject({ leavers: 1, byReason: expect.objectContaining({ other_kommun_social_services: 1 }) });
  });

  it('follows the 2021 hires (a new graduate and a returner) to their anniversaries', async () => {
    const body = await figures(admin, 'from=2021-01-01&to=2021-12-31');
    const [hires, graduates] = body.retention;
    expect(hires).toEqual({ year: 2021, group: 'hires', hires: 2, after: [1, 2, 3].map((years) => ({ years, eligible: 2, retained: 2, share: '1.0000' })) });
    expect(graduates.hires).toBe(1);
  });

  it('counts headcount, consultants apart, age bands and retirements at the pension age set', async () => {
    const body = await figures(admin, 'from=2026-01-01&to=2026-06-30');
    expect(body.headcount.at(-1)).toEqual({ date: '2026-06-30', headcount: 3, fte: '3.00', consultantFte: '0.50' });
    expect(body.consultantShare).toEqual({ consultantFte: '0.50', totalFte: '3.50', share: '0.1429' });
    expect(body.ageStructure).toEqual([
      { band: '-29', headcount: 0 },
      { band: '30-39', headcount: 1 },
      { band: '40-49', headcount: 0 },
      { band: '50-59', headcount: 0 },
      { band: '60-', headcount: 1 },
    ]);
    expect(body.unknownAge).toBe(1);
    expect(body.retirements).toEqual({ pensionAge: 67, within: [{ years: 1, headcount: 1, fte: '1.00' }, { years: 3, headcount: 1, fte: '1.00' }, { years: 5, headcount: 1, fte: '1.00' }] });

    const saved = await admin.put('/api/workforce/settings').send({ pensionAge: 70, version: 0 }).expect(200);
    await admin.put('/api/workforce/settings').send({ pensionAge: 69, version: 0 }).expect(409);
    expect((await figures(admin, 'from=2026-01-01&to=2026-06-30')).retirements?.within.map((w) => w.headcount)).toEqual([0, 0, 1]);
    await admin.put('/api/workforce/settings').send({ pensionAge: 67, version: saved.body.version }).expect(200);
    await admin.put('/api/workforce/settings').send({ pensionAge: 59, version: 2 }).expect(400);
  });

  it('shows a team leader their units without years of birth and suppresses groups under five', async () => {
    const body = await figures(leader, 'from=2021-01-01&to=2021-12-31');
    expect(body.complete).toBe(false);
    expect(body.ageStructure).toBeNull();
    expect(body.retirements).toBeNull();
    expect(body.turnover).toMatchObject({ leavers: null, rate: null, byReason: null, averageHeadcount: '3.84' });
    expect(body.retention[0].hires).toBeNull();
    expect(body.retention[0].after.map((a) => [a.retained, a.share])).toEqual([[null, null], [null, null], [null, null]]);
    // Nor how many of the cohort had reached an anniversary: that would give the hires away.
    expect(body.retention[0].after.map((a) => a.eligible)).toEqual([null, null, null]);
    expect(body.suppressed).toEqual(expect.arrayContaining(['turnover', 'turnover.2021', 'retention.2021.hires', 'retention.2021.new_graduates']));
    await leader.get('/api/workforce/forecast').expect(404);
    const other = await signInAs(t, 'municipality_admin', { municipalityCode: '0114' });
    expect((await figures(other, 'from=2021-01-01&to=2021-12-31')).turnover.averageHeadcount).toBe('0.00');
  });

  it('keeps vacancies: time to fill, hard to fill, covered by consultants; validation and 409', async () => {
    const filled = (await admin.post('/api/workforce/vacancies').send({ unitId: unit, role: 'caseworker', fte: 1, openedOn: '2026-01-01', filledOn: '2026-03-02', difficulty: 'easy' }).expect(201)).body as Vacancy;
    expect(filled.daysOpen).toBe(60);
    const open = (await admin.post('/api/workforce/vacancies').send({ unitId: unit, role: 'caseworker', fte: 0.75, openedOn: '2026-02-01', difficulty: 'very_hard', coveredByConsultant: true }).expect(201)).body as Vacancy;
    expect((await figures(admin, 'from=2026-01-01&to=2026-06-30')).vacancies).toEqual({ open: 1, openFte: '0.75', hardToFill: 1, coveredByConsultant: 1, filledInPeriod: 1, medianDaysToFill: 60 });
    const bad = await admin.post('/api/workforce/vacancies').send({ unitId: unit, role: 'caseworker', fte: 1, openedOn: '2026-03-01', filledOn: '2026-02-01', difficulty: 'easy' }).expect(400);
    expect(bad.body.errors).toEqual({ filledOn: 'before_start' });
    await admin.post('/api/workforce/vacancies').send({ unitId: unit, role: 'caseworker', fte: 1, openedOn: '2026-03-01', difficulty: 'easy', salary: 1 }).expect(400);
    await leader.post('/api/workforce/vacancies').send({ unitId: unit, role: 'caseworker', fte: 1, openedOn: '2026-03-01', difficulty: 'easy' }).expect(404);
    const update = { unitId: unit, role: 'caseworker', fte: 0.75, openedOn: '2026-02-01', filledOn: '2026-05-01', difficulty: 'very_hard', coveredByConsultant: true, note: null };
    await admin.put(`/api/workforce/vacancies/${open.id}`).send({ ...update, version: open.version }).expect(200);
    await admin.put(`/api/workforce/vacancies/${open.id}`).send({ ...update, version: open.version }).expect(409);
    expect((await leader.get('/api/workforce/vacancies').expect(200)).body).toHaveLength(2);
    const audit = await t.owner.query(`SELECT action FROM audit_event WHERE entity_type = 'vacancy' ORDER BY occurred_at`);
    expect(audit.map((a: { action: string }) => a.action)).toEqual(['create', 'create', 'update']);
    await admin.delete(`/api/workforce/vacancies/${filled.id}`).expect(204);
    await admin.delete(`/api/workforce/vacancies/${open.id}`).expect(204);
  });

  it('forecasts recruitment from retirements and planned change, and says how', async () => {
    await admin.post('/api/workforce/planned-changes').send({ unitId: null, role: 'caseworker', year: 2027, headcountChange: 2 }).expect(201);
    const forecast = (await admin.get('/api/workforce/forecast?to=2026-06-30').expect(200)).body as WorkforceForecast;
    expect(forecast.basis).toEqual([
      { year: 2023, rate: '0.0000' },
      { year: 2024, rate: '0.0000' },
      { year: 2025, rate: '0.0000' },
    ]);
    expect(forecast.years[0]).toEqual({ year: 2027, leavers: { low: '0.0', expected: '0.0', high: '0.0' }, retirements: 1, plannedChange: 2, recruitment: { low: '3.0', expected: '3.0', high: '3.0' } });
    expect(forecast.years[1].recruitment.expected).toBe('0.0');
    expect(forecast.headcount).toBe(3);
    expect(forecast.method.recruitment).toContain('planerad förändring');
  });
});

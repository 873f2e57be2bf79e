import { createTestApp, createUnit, signInAs, type TestApp } from '@kl/api/testing';
import type { ImportJob, TabularProblem } from '@kl/shared/contracts';
import { fileProblem } from '@kl/shared/util';
import { csvFile, STAFF_HEADER, staffRow, xlsxFile } from './import-files';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

describe('staff import (FORMATS.md §1)', () => {
  let t: TestApp;
  let admin: Awaited<ReturnType<typeof signInAs>>;

  beforeAll(async () => {
    t = await createTestApp();
    admin = await signInAs(t, 'municipality_admin');
    await createUnit(t, { name: 'Barn och unga Väst' });
    await createUnit(t, { name: 'Barn och unga Öst' });
  });
  afterAll(() => t.close());

  const upload = async (file: Buffer, type = 'text/csv', fileName = 'personal.csv'): Promise<ImportJob> =>
    (await admin.post(`/api/imports/staff/file?fileName=${encodeURIComponent(fileName)}`).set('Content-Type', type).send(file).expect(201)).body;
  const confirm = (id: string) => admin.post(`/api/imports/${id}/confirm`);
  const staffCount = async () => Number((await t.owner.query(`SELECT count(*) AS n FROM staff_member`))[0].n);
  const auditCount = async () => Number((await t.owner.query(`SELECT count(*) AS n FROM audit_event WHERE entity_type = 'staff_member'`))[0].n);

  it('previews, then writes a valid file in one go, and the same file twice changes nothing', async () => {
    const file = csvFile([
      STAFF_HEADER.map((h) => h.replace('kon', 'Kön').replace('anstalld_fran', 'Anställd_från')),
      staffRow('1001', 'Barn och unga Väst', { epost: 'asa.oberg@kommun.se' }),
      staffRow('1002', 'barn och unga öst', { roll: 'arbetsledare', kon: 'man', sysselsattningsgrad: 100, forsta_chefsjobbet: 'j', behov_kompetensutveckling: 'nej' }),
    ]);
    const preview = await upload(file);
    expect(preview).toMatchObject({ state: 'previewed', fileName: 'personal.csv', counts: { add: 2, change: 0, unchanged: 0 }, problems: [], problemCount: 0 });
    expect(await staffCount()).toBe(0);

    const done = (await confirm(preview.id).expect(200)).body as ImportJob;
    expect(done).toMatchObject({ state: 'done', counts: { add: 2 } });
    expect(done.finishedAt).not.toBeNull();
    const rows = await t.owner.query(
      `SELECT employee_number, first_name, last_name, email, role, gender, fte::text, employment_start::text, degree_year,
              continuing_education, qualification_status, first_managerial_job, u.name AS unit
       FROM staff_member s JOIN org_unit u ON u.id = s.unit_id ORDER BY employee_number`,
    );
    expect(rows).toEqual([
      expect.objectContaining({ employee_number: '1001', first_name: 'Åsa', last_name: 'Öberg', email: 'asa.oberg@kommun.se', role: 'caseworker', gender: 'woman', fte: '0.875', employment_start: '2020-01-15', degree_year: 2018, continuing_education: true, qualification_status: 'qualified', first_managerial_job: null, unit: 'Barn och unga Väst' }),
      expect.objectContaining({ employee_number: '1002', role: 'team_leader', gender: 'man', fte: '1.000', first_managerial_job: true, unit: 'Barn och unga Öst' }),
    ]);
    expect(await auditCount()).toBe(2);
    expect((await t.owner.query(`SELECT file FROM import_job WHERE id = $1`, [preview.id]))[0].file).toBeNull();

    // The same file again: all unchanged, and confirming writes nothing.
    const again = await upload(file);
    expect(again.counts).toEqual({ add: 0, change: 0, unchanged: 2 });
    await confirm(again.id).expect(200);
    expect(await auditCount()).toBe(2);
    expect((await t.owner.query(`SELECT max(row_version) AS v FROM staff_member`))[0].v).toBe(1);

    // A confirmed job cannot be confirmed again.
    const twice = await confirm(preview.id).expect(409);
    expect(twice.body).toMatchObject({ code: 'IMPORT_NOT_CONFIRMABLE', current: { state: 'done' } });
  });

  it('takes the year of birth and why someone left; a reason needs an end of employment', async () => {
    const header = [...STAFF_HEADER, 'fodelsear', 'avslutsorsak'];
    const refused = await upload(csvFile([header, [...staffRow('5001', 'Barn och unga Väst'), 1979, 'pension'], [...staffRow('5002', 'Barn och unga Väst'), 'nittio', 'flytt']]));
    expect(refused.problems).toEqual(
      ([
        { row: 2, column: 'avslutsorsak', code: 'not_allowed' },
        { row: 3, column: 'fodelsear', code: 'invalid_number' },
        { row: 3, column: 'avslutsorsak', code: 'invalid_choice' },
      ] satisfies TabularProblem[]).map(fileProblem),
    );
    const file = csvFile([header, [...staffRow('5001', 'Barn och unga Väst', { anstalld_till: '2024-06-30' }), 1979, 'Annan kommuns socialtjänst'], [...staffRow('5002', 'Barn och unga Väst'), 1990, null]]);
    await confirm((await upload(file)).id).expect(200);
    const rows = await t.owner.query(
      `SELECT s.employee_number, s.birth_year, s.leaving_reason, p.employment_end::text, p.leaving_reason AS period_reason
       FROM staff_member s JOIN employment_period p ON p.staff_member_id = s.id WHERE s.employee_number LIKE '500%' ORDER BY 1`,
    );
    expect(rows).toEqual([
      { employee_number: '5001', birth_year: 1979, leaving_reason: 'other_kommun_social_services', employment_end: '2024-06-30', period_reason: 'other_kommun_social_services' },
      { employee_number: '5002', birth_year: 1990, leaving_reason: null, employment_end: null, period_reason: null },
    ]);
    expect((await upload(file)).counts).toEqual({ add: 0, change: 0, unchanged: 2 });
  });

  it('reads the same from XLSX with spreadsheet dates and numbers, and names the changed columns', async () => {
    const row = staffRow('1001', 'Barn och unga Väst', {
      epost: 'asa.oberg@kommun.se',
      anstalld_fran: null,
      sysselsattningsgrad: 75,
      examensar: 2018,
    });
    const file = await xlsxFile([STAFF_HEADER, row.map((value, i) => (STAFF_HEADER[i] === 'anstalld_fran' ? new Date(Date.UTC(2020, 0, 15)) : value))]);
    const preview = await upload(file, XLSX, 'personal.xlsx');
    expect(preview.counts).toEqual({ add: 0, change: 1, unchanged: 0 });
    expect(preview.rows).toEqual([{ row: 2, key: '1001', action: 'change', changedColumns: ['sysselsattningsgrad'] }]);
    await confirm(preview.id).expect(200);
    const [member] = await t.owner.query(`SELECT fte::text, row_version FROM staff_member WHERE employee_number = '1001'`);
    expect(member).toEqual({ fte: '0.750', row_version: 2 });
    const [event] = await t.owner.query(
      `SELECT action, before->>'fte' AS before, after->>'fte' AS after, actor_user_id FROM audit_event
       WHERE entity_type = 'staff_member' AND action = 'update'`,
    );
    expect(event).toEqual({ action: 'update', before: '0.875', after: '0.75', actor_user_id: admin.account.id });
  });

  describe('refuses a file that is wrong in any way, names row and column, and writes nothing', () => {
    const cases: [string, () => Promise<Buffer> | Buffer, TabularProblem[]][] = [
      ['a missing column', () => csvFile([STAFF_HEADER.filter((h) => h !== 'kon'), staffRow('2001', 'Barn och unga Väst').filter((_v, i) => STAFF_HEADER[i] !== 'kon')]), [{ row: 1, column: 'kon', code: 'column_missing' }]],
      ['an unknown column', () => csvFile([[...STAFF_HEADER, 'skostorlek'], [...staffRow('2001', 'Barn och unga Väst'), 42]]), [{ row: 1, column: 'skostorlek', code: 'column_unknown' }]],
      ['a column twice', () => csvFile([[...STAFF_HEADER, 'Kön'], [...staffRow('2001', 'Barn och unga Väst'), 'man']]), [{ row: 1, column: 'kon', code: 'column_duplicate' }]],
      ['an employee number twice', () => csvFile([STAFF_HEADER, staffRow('2001', 'Barn och unga Väst'), staffRow('2001', 'Barn och unga Öst')]), [{ row: 3, column: 'anstallningsnummer', code: 'not_unique' }]],
      ['a unit that does not exist', () => csvFile([STAFF_HEADER, staffRow('2001', 'Enheten som inte finns')]), [{ row: 2, column: 'enhet', code: 'unknown_reference' }]],
      ['a value outside the choices', () => csvFile([STAFF_HEADER, staffRow('2001', 'Barn och unga Väst', { roll: 'chef' })]), [{ row: 2, column: 'roll', code: 'invalid_choice' }]],
      ['a date that does not exist', () => csvFile([STAFF_HEADER, staffRow('2001', 'Barn och unga Väst', { anstalld_fran: '2023-02-30' })]), [{ row: 2, column: 'anstalld_fran', code: 'invalid_date' }]],
      ['a percentage out of range', () => csvFile([STAFF_HEADER, staffRow('2001', 'Barn och unga Väst', { sysselsattningsgrad: '120' })]), [{ row: 2, column: 'sysselsattningsgrad', code: 'max' }]],
      ['a required value left empty', () => csvFile([STAFF_HEADER, staffRow('2001', 'Barn och unga Väst', { efternamn: '  ' })]), [{ row: 2, column: 'efternamn', code: 'required' }]],
      ['a bad e-mail address', () => csvFile([STAFF_HEADER, staffRow('2001', 'Barn och unga Väst', { epost: 'inte en adress' })]), [{ row: 2, column: 'epost', code: 'invalid_format' }]],
      ['a rule across columns (dispensation without its date)', () => csvFile([STAFF_HEADER, staffRow('2001', 'Barn och unga Väst', { behorighet: 'dispens' })]), [{ row: 2, column: 'dispens_till', code: 'required' }]],
      ['team leader answers for a caseworker', () => csvFile([STAFF_HEADER, staffRow('2001', 'Barn och unga Väst', { forsta_chefsjobbet: 'ja' })]), [{ row: 2, column: 'forsta_chefsjobbet', code: 'not_allowed' }]],
      ['a formula', () => xlsxFile([STAFF_HEADER, staffRow('2001', 'Barn och unga Väst').map((v, i) => (STAFF_HEADER[i] === 'fornamn' ? { formula: 'UPPER("åsa")', result: 'ÅSA' } : v))]), [{ row: 2, column: 'fornamn', code: 'formula_not_allowed' }]],
      ['an empty file', () => Buffer.alloc(0), [{ row: null, column: null, code: 'file_empty' }]],
      ['binary data', () => Buffer.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4, 5]), [{ row: null, column: null, code: 'file_unreadable' }]],
      ['an old Excel file', () => Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), [{ row: null, column: null, code: 'file_type_unsupported' }]],
    ];

    it.each(cases)('%s', async (_name, make, problems) => {
      const before = await staffCount();
      const preview = await upload(await make(), 'application/octet-stream');
      expect(preview.state).toBe('invalid');
      expect(preview.problems).toEqual(problems.map(fileProblem));
      await confirm(preview.id).expect(409);
      expect(await staffCount()).toBe(before);
    });

    it('names every problem of a row, each in its column', async () => {
      const preview = await upload(csvFile([STAFF_HEADER, staffRow('2001', 'Barn och unga Väst', { kon: 'k', anstalld_fran: 'igår', fortbildning: 'kanske' })]));
      expect(preview.problems).toEqual(([
        { row: 2, column: 'kon', code: 'invalid_choice' },
        { row: 2, column: 'anstalld_fran', code: 'invalid_date' },
        { row: 2, column: 'fortbildning', code: 'invalid_yes_no' },
      ] satisfies TabularProblem[]).map(fileProblem));
    });
  });

  it('checks the file again at confirmation and writes nothing when the kommun changed meanwhile', async () => {
    const unitId = await createUnit(t, { name: 'Tillfällig enhet' });
    const preview = await upload(csvFile([STAFF_HEADER, staffRow('3001', 'Tillfällig enhet'), staffRow('3002', 'Barn och unga Väst')]));
    expect(preview.state).toBe('previewed');
    await t.owner.query(`DELETE FROM org_unit WHERE id = $1`, [unitId]);
    const before = await staffCount();
    const result = (await confirm(preview.id).expect(200)).body as ImportJob;
    expect(result).toMatchObject({ state: 'invalid', problems: [{ row: 2, column: 'enhet', code: 'unknown_reference' }] });
    expect(await staffCount()).toBe(before);
  });

  it('serialises two imports of the same kommun: both confirmed at once, the second finds the first written', async () => {
    const file = csvFile([STAFF_HEADER, staffRow('4001', 'Barn och unga Väst'), staffRow('4002', 'Barn och unga Öst')], 'utf-8', ',');
    const [a, b] = [await upload(file), await upload(file)];
    const results = await Promise.all([confirm(a.id), confirm(b.id)]);
    expect(results.map((r) => r.status)).toEqual([200, 200]);
    expect(results.map((r) => r.body.state)).toEqual(['done', 'done']);
    expect(await t.owner.query(`SELECT count(*)::int AS n FROM staff_member WHERE employee_number IN ('4001', '4002')`)).toEqual([{ n: 2 }]);
    const confirmedCounts = (await Promise.all([a.id, b.id].map(async (id) => (await admin.get(`/api/imports/${id}`).expect(200)).body.counts))).map((c) => c.add).sort();
    expect(confirmedCounts).toEqual([0, 2]);
  });

  it('takes only a file as the body of an upload, up to the limit', async () => {
    await admin.post('/api/imports/staff/file').send({ file: 'x' }).expect(415);
    const tooLarge = Buffer.alloc(21 * 1024 * 1024, 0x41);
    await admin.post('/api/imports/staff/file').set('Content-Type', 'text/csv').send(tooLarge).expect(413);
  });

  it('keeps imports to their kommun and to its administrators', async () => {
    const preview = await upload(csvFile([STAFF_HEADER, staffRow('5001', 'Barn och unga Väst')]));
    const other = await signInAs(t, 'municipality_admin', { municipalityCode: '1480' });
    await other.get(`/api/imports/${preview.id}`).expect(404);
    await other.post(`/api/imports/${preview.id}/confirm`).expect(404);
    const leader = await signInAs(t, 'team_leader');
    await leader.post('/api/imports/staff/file').set('Content-Type', 'text/csv').send(Buffer.from('x')).expect(404);
    expect((await admin.get('/api/imports').expect(200)).body.map((job: ImportJob) => job.id)).toContain(preview.id);
  });
});

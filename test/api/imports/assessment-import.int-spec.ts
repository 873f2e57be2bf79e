import { createTestApp, createUnit, signInAs, type TestApp } from '@kl/api/testing';
import type { ImportJob, InventoryRound } from '@kl/shared/contracts';
import { createRound, publishedFrameworkId } from '../inventory/inventory-fixtures';
import { csvFile, STAFF_HEADER, staffRow, xlsxFile } from './import-files';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

describe('assessment import into a round (FORMATS.md §2)', () => {
  let t: TestApp;
  let admin: Awaited<ReturnType<typeof signInAs>>;
  let round: InventoryRound;
  let codes: string[];

  const upload = async (file: Buffer, roundId = round.id, type = 'text/csv'): Promise<ImportJob> =>
    (await admin.post(`/api/imports/assessments/file?roundId=${roundId}&fileName=bedomningar.csv`).set('Content-Type', type).send(file).expect(201)).body;
  const confirm = (id: string) => admin.post(`/api/imports/${id}/confirm`);
  const cells = async () =>
    (await t.owner.query(
      `SELECT s.employee_number AS number, t.code, c.value, c.seq FROM assessment_cell c
       JOIN staff_member s ON s.id = c.staff_member_id JOIN competence_topic t ON t.id = c.topic_id
       WHERE c.round_id = $1 AND c.source = 'leader' ORDER BY 1, 2`,
      [round.id],
    )) as { number: string; code: string; value: string | null; seq: number }[];
  const assessmentRows = async () => Number((await t.owner.query(`SELECT count(*) AS n FROM assessment`))[0].n);

  beforeAll(async () => {
    t = await createTestApp();
    admin = await signInAs(t, 'municipality_admin');
    await createUnit(t, { name: 'Mottagningen' });
    const staff = await admin.post('/api/imports/staff/file').set('Content-Type', 'text/csv')
      .send(csvFile([STAFF_HEADER, staffRow('A1', 'Mottagningen'), staffRow('A2', 'Mottagningen', { fornamn: 'Örjan' }), staffRow('A3', 'Mottagningen')])).expect(201);
    await confirm(staff.body.id).expect(200);
    const frameworkId = await publishedFrameworkId(t);
    round = await createRound(admin, frameworkId);
    codes = (await t.owner.query(`SELECT code FROM competence_topic WHERE framework_id = $1 ORDER BY code`, [frameworkId])).map((r: { code: string }) => r.code);
  });
  afterAll(() => t.close());

  it('previews counts in cells, writes through the save path with audit, and the same file twice changes nothing', async () => {
    const [a, b] = codes;
    const file = csvFile([
      ['anstallningsnummer', a, b.toLowerCase()],
      ['A1', 'G', 'fördjupad'],
      ['A2', 's', '-'],
      ['A3', null, null],
    ]);
    const preview = await upload(file);
    expect(preview).toMatchObject({ state: 'previewed', counts: { add: 4, change: 0, unchanged: 2 }, problems: [] });
    expect(preview.rows).toEqual([
      { row: 2, key: 'A1', action: 'add', changedColumns: [a, b] },
      { row: 3, key: 'A2', action: 'add', changedColumns: [a, b] },
      { row: 4, key: 'A3', action: 'unchanged', changedColumns: [] },
    ]);
    await confirm(preview.id).expect(200);
    expect(await cells()).toEqual([
      { number: 'A1', code: a, value: 'basic', seq: 1 },
      { number: 'A1', code: b, value: 'advanced', seq: 1 },
      { number: 'A2', code: a, value: 'insufficient', seq: 1 },
      { number: 'A2', code: b, value: 'not_applicable', seq: 1 },
    ]);
    expect(Number((await t.owner.query(`SELECT count(*) AS n FROM audit_event WHERE entity_type = 'assessment'`))[0].n)).toBe(4);

    const before = await assessmentRows();
    const again = await upload(file);
    expect(again.counts).toEqual({ add: 0, change: 0, unchanged: 6 });
    await confirm(again.id).expect(200);
    expect(await assessmentRows()).toBe(before);

    // A change appends a version; an empty cell clears a level (a new version, not assessed).
    const changed = await upload(csvFile([['anstallningsnummer', a, b], ['A1', 'F', null]]));
    expect(changed.counts).toEqual({ add: 0, change: 2, unchanged: 0 });
    await confirm(changed.id).expect(200);
    expect((await cells()).filter((c) => c.number === 'A1')).toEqual([
      { number: 'A1', code: a, value: 'advanced', seq: 2 },
      { number: 'A1', code: b, value: null, seq: 2 },
    ]);
  });

  it('refuses unknown people and topics, bad levels, people twice and formulas, naming row and column', async () => {
    const before = await assessmentRows();
    const [a] = codes;
    const preview = await upload(csvFile([
      ['anstallningsnummer', a, 'ZZ99'],
      ['A1', 'X', null],
      ['NOPE', 'G', null],
      ['A2', 'G', null],
      ['A2', 'F', null],
    ]));
    expect(preview.state).toBe('invalid');
    expect(preview.problems).toEqual([
      { row: 1, column: 'ZZ99', code: 'column_unknown' },
      { row: 2, column: a, code: 'invalid_choice' },
      { row: 3, column: 'anstallningsnummer', code: 'unknown_reference' },
      { row: 5, column: 'anstallningsnummer', code: 'not_unique' },
    ]);
    const formula = await upload(await xlsxFile([['anstallningsnummer', a], ['A1', { formula: '"G"', result: 'G' }]]), round.id, XLSX);
    expect(formula.problems).toEqual([{ row: 2, column: a, code: 'formula_not_allowed' }]);
    await confirm(preview.id).expect(409);
    expect(await assessmentRows()).toBe(before);
  });

  it('refuses a round that does not take assessments, and another kommun’s round', async () => {
    const closed = await createRound(admin, await publishedFrameworkId(t), { open: false });
    const refused = await admin.post(`/api/imports/assessments/file?roundId=${closed.id}`).set('Content-Type', 'text/csv').send(csvFile([['anstallningsnummer'], ['A1']]));
    expect(refused.status).toBe(409);
    const other = await signInAs(t, 'municipality_admin', { municipalityCode: '1480' });
    await other.post(`/api/imports/assessments/file?roundId=${round.id}`).set('Content-Type', 'text/csv').send(csvFile([['anstallningsnummer'], ['A1']])).expect(404);
  });
});

import { createTestApp, createUnit, signInAs, type TestApp } from '@kl/api/testing';
import type { ImportJob, InventoryRound, TabularProblem } from '@kl/shared/contracts';
import { fileProblem } from '@kl/shared/util';
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
    // One audit event per person, holding their cells (an import of thousands of cells is thousands fewer rows).
    const audited = async () =>
      (await t.owner.query(
        `SELECT e.entity_id AS "entityId", e.action, e.before, e.after FROM audit_event e
         JOIN staff_member s ON s.id = e.entity_id WHERE e.entity_type = 'assessment' ORDER BY e.occurred_at, s.employee_number`,
      )) as { entityId: string; action: string; before: unknown; after: { staffMemberId: string; cells: unknown[] } }[];
    const a1 = (await t.owner.query(`SELECT id FROM staff_member WHERE employee_number = 'A1'`))[0].id as string;
    expect(await audited()).toEqual([
      {
        entityId: a1,
        action: 'import',
        before: null,
        after: {
          roundId: round.id,
          staffMemberId: a1,
          source: 'leader',
          cells: [
            { topicCode: a, value: 'basic', comment: null, version: 1 },
            { topicCode: b, value: 'advanced', comment: null, version: 1 },
          ],
        },
      },
      expect.objectContaining({ action: 'import', after: expect.objectContaining({ cells: expect.arrayContaining([expect.objectContaining({ value: 'not_applicable' })]) }) }),
    ]);

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
    // The event holds the cells before the change too.
    expect((await audited()).at(-1)).toMatchObject({
      entityId: a1,
      before: { staffMemberId: a1, cells: [{ topicCode: a, value: 'basic', version: 1 }, { topicCode: b, value: 'advanced', version: 1 }] },
      after: { staffMemberId: a1, cells: [{ topicCode: a, value: 'advanced', version: 2 }, { topicCode: b, value: null, version: 2 }] },
    });
  });

  it('writes the plan kept from the preview, and plans the file again when a cell changed meanwhile', async () => {
    const [, , c] = codes;
    const a2 = (await t.owner.query(`SELECT id FROM staff_member WHERE employee_number = 'A2'`))[0].id as string;
    const file = csvFile([['anstallningsnummer', c], ['A2', 'G'], ['A3', 'F']]);
    const kept = await upload(file);
    expect(kept.counts).toEqual({ add: 2, change: 0, unchanged: 0 });
    expect((await t.owner.query(`SELECT plan IS NOT NULL AS kept FROM import_job WHERE id = $1`, [kept.id]))[0].kept).toBe(true);
    // Someone saves A2's level in the matrix between the preview and the confirmation.
    await admin.put(`/api/rounds/${round.id}/assessments`).send({ cells: [{ staffMemberId: a2, topicCode: c, value: 'basic', expectedVersion: 0 }] }).expect(200);
    const done = (await confirm(kept.id).expect(200)).body as ImportJob;
    // Planned again against the kommun as it is now: A2 is already G, only A3 is written.
    expect(done).toMatchObject({ state: 'done', counts: { add: 1, change: 0, unchanged: 1 } });
    expect((await cells()).filter((cell) => cell.code === c)).toEqual([
      { number: 'A2', code: c, value: 'basic', seq: 1 },
      { number: 'A3', code: c, value: 'advanced', seq: 1 },
    ]);
    expect((await t.owner.query(`SELECT plan FROM import_job WHERE id = $1`, [kept.id]))[0].plan).toBeNull();

    // Nothing changed since the preview: the kept plan is written as the preview said, the file is not needed.
    const again = await upload(csvFile([['anstallningsnummer', c], ['A1', 'S']]));
    await t.owner.query(`UPDATE import_job SET file = '\\x00'::bytea WHERE id = $1`, [again.id]);
    const written = (await confirm(again.id).expect(200)).body as ImportJob;
    expect(written).toMatchObject({ state: 'done', counts: { add: 1, change: 0, unchanged: 0 }, problemCount: 0 });
    expect((await cells()).find((cell) => cell.number === 'A1' && cell.code === c)).toEqual({ number: 'A1', code: c, value: 'insufficient', seq: 1 });
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
    expect(preview.problems).toEqual(([
      { row: 1, column: 'ZZ99', code: 'column_unknown' },
      { row: 2, column: a, code: 'invalid_choice' },
      { row: 3, column: 'anstallningsnummer', code: 'unknown_reference' },
      { row: 5, column: 'anstallningsnummer', code: 'not_unique' },
    ] satisfies TabularProblem[]).map(fileProblem));
    const formula = await upload(await xlsxFile([['anstallningsnummer', a], ['A1', { formula: '"G"', result: 'G' }]]), round.id, XLSX);
    expect(formula.problems).toEqual([fileProblem({ row: 2, column: a, code: 'formula_not_allowed' })]);
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

import { createTestApp, createUnit, signInAs, type TestApp } from '@kl/api/testing';
import type { ImportJob, InventoryRound } from '@kl/shared/contracts';
import ExcelJS from 'exceljs';
import { createRound, publishedFrameworkId } from '../inventory/inventory-fixtures';
import { csvFile, STAFF_HEADER, staffRow } from './import-files';

const binary = (response: NodeJS.ReadableStream & { setEncoding(e: string): void; on: (e: string, f: (c?: Buffer) => void) => void }, done: (e: Error | null, b: Buffer) => void) => {
  const chunks: Buffer[] = [];
  response.on('data', (chunk) => chunks.push(chunk as Buffer));
  response.on('end', () => done(null, Buffer.concat(chunks)));
};

/** Export → import is a no-op (FORMATS.md: every export writes the format back), for XLSX and CSV. */
describe('round trip of staff and assessment files', () => {
  let t: TestApp;
  let admin: Awaited<ReturnType<typeof signInAs>>;
  let round: InventoryRound;
  let codes: string[];

  const download = async (path: string): Promise<Buffer> => (await admin.get(path).buffer(true).parse(binary as never).expect(200)).body as Buffer;
  const upload = async (path: string, file: Buffer): Promise<ImportJob> =>
    (await admin.post(path).set('Content-Type', 'application/octet-stream').send(file).expect(201)).body;
  const writes = async () => Number((await t.owner.query(`SELECT (SELECT count(*) FROM audit_event) + (SELECT count(*) FROM assessment) AS n`))[0].n);

  beforeAll(async () => {
    t = await createTestApp();
    admin = await signInAs(t, 'municipality_admin');
    await createUnit(t, { name: 'Familjerätt Södra Ängen' });
    const staff = csvFile([
      STAFF_HEADER,
      staffRow('Ö-1', 'Familjerätt Södra Ängen', { fornamn: 'Åke', efternamn: 'Ärlig', epost: 'ake@kommun.se', sysselsattningsgrad: '37,5', anstalld_till: '2030-06-30', magister: 'ja' }),
      staffRow('Ö-2', 'Familjerätt Södra Ängen', { roll: 'arbetsledare', kon: 'annat', sysselsattningsgrad: '66,6', behorighet: 'dispens', dispens_till: '2027-12-31', examensar: null, forsta_chefsjobbet: 'nej', behov_kompetensutveckling: 'ja' }),
      staffRow('Ö-3', 'Familjerätt Södra Ängen', { anstallningsform: 'konsult', examen: 'utländsk socionomexamen', behorighet: null, fortbildning: null }),
    ]);
    const job = await upload('/api/imports/staff/file', staff);
    expect(job.problems).toEqual([]);
    await admin.post(`/api/imports/${job.id}/confirm`).expect(200);
    const frameworkId = await publishedFrameworkId(t);
    round = await createRound(admin, frameworkId);
    // In the framework's display order, as the matrix and the files have them.
    codes = (
      await t.owner.query(
        `SELECT t.code FROM competence_topic t JOIN competence_area a ON a.id = t.area_id
         WHERE t.framework_id = $1 ORDER BY a.position, a.code, t.position, t.code`,
        [frameworkId],
      )
    ).map((r: { code: string }) => r.code);
    const levels = await upload(`/api/imports/assessments/file?roundId=${round.id}`, csvFile([
      ['anstallningsnummer', ...codes.slice(0, 4)],
      ['Ö-1', 'G', 'F', null, '-'],
      ['Ö-3', 'S', null, 'grundläggande', null],
    ]));
    expect(levels.problems).toEqual([]);
    await admin.post(`/api/imports/${levels.id}/confirm`).expect(200);
  });
  afterAll(() => t.close());

  it.each(['xlsx', 'csv'])('staff exported as %s import back unchanged', async (format) => {
    const file = await download(`/api/imports/staff/export?format=${format}`);
    if (format === 'csv') {
      const text = file.toString('utf8');
      expect(text.startsWith('\uFEFFanstallningsnummer;fornamn;')).toBe(true);
      expect(text).toContain('Ö-1;Åke;Ärlig;ake@kommun.se;Familjerätt Södra Ängen;handläggare;kvinna;37,5;');
      expect(text).toContain(';66,6;');
    }
    const before = await writes();
    const job = await upload('/api/imports/staff/file', file);
    expect(job).toMatchObject({ state: 'previewed', problems: [], counts: { add: 0, change: 0, unchanged: 3 } });
    await admin.post(`/api/imports/${job.id}/confirm`).expect(200);
    expect(await writes()).toBe(before);
  });

  it.each(['xlsx', 'csv'])('assessments exported as %s import back unchanged, empty cells included', async (format) => {
    const file = await download(`/api/imports/assessments/export?roundId=${round.id}&format=${format}`);
    if (format === 'csv') {
      const lines = file.toString('utf8').split('\r\n');
      expect(lines[0]).toBe(`\uFEFFanstallningsnummer;${codes.join(';')}`);
      expect(lines).toContain(`Ö-1;G;F;;-${';'.repeat(codes.length - 4)}`);
    }
    const before = await writes();
    const job = await upload(`/api/imports/assessments/file?roundId=${round.id}`, file);
    expect(job).toMatchObject({ state: 'previewed', problems: [], counts: { add: 0, change: 0, unchanged: 3 * codes.length } });
    await admin.post(`/api/imports/${job.id}/confirm`).expect(200);
    expect(await writes()).toBe(before);
  });

  it('gives templates with Swedish headers, dropdowns and the kommun’s units, which import as nothing to do', async () => {
    const file = await download('/api/imports/staff/template');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(file as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0];
    expect((sheet.getRow(1).values as string[]).slice(1)).toEqual([...STAFF_HEADER, 'fodelsear', 'avslutsorsak']);
    const lists = workbook.getWorksheet('Listor');
    expect(lists?.state).toBe('hidden');
    expect(lists?.getColumn(1).values).toContain('Familjerätt Södra Ängen');
    expect(sheet.getCell('F2').dataValidation).toMatchObject({ type: 'list', formulae: [expect.stringContaining('Listor!')] });
    const job = await upload('/api/imports/staff/file', file);
    expect(job).toMatchObject({ state: 'previewed', counts: { add: 0, change: 0, unchanged: 0 } });

    const assessments = new ExcelJS.Workbook();
    await assessments.xlsx.load((await download(`/api/imports/assessments/template?roundId=${round.id}`)) as unknown as ArrayBuffer);
    const first = assessments.worksheets[0];
    expect((first.getRow(1).values as string[]).slice(1)).toEqual(['anstallningsnummer', ...codes]);
    expect(first.getCell('A2').value).toBe('Ö-1');
    expect(first.getCell('B2').value).toBeNull();
  });
});

import { createTestApp, signInAs, type SignedIn, type TestApp } from '@kl/api/testing';
import type { InventoryRound, RoundGaps, StaffGaps, TopicGap, UnitGaps } from '@kl/shared/contracts';
import ExcelJS from 'exceljs';
import {
  asKommun,
  createRound,
  createStaff,
  createUnit,
  municipalityId,
  publishedFrameworkId,
} from '../inventory/inventory-fixtures';

const binary = (
  response: NodeJS.ReadableStream,
  done: (error: Error | null, body: Buffer) => void,
) => {
  const chunks: Buffer[] = [];
  response.on('data', (chunk: Buffer) => chunks.push(chunk));
  response.on('end', () => done(null, Buffer.concat(chunks)));
};

/**
 * Gaps against the målnivåer, computed by the API from the round's population and the inherited
 * targets, on a constructed case with known answers:
 *
 *   Förvaltning P (SA02: grundläggande for at least 50 %)          kommun-wide: SA01 grundläggande
 *   ├── Enhet C (SA01: fördjupad)   a 1.0 FTE, b 0.5 FTE
 *   └── d 0.75 FTE in P itself
 *   Enhet S (sibling, led by the team leader)                       c 1.0 FTE
 */
describe('Gaps against the målnivåer', () => {
  let t: TestApp;
  let admin: SignedIn;
  let leaderOfS: Awaited<ReturnType<typeof signInAs>>;
  let caseworkerA: SignedIn;
  let kommun: string;
  let frameworkId: string;
  let p: string;
  let c: string;
  let s: string;
  const staff: Record<'a' | 'b' | 'c' | 'd', string> = { a: '', b: '', c: '', d: '' };
  let round: InventoryRound;

  const topic = (gaps: RoundGaps, code: string): TopicGap => {
    const found = gaps.topics.find((g) => g.topicCode === code);
    if (!found) throw new Error(`No topic ${code}`);
    return found;
  };
  const gapsOf = async (who: SignedIn, query = ''): Promise<RoundGaps> =>
    (await who.get(`/api/rounds/${round.id}/gaps${query}`).expect(200)).body;

  beforeAll(async () => {
    t = await createTestApp();
    admin = await signInAs(t, 'municipality_admin');
    kommun = await municipalityId(t);
    frameworkId = await publishedFrameworkId(t);
    p = await createUnit(t, kommun, 'Förvaltning');
    c = await createUnit(t, kommun, 'Enhet C', p);
    s = await createUnit(t, kommun, 'Enhet S');
    staff.a = await createStaff(t, kommun, c, { lastName: 'Andersson', fte: '1.00' });
    staff.b = await createStaff(t, kommun, c, { lastName: 'Berg', fte: '0.50' });
    staff.c = await createStaff(t, kommun, s, { lastName: 'Carlsson', fte: '1.00' });
    staff.d = await createStaff(t, kommun, p, { lastName: 'Dahl', fte: '0.75' });
    leaderOfS = await signInAs(t, 'team_leader', { unitIds: [s] });
    caseworkerA = await signInAs(t, 'caseworker', { staffMemberId: staff.a });

    const setTargets = (unitId: string | null, targets: object[]) =>
      admin
        .put('/api/targets')
        .send({ unitId, frameworkId, role: 'caseworker', version: 0, targets })
        .expect(200);
    await setTargets(null, [{ topicCode: 'SA01', choice: 'basic' }]);
    await setTargets(p, [{ topicCode: 'SA02', choice: 'basic', share: 50 }]);
    await setTargets(c, [{ topicCode: 'SA01', choice: 'advanced' }]);

    round = await createRound(admin, frameworkId, { unitIds: [p, s] });
    const cell = (who: string, topicCode: string, value: string) => ({
      staffMemberId: who,
      topicCode,
      value,
      expectedVersion: 0,
    });
    await admin
      .put(`/api/rounds/${round.id}/assessments`)
      .send({
        cells: [
          cell(staff.a, 'SA01', 'basic'),
          cell(staff.b, 'SA01', 'advanced'),
          cell(staff.c, 'SA01', 'insufficient'),
          cell(staff.d, 'SA01', 'basic'),
          cell(staff.a, 'SA02', 'insufficient'),
          cell(staff.b, 'SA02', 'insufficient'),
          cell(staff.d, 'SA02', 'basic'),
        ],
      })
      .expect(200);
  });
  afterAll(() => t.close());

  it('answers the kommun’s gaps per topic with FTE and share below target, ranked by size', async () => {
    const gaps = await gapsOf(admin, '?topicCode=SA01');
    expect(gaps.staffWithTargets).toBe(4);
    // SA01: a (fördjupad asked, grundläggande) and c (saknar) are below: 2.0 of 3.25 FTE.
    expect(topic(gaps, 'SA01')).toMatchObject({
      rank: 1,
      targetLevels: ['basic', 'advanced'],
      assessedFte: '3.25',
      belowFte: '2.00',
      belowShare: '61.5',
      gapFte: '2.00',
      requiredShare: '100.0',
      belowStaff: 2,
    });
    expect(
      topic(gaps, 'SA01').people.map((x) => [x.lastName.split(' ')[0], x.target, x.steps]),
    ).toEqual([
      ['Andersson', 'advanced', 1],
      ['Carlsson', 'basic', 1],
    ]);
    // SA02: 50 % of P's 2.25 FTE must be grundläggande: 1.125 asked, d's 0.75 there, 0.375 to go.
    expect(topic(gaps, 'SA02')).toMatchObject({
      rank: 2,
      assessedFte: '2.25',
      belowFte: '1.50',
      belowShare: '66.7',
      requiredShare: '50.0',
      gapFte: '0.375',
      belowStaff: 2,
      // People are listed for the topic asked for only.
      people: [],
    });
    expect(gaps.topics[2]).toMatchObject({ rank: 3, gapFte: '0.00' });
  });

  it('narrows to a unit with its subunits', async () => {
    const gaps = await gapsOf(admin, `?unitId=${c}`);
    expect(topic(gaps, 'SA01')).toMatchObject({
      assessedFte: '1.50',
      belowFte: '1.00',
      belowShare: '66.7',
    });
    expect(topic(gaps, 'SA02')).toMatchObject({
      assessedFte: '1.50',
      belowFte: '1.50',
      gapFte: '0.75',
    });
  });

  it('gives a team leader the gaps of their own units only, and logs the people named', async () => {
    const gaps = await gapsOf(leaderOfS, '?topicCode=SA01');
    expect(topic(gaps, 'SA01')).toMatchObject({
      assessedFte: '1.00',
      belowFte: '1.00',
      belowShare: '100.0',
    });
    expect(topic(gaps, 'SA01').people.map((x) => x.staffMemberId)).toEqual([staff.c]);
    // c has no SA02 target: nothing is asked of S there.
    expect(topic(gaps, 'SA02')).toMatchObject({
      assessedFte: '0.00',
      belowShare: null,
      gapFte: '0.00',
    });
    await leaderOfS.get(`/api/rounds/${round.id}/gaps?unitId=${c}`).expect(404);
    const reads = await asKommun<{ ids: string[] }>(
      t,
      kommun,
      `SELECT staff_member_ids::text[] AS ids FROM personal_data_read WHERE resource = 'gap_list' AND actor_user_id = $1`,
      [leaderOfS.account.id],
    );
    expect(reads.map((r) => r.ids)).toEqual([[staff.c]]);
  });

  it('refuses the round’s gap list to a caseworker, who reads their own gaps instead', async () => {
    await caseworkerA.get(`/api/rounds/${round.id}/gaps`).expect(404);
    const own = (
      await caseworkerA.get(`/api/staff/${staff.a}/gaps?roundId=${round.id}`).expect(200)
    ).body as StaffGaps;
    expect(own.inPopulation).toBe(true);
    expect(own.topics.find((x) => x.topicCode === 'SA01')).toMatchObject({
      value: 'basic',
      target: 'advanced',
      kind: 'below',
      steps: 1,
    });
    expect(own.topics.find((x) => x.topicCode === 'SA02')).toMatchObject({
      value: 'insufficient',
      target: 'basic',
      kind: 'below',
    });
    expect(own.summary).toMatchObject({ withTarget: 2, below: 2, meets: 0 });
    await caseworkerA.get(`/api/staff/${staff.c}/gaps`).expect(404);
  });

  it('answers the gaps per unit (each person’s own) for the heatmap', async () => {
    const gaps = (await admin.get(`/api/rounds/${round.id}/gaps/units`).expect(200)).body as UnitGaps;
    const cell = (unitId: string, code: string) =>
      gaps.units.find((u) => u.unitId === unitId)?.topics.find((x) => x.topicCode === code);
    expect(gaps.units.map((u) => u.unitId)).toEqual([c, s, p]);
    expect(cell(c, 'SA01')).toEqual({
      topicCode: 'SA01',
      requiredShare: '100.0',
      assessedFte: '1.50',
      belowFte: '1.00',
      belowShare: '66.7',
      gapFte: '1.00',
    });
    expect(cell(s, 'SA01')).toMatchObject({ belowFte: '1.00', belowShare: '100.0', gapFte: '1.00' });
    expect(cell(p, 'SA01')).toMatchObject({ assessedFte: '0.75', belowShare: '0.0', gapFte: '0.00' });
    expect(cell(c, 'SA02')).toMatchObject({ requiredShare: '50.0', belowFte: '1.50', gapFte: '0.75' });
    expect(cell(s, 'SA02')).toMatchObject({ assessedFte: '0.00', belowShare: null, gapFte: '0.00' });
    const leaders = (await leaderOfS.get(`/api/rounds/${round.id}/gaps/units`).expect(200))
      .body as UnitGaps;
    expect(leaders.units.map((u) => u.unitId)).toEqual([s]);
  });

  it('exports the gap list as CSV and XLSX with the figures of the JSON answer', async () => {
    const json = await gapsOf(admin, `?unitId=${p}`);
    const download = async (format: string) =>
      admin
        .get(`/api/rounds/${round.id}/gaps/export?format=${format}&unitId=${p}`)
        .buffer(true)
        .parse(binary as never)
        .expect(200);
    const csvResponse = await download('csv');
    expect(csvResponse.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(csvResponse.headers['content-disposition']).toContain('kompetensglapp');
    const lines = (csvResponse.body as Buffer).toString('utf8').replace(/^\uFEFF/, '').trim().split('\r\n');
    expect(lines[0]).toBe(
      'Rang;Område;Inriktning;Målnivå;Krav på andel;Bedömda årsarbetare;Årsarbetare under målnivå;' +
        'Andel under målnivå;Glapp (årsarbetare);Personer under målnivå;Ej bedömda',
    );
    const swedish = (value: string) => value.replace('.', ',');
    const expected = json.topics.map((g) => [
      String(g.rank),
      g.areaName,
      `${g.topicCode} ${g.topicName}`,
      g.targetLevels.map((l) => (l === 'basic' ? 'grundläggande' : 'fördjupad')).join(', '),
      `${swedish(g.requiredShare)} %`,
      swedish(g.assessedFte),
      swedish(g.belowFte),
      g.belowShare === null ? '–' : `${swedish(g.belowShare)} %`,
      swedish(g.gapFte),
      String(g.belowStaff),
      String(g.notAssessedStaff),
    ]);
    expect(lines.slice(1).map((line) => line.split(';'))).toEqual(expected);
    // Known answers: SA02 in P asks 50 % of 2.25 FTE, 0.375 FTE to go.
    expect(lines[2]).toContain(';50,0 %;2,25;1,50;66,7 %;0,375;2;0');

    const xlsxResponse = await download('xlsx');
    expect(xlsxResponse.headers['content-type']).toContain('spreadsheetml');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsxResponse.body as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0];
    expect(sheet.name).toBe('Kompetensglapp');
    const rows = json.topics.map((_, i) => (sheet.getRow(i + 2).values as unknown[]).slice(1));
    expect(rows).toEqual(
      json.topics.map((g) => [
        g.rank,
        g.areaName,
        `${g.topicCode} ${g.topicName}`,
        g.targetLevels.map((l) => (l === 'basic' ? 'grundläggande' : 'fördjupad')).join(', ') ||
          undefined,
        Number(g.requiredShare) / 100,
        Number(g.assessedFte),
        Number(g.belowFte),
        g.belowShare === null ? '–' : Number(g.belowShare) / 100,
        Number(g.gapFte),
        g.belowStaff,
        g.notAssessedStaff,
      ]),
    );
    await admin.get(`/api/rounds/${round.id}/gaps/export?format=pdf`).expect(400);
    await caseworkerA.get(`/api/rounds/${round.id}/gaps/export?format=csv`).expect(404);
  });

  it('keeps a closed round’s gaps when a person moves afterwards', async () => {
    const closed = (
      await admin.post(`/api/rounds/${round.id}/close`).send({ version: round.version }).expect(200)
    ).body as InventoryRound;
    round = closed;
    const before = await gapsOf(admin);
    await asKommun(t, kommun, 'UPDATE staff_member SET unit_id = $1 WHERE id = $2', [s, staff.a]);
    const after = await gapsOf(admin);
    expect(after.topics).toEqual(before.topics);
    expect(topic(after, 'SA01')).toMatchObject({ belowFte: '2.00', assessedFte: '3.25' });
    const person = (await admin.get(`/api/staff/${staff.a}/gaps?roundId=${round.id}`).expect(200))
      .body as StaffGaps;
    expect(person.topics.find((x) => x.topicCode === 'SA01')).toMatchObject({ target: 'advanced' });
  });

  it('refuses a share outside 1–100 with a field error', async () => {
    const response = await admin
      .put('/api/targets')
      .send({
        unitId: s,
        frameworkId,
        role: 'caseworker',
        version: 0,
        targets: [{ topicCode: 'SA01', choice: 'basic', share: 0 }],
      })
      .expect(400);
    expect(response.body.errors).toEqual({ 'targets.0.share': expect.any(String) });
  });
});

import { createTestApp, signInAs, type SignedIn, type TestApp } from '@kl/api/testing';
import {
  NATIONAL_TABLES,
  type ComparisonRound,
  type ComparisonTrend,
  type RegionalOverview,
  type RegionalTable,
  type TableComparison,
  type TopicTableRow,
} from '@kl/shared/contracts';
import { createNationalRound, csv, nationalFrameworkId, upload } from './national-fixtures';

/**
 * Nacka (0182, län 01, kommungrupp A2) beside four more A2 kommuner of län 01, two A2 kommuner of
 * län 14 and Göteborg (1480, A1, län 14). Nacka's own figures are known: SA01 G 3, F 1,5, S 0,5 in
 * C16 and G 2, F 2, S 1 in C17.
 */
const OTHERS = (round: string) => [
  ...['0114', '0115', '0117', '0120'].flatMap((k) => [`${k};${round};bedomning_fte;SA01;G;;4`, `${k};${round};bedomning_fte;SA01;F;;2`]),
  ...['1401', '1402'].flatMap((k) => ['G;;2', 'F;;2', 'S;;1'].map((v) => `${k};${round};bedomning_fte;SA01;${v}`)),
  `1480;${round};bedomning_fte;SA01;G;;3`,
  `1480;${round};bedomning_fte;SA01;F;;1`,
];
const NACKA_C16 = [
  '0182;C16;bedomning_fte;SA01;G;;3',
  '0182;C16;bedomning_fte;SA01;F;;1,5',
  '0182;C16;bedomning_fte;SA01;S;;0,5',
  '0182;C16;handlaggare_fte;;;K;4',
  '0182;C16;handlaggare_fte;;;M;1',
  '0182;C16;ind_forvaltat;;;;ja',
];
const NACKA_C17 = ['G;;2', 'F;;2', 'S;;1'].map((v) => `0182;C17;bedomning_fte;SA01;${v}`);

describe('a kommun compares its column; a regional analyst reads the län', () => {
  let t: TestApp;
  let analyst: SignedIn;
  let nacka: SignedIn;
  const published = async (table: string, query = '') =>
    (await t.http().get(`/api/public/national/rounds/C16/tables/${table}${query}`).expect(200)).body;
  const comparison = async (who: SignedIn, table = 'topics', round = 'C16') =>
    (await who.get(`/api/national/own/comparisons/${round}/tables/${table}`).expect(200)).body as TableComparison;
  const sa01 = (rows: TopicTableRow[]) => rows.find((r) => r.topic === 'SA01');

  beforeAll(async () => {
    t = await createTestApp();
    analyst = await signInAs(t, 'national_analyst');
    nacka = await signInAs(t, 'municipality_admin', { municipalityCode: '0182' });
    const frameworkId = await nationalFrameworkId(t);
    await createNationalRound(analyst, frameworkId, 'C16', { referenceDate: '2016-11-01', open: false });
    await createNationalRound(analyst, frameworkId, 'C17', { referenceDate: '2017-11-01', open: false });
    await createNationalRound(analyst, frameworkId, 'C18', { referenceDate: '2018-11-01', open: true });
    await upload(analyst, 'C16', csv([...OTHERS('C16'), ...NACKA_C16])).expect(201);
    await upload(analyst, 'C17', csv([...OTHERS('C17'), ...NACKA_C17])).expect(201);
    await upload(analyst, 'C18', csv(OTHERS('C18'))).expect(201);
    await analyst.post('/api/national/rounds/C16/publications').send({}).expect(201);
    await analyst.post('/api/national/rounds/C17/publications').send({}).expect(201);
  }, 60_000);
  afterAll(() => t.close());

  it("shows the kommun's own figures exactly, and everyone else's as published", async () => {
    const topics = await comparison(nacka);
    expect({ kommun: topics.kommun, county: topics.county, group: topics.group?.code }).toEqual({
      kommun: { code: '0182', name: 'Nacka' },
      county: { code: '01', name: 'Stockholms län' },
      group: 'A2',
    });
    expect(sa01((topics.own as { rows: TopicTableRow[] }).rows)).toEqual({
      topic: 'SA01',
      area: 'SA',
      fte: { G: '3.0', F: '1.5', S: '0.5' },
      total: '5.0',
      share: { G: '0.6', F: '0.3', S: '0.1' },
      n: 1,
    });
    expect(topics.national).toEqual(await published('topics'));
    expect(topics.lan).toEqual(await published('topics', '?lan=01'));
    expect(topics.kommungrupp).toEqual(await published('topics', '?kommungrupp=A2'));
    // The national SA01 G rests on eight kommuner: 3 + 4 × 4 + 2 × 2 + 3.
    expect(sa01(topics.national.table === 'topics' ? (topics.national.rows as TopicTableRow[]) : [])?.fte.G).toBe('26.0');

    const caseworkers = await comparison(nacka, 'caseworkers');
    expect(caseworkers.own).toMatchObject({ fte: { K: '4.0', M: '1.0', A: '0.0', total: '5.0' }, n: 1 });
    expect(caseworkers.national).toEqual(await published('caseworkers'));
    const indicators = await comparison(nacka, 'indicators');
    expect((indicators.own as { rows: { measure: string }[] }).rows.find((r) => r.measure === 'ind_forvaltat')).toEqual({
      measure: 'ind_forvaltat',
      ja: 1,
      delvis: 0,
      nej: 0,
      n: 1,
    });
    for (const table of NATIONAL_TABLES) {
      const body = await comparison(nacka, table);
      expect(body.lan).toEqual(await published(table, '?lan=01'));
    }
  });

  it('keeps the own column as the publication counted it until a correction is published', async () => {
    await upload(analyst, 'C16', csv(['0182;C16;bedomning_fte;SA01;G;;7'])).expect(201);
    const before = await comparison(nacka);
    expect(sa01((before.own as { rows: TopicTableRow[] }).rows)?.fte).toEqual({ G: '3.0', F: '1.5', S: '0.5' });
    await analyst.post('/api/national/rounds/C16/publications').send({ note: 'Nacka rättade SA01.' }).expect(201);
    const corrected = await comparison(nacka);
    expect(sa01((corrected.own as { rows: TopicTableRow[] }).rows)?.fte).toEqual({ G: '7.0', F: '0.0', S: '0.0' });
    expect(corrected.national).toEqual(await published('topics'));
  });

  it('lists the published rounds and says whether the kommun was counted', async () => {
    const rounds = (await nacka.get('/api/national/own/comparisons').expect(200)).body as ComparisonRound[];
    expect(rounds.map((r) => [r.code, r.sequence, r.included])).toEqual([
      ['C17', 1, true],
      ['C16', 2, true],
    ]);
    const sodertalje = await signInAs(t, 'municipality_admin', { municipalityCode: '0181' });
    const theirs = (await sodertalje.get('/api/national/own/comparisons').expect(200)).body as ComparisonRound[];
    expect(theirs.map((r) => r.included)).toEqual([false, false]);
    const table = await comparison(sodertalje);
    expect({ own: table.own, group: table.group?.code }).toEqual({ own: null, group: 'B3' });
    expect(table.lan).toEqual(await published('topics', '?lan=01'));
  });

  it("trends the kommun's own shares against the published national shares", async () => {
    const trend = (await nacka.get('/api/national/own/comparisons/C17/trend').expect(200)).body as ComparisonTrend;
    expect(trend.rounds.map((r) => r.code)).toEqual(['C16', 'C17']);
    const c17 = (await t.http().get('/api/public/national/rounds/C17/tables/topics').expect(200)).body as { rows: TopicTableRow[] };
    const c16 = (await published('topics')) as { rows: TopicTableRow[] };
    expect(trend.topics.find((x) => x.topic === 'SA01')?.points).toEqual([
      { round: 'C16', own: { G: '1', F: '0', S: '0' }, national: sa01(c16.rows)?.share },
      { round: 'C17', own: { G: '0.4', F: '0.4', S: '0.2' }, national: sa01(c17.rows)?.share },
    ]);
    // SA01 is the only topic reported, so the area pools it alone.
    expect(trend.areas.find((a) => a.area === 'SA')?.points.map((p) => p.own)).toEqual([
      { G: '1', F: '0', S: '0' },
      { G: '0.4', F: '0.4', S: '0.2' },
    ]);
  });

  it("gives a kommun administrator their own kommun's column only, and nobody else the route", async () => {
    const goteborg = await signInAs(t, 'municipality_admin', { municipalityCode: '1480' });
    const theirs = await comparison(goteborg);
    expect({ kommun: theirs.kommun.code, county: theirs.county.code, group: theirs.group?.code }).toEqual({
      kommun: '1480',
      county: '14',
      group: 'A1',
    });
    expect(sa01((theirs.own as { rows: TopicTableRow[] }).rows)?.fte).toEqual({ G: '3.0', F: '1.0', S: '0.0' });
    for (const role of ['national_analyst', 'regional_analyst', 'team_leader', 'caseworker'] as const) {
      const other = await signInAs(t, role, { municipalityCode: '0182' });
      await other.get('/api/national/own/comparisons/C16/tables/topics').expect(404);
      await other.get('/api/national/own/comparisons/C16/trend').expect(404);
    }
    await nacka.get('/api/national/own/comparisons/C18/tables/topics').expect(404);
    await nacka.get('/api/national/own/comparisons/C18/trend').expect(404);
    await nacka.get('/api/national/own/comparisons/C16/tables/nope').expect(400);
  });

  it('shows a regional analyst the response rates and published tables of their län only', async () => {
    const stockholm = await signInAs(t, 'regional_analyst', { countyCode: '01' });
    const overview = (await stockholm.get('/api/regional/rounds').expect(200)).body as RegionalOverview;
    const [{ n }] = await t.owner.query(`SELECT count(*)::int AS n FROM municipality m JOIN county c ON c.id = m.county_id WHERE c.code = '01'`);
    expect(overview.county).toEqual({ code: '01', name: 'Stockholms län' });
    expect(overview.rounds.map((r) => [r.code, r.status, r.publishedAt !== null, r.rate.submitted, r.rate.kommuner])).toEqual([
      ['C18', 'open', false, 4, n],
      ['C17', 'closed', true, 5, n],
      ['C16', 'closed', true, 5, n],
    ]);
    const c16 = overview.rounds[2];
    expect(c16.kommuner.filter((k) => k.submitted).map((k) => k.kommunkod)).toEqual(['0114', '0115', '0117', '0120', '0182']);
    expect(c16.kommuner.every((k) => k.kommunkod.startsWith('01'))).toBe(true);
    for (const table of NATIONAL_TABLES) {
      const body = (await stockholm.get(`/api/regional/rounds/C16/tables/${table}`).expect(200)).body as RegionalTable;
      expect(body.lan).toEqual(await published(table, '?lan=01'));
      expect(body.national).toEqual(await published(table));
    }

    const vastraGotaland = await signInAs(t, 'regional_analyst', { countyCode: '14' });
    const theirs = (await vastraGotaland.get('/api/regional/rounds/C16/tables/topics').expect(200)).body as RegionalTable;
    expect(theirs.county.code).toBe('14');
    expect(theirs.lan).toEqual(await published('topics', '?lan=14'));
    const theirOverview = (await vastraGotaland.get('/api/regional/rounds').expect(200)).body as RegionalOverview;
    expect(theirOverview.rounds[2].kommuner.filter((k) => k.submitted).map((k) => k.kommunkod)).toEqual(['1401', '1402', '1480']);
    expect(theirOverview.rounds.flatMap((r) => r.kommuner).some((k) => k.kommunkod.startsWith('01'))).toBe(false);

    // Never a round not published, nor the analysts' exact tables.
    await stockholm.get('/api/regional/rounds/C18/tables/topics').expect(404);
    await stockholm.get('/api/national/rounds/C16/tables/topics?lan=01').expect(404);
    await nacka.get('/api/regional/rounds').expect(404);
    await analyst.get('/api/regional/rounds/C16/tables/topics').expect(404);
  });
});

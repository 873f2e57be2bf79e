import { createTestApp, signInAs, type SignedIn, type TestApp } from '@kl/api/testing';
import type {
  AreasTable,
  CaseworkersTable,
  FileRowError,
  IndicatorsTable,
  NationalTrend,
  SubmissionStatus,
  TeamLeadersTable,
  TopicsTable,
} from '@kl/shared/contracts';
import { Workbook } from 'exceljs';
import * as iconv from 'iconv-lite';
import { createNationalRound, csv, nationalFrameworkId, upload } from './national-fixtures';

/** Three kommuner's figures for round 2016; the expected tables below are summed by hand. */
const STOCKHOLM = [
  '0180;2016;bedomning_fte;SA01;G;;10,5',
  '0180;2016;bedomning_fte;SA01;F;;4,5',
  '0180;2016;bedomning_fte;SA01;S;;0',
  '0180;2016;bedomning_fte;SA02;G;;3',
  '0180;2016;bedomning_fte;SA02;F;;1',
  '0180;2016;bedomning_fte;SA02;S;;1',
  '0180;2016;handlaggare_fte;;;K;20,5',
  '0180;2016;handlaggare_fte;;;M;3',
  '0180;2016;handlaggare_fte;;;A;0,5',
  '0180;2016;handlaggare_socionom_under1ar_fte;;;;2,5',
  '0180;2016;handlaggare_utan_socionom_fte;;;K;1,5',
  '0180;2016;handlaggare_utan_socionom_fte;;;M;0',
  '0180;2016;handlaggare_fortbildning_antal;;;;12',
  '0180;2016;handlaggare_vidareutbildning_antal;;;;4',
  '0180;2016;handlaggare_magister_antal;;;;1',
  '0180;2016;arbetsledare_antal;;;K;3',
  '0180;2016;arbetsledare_antal;;;M;1',
  '0180;2016;arbetsledare_forsta_chefsjobb_antal;;;;2',
  '0180;2016;arbetsledare_behov_antal;;;;1',
  '0180;2016;arbetsledare_under3ar_antal;;;;0',
  '0180;2016;ind_uppfoljning_medarbetarsamtal;;;;ja',
  '0180;2016;ind_forvaltat;;;;delvis',
];
const GOTEBORG = [
  '1480;2016;bedomning_fte;SA01;G;;2',
  '1480;2016;bedomning_fte;SA01;F;;0',
  '1480;2016;bedomning_fte;SA01;S;;2',
  '1480;2016;bedomning_fte;SA02;G;;0',
  '1480;2016;handlaggare_fte;;;K;8',
  '1480;2016;handlaggare_fte;;;M;2',
  '1480;2016;ind_uppfoljning_medarbetarsamtal;;;;Nej',
];
const KIRUNA = [
  '2584;2016;bedomning_fte;SA01;G;;1,2',
  '2584;2016;bedomning_fte;SA01;F;;0,3',
  '2584;2016;bedomning_fte;SA01;S;;0,5',
  '2584;2016;handlaggare_fte;;;K;3',
  '2584;2016;ind_uppfoljning_medarbetarsamtal;;;;j',
];

describe('national submissions from a file, kept aggregates and the national tables', () => {
  let t: TestApp;
  let analyst: SignedIn;
  let frameworkId: string;

  const table = async <T>(name: string, query = '', code = '2016') =>
    (await analyst.get(`/api/national/rounds/${code}/tables/${name}${query}`).expect(200)).body as T;
  const topic = (tables: TopicsTable, code: string) => tables.rows.find((r) => r.topic === code);
  /** Rows where the kept aggregates differ from a rewrite of every key from the current submissions. */
  const drift = async (code: string): Promise<number> =>
    (
      await t.owner.query(
        `WITH r AS (SELECT id FROM national_round WHERE code = $1),
         kept AS (SELECT filter_key, measure, topic, level, gender, answer, value_sum, kommuner, nonzero
                  FROM national_aggregate WHERE national_round_id = (SELECT id FROM r)),
         fresh AS (SELECT * FROM national_cells_by_key((SELECT id FROM r)))
         SELECT count(*)::int AS n FROM ((SELECT * FROM kept EXCEPT SELECT * FROM fresh) UNION ALL (SELECT * FROM fresh EXCEPT SELECT * FROM kept)) d`,
        [code],
      )
    )[0].n;

  beforeAll(async () => {
    t = await createTestApp();
    analyst = await signInAs(t, 'national_analyst');
    frameworkId = await nationalFrameworkId(t);
    await createNationalRound(analyst, frameworkId, '2016');
  });
  afterAll(() => t.close());

  it('creates rounds with unique codes on a published national framework', async () => {
    await analyst
      .post('/api/national/rounds')
      .send({ code: '2016', frameworkId, referenceDate: '2016-11-01', opensOn: '2016-11-01', closesOn: '2016-12-15' })
      .expect(409)
      .expect(({ body }) => expect(body.code).toBe('NATIONAL_ROUND_CODE_TAKEN'));
    const bad = await analyst
      .post('/api/national/rounds')
      .send({ code: 'x1', frameworkId: '00000000-0000-4000-8000-000000000000', referenceDate: '2016-11-01', opensOn: '2016-11-01', closesOn: '2016-10-15' })
      .expect(400);
    expect(bad.body.errors).toEqual({ closesOn: 'before_start' });
    const round = (await analyst.get('/api/national/rounds/2016').expect(200)).body;
    expect(round).toMatchObject({ code: '2016', classificationCode: 'SKR-2023', status: 'open', submitted: 0 });
  });

  it('checks a file with a dry run without writing anything', async () => {
    const preview = await upload(analyst, '2016', csv([...STOCKHOLM, ...GOTEBORG]), 'inlamning.csv', true).expect(201);
    expect(preview.body).toEqual({ dryRun: true, kommuner: 2, rows: 29, replaced: 0, kommunkoder: ['0180', '1480'] });
    const topics = await table<TopicsTable>('topics');
    expect(topic(topics, 'SA01')).toMatchObject({ total: '0.0', n: 0 });
  });

  it('writes a survey of three kommuner and serves the tables summed exactly, with N per topic', async () => {
    const written = await upload(analyst, '2016', csv([...STOCKHOLM, ...GOTEBORG, ...KIRUNA])).expect(201);
    expect(written.body).toEqual({ kommuner: 3, rows: 34, replaced: 0 });

    const topics = await table<TopicsTable>('topics');
    expect(topics).toMatchObject({ round: '2016', table: 'topics', filters: {}, policy: null });
    expect(topic(topics, 'SA01')).toEqual({
      topic: 'SA01',
      area: 'SA',
      fte: { G: '13.7', F: '4.8', S: '2.5' },
      total: '21.0',
      // 13.7 / 21 = 0.652380952380952380952…, 4.8 / 21 = 0.228571428571428571428…, 2.5 / 21 = 0.119047619047619047619…
      share: { G: '0.652380952380952381', F: '0.228571428571428571', S: '0.119047619047619048' },
      n: 3,
    });
    // Göteborg reported a zero total in SA02: not counted in N; Kiruna did not report it at all.
    expect(topic(topics, 'SA02')).toMatchObject({ fte: { G: '3.0', F: '1.0', S: '1.0' }, total: '5.0', n: 1 });
    expect(topic(topics, 'SA03')).toMatchObject({ total: '0.0', share: { G: null, F: null, S: null }, n: 0 });

    const areas = await table<AreasTable>('areas');
    expect(areas.rows.find((r) => r.area === 'SA')).toEqual({
      area: 'SA',
      // (13.7/21 + 3/5) / 2 = 0.626190476190476190476…; (4.8/21 + 1/5) / 2 = 0.214285714285714285714…
      meanOfTopicShares: { G: '0.62619047619047619', F: '0.214285714285714286', S: '0.159523809523809524' },
      // 16.7 / 26, 5.8 / 26, 3.5 / 26
      pooledShare: { G: '0.642307692307692308', F: '0.223076923076923077', S: '0.134615384615384615' },
      fte: { G: '16.7', F: '5.8', S: '3.5' },
      n: 3,
    });

    expect(await table<CaseworkersTable>('caseworkers')).toEqual({
      round: '2016',
      table: 'caseworkers',
      filters: {},
      policy: null,
      fte: { K: '31.5', M: '5.0', A: '0.5', total: '37.0' },
      socionomUnder1YearFte: '2.5',
      withoutSocionomFte: { K: '1.5', M: '0.0', A: '0.0', total: '1.5' },
      fortbildning: 12,
      vidareutbildning: 4,
      magister: 1,
      n: 3,
      nEducation: 1,
    });
    expect(await table<TeamLeadersTable>('team-leaders')).toMatchObject({
      count: { K: 3, M: 1, A: 0, total: 4 },
      firstManagerialJob: 2,
      needOfDevelopment: 1,
      under3Years: 0,
      n: 1,
    });
    const indicators = await table<IndicatorsTable>('indicators');
    expect(indicators.rows.find((r) => r.measure === 'ind_uppfoljning_medarbetarsamtal')).toEqual({
      measure: 'ind_uppfoljning_medarbetarsamtal',
      ja: 2,
      delvis: 0,
      nej: 1,
      n: 3,
    });
    expect(indicators.rows.find((r) => r.measure === 'ind_forvaltat')).toMatchObject({ delvis: 1, n: 1 });
    expect(indicators.rows.find((r) => r.measure === 'ind_plan_arbetsledare')).toMatchObject({ ja: 0, n: 0 });
  });

  it('filters by län, kommungrupp and cohort, one at a time and together', async () => {
    expect(topic(await table<TopicsTable>('topics', '?lan=01'), 'SA01')).toMatchObject({ total: '15.0', n: 1 });
    const a1 = await table<TopicsTable>('topics', '?kommungrupp=A1');
    expect(a1.filters).toEqual({ kommungrupp: 'A1' });
    expect(topic(a1, 'SA01')).toMatchObject({ total: '19.0', n: 2 });
    expect(topic(await table<TopicsTable>('topics', '?cohort=2016'), 'SA01')).toMatchObject({ total: '21.0', n: 3 });
    const both = await table<TopicsTable>('topics', '?kommungrupp=A1&lan=14');
    expect(topic(both, 'SA01')).toMatchObject({ fte: { G: '2.0', F: '0.0', S: '2.0' }, total: '4.0', n: 1 });
    expect((await table<CaseworkersTable>('caseworkers', '?kommungrupp=C6')).fte.total).toBe('3.0');
    const unknown = await analyst.get('/api/national/rounds/2016/tables/topics?kommungrupp=Z9&lan=99').expect(400);
    expect(unknown.body.errors).toEqual({ kommungrupp: 'invalid_value', lan: 'invalid_value' });
    await analyst.get('/api/national/rounds/2016/tables/nonsense').expect(400);
    await analyst.get('/api/national/rounds/1999/tables/topics').expect(404);
  });

  it('replaces a kommun’s submission as a whole and keeps the earlier one', async () => {
    const again = await upload(analyst, '2016', csv(['1480;2016;bedomning_fte;SA01;G;;6', '1480;2016;handlaggare_fte;;;K;6'])).expect(201);
    expect(again.body).toEqual({ kommuner: 1, rows: 2, replaced: 1 });
    const topics = await table<TopicsTable>('topics');
    // Göteborg's SA01 is now 6 G and nothing else: 13.7 - 2 + 6 = 17.7 G, S 2.5 - 2 = 0.5.
    expect(topic(topics, 'SA01')).toMatchObject({ fte: { G: '17.7', F: '4.8', S: '0.5' }, total: '23.0', n: 3 });
    // The old SA02 zero row went with the old submission; the indicator too.
    const indicators = await table<IndicatorsTable>('indicators');
    expect(indicators.rows.find((r) => r.measure === 'ind_uppfoljning_medarbetarsamtal')).toMatchObject({ nej: 0, n: 2 });
    const kept: { n: number }[] = await t.owner.query(
      `SELECT count(*)::int AS n FROM national_submission s JOIN municipality m ON m.id = s.municipality_id WHERE m.code = '1480'`,
    );
    expect(kept[0].n).toBe(2);
    const status = (await analyst.get('/api/national/rounds/2016/status').expect(200)).body as SubmissionStatus;
    expect(status.total).toMatchObject({ submitted: 3, kommuner: 290 });
    expect(status.byCounty.find((c) => c.code === '25')).toMatchObject({ submitted: 1 });
    expect(status.byGroup.find((g) => g.code === 'A1')).toMatchObject({ submitted: 2, kommuner: 3 });
    expect(status.kommuner.filter((k) => k.submittedAt === null)).toHaveLength(287);
    // The correction was kept by delta; it agrees with a rewrite of every key.
    expect(await drift('2016')).toBe(0);
  });

  it('moves a kommun to an earlier cohort when it submits to an earlier round, in every later round', async () => {
    await createNationalRound(analyst, frameworkId, '2015', { referenceDate: '2015-11-01' });
    await upload(analyst, '2015', csv(['2584;2015;handlaggare_fte;;;K;2'])).expect(201);
    expect(topic(await table<TopicsTable>('topics', '?cohort=2016'), 'SA01')).toMatchObject({ n: 2 });
    expect(topic(await table<TopicsTable>('topics', '?cohort=2015'), 'SA01')).toMatchObject({ total: '2.0', n: 1 });
    expect(await drift('2016')).toBe(0);
    expect(await drift('2015')).toBe(0);
  });

  it('answers the trend of every round up to this one, with the same filters', async () => {
    await upload(analyst, '2015', csv(['0180;2015;bedomning_fte;SA01;G;;5', '0180;2015;bedomning_fte;SA01;S;;5'])).expect(201);
    const trend = (await analyst.get('/api/national/rounds/2016/trend?lan=01').expect(200)).body as NationalTrend;
    expect(trend.rounds.map((r) => r.code)).toEqual(['2015', '2016']);
    expect(trend.filters).toEqual({ lan: '01' });
    expect(trend.topics.find((t) => t.topic === 'SA01')?.points).toEqual([
      { round: '2015', kind: 'same', fte: { G: '5.0', F: '0.0', S: '5.0' }, total: '10.0', share: { G: '0.5', F: '0', S: '0.5' }, n: 1 },
      {
        round: '2016',
        kind: 'same',
        fte: { G: '10.5', F: '4.5', S: '0.0' },
        total: '15.0',
        share: { G: '0.7', F: '0.3', S: '0' },
        n: 1,
      },
    ]);
    const earlier = (await analyst.get('/api/national/rounds/2015/trend').expect(200)).body as NationalTrend;
    expect(earlier.rounds.map((r) => r.code)).toEqual(['2015']);
  });

  it('reads XLSX, `,`-separated CSV with decimal point, and Windows-1252', async () => {
    const workbook = new Workbook();
    const sheet = workbook.addWorksheet('inlamning');
    sheet.addRow(['Kommunkod', 'Omgång', 'Mått', 'Inriktning', 'Nivå', 'Kön', 'Värde']);
    sheet.addRow(['0114', '2016', 'bedomning_fte', 'SA01', 'G', '', 2.5]);
    sheet.addRow(['0114', '2016', 'handlaggare_fte', '', '', 'K', 2.5]);
    const xlsx = Buffer.from(await workbook.xlsx.writeBuffer());
    expect((await upload(analyst, '2016', xlsx, 'inlamning.xlsx', true).expect(201)).body).toMatchObject({ rows: 2 });

    const comma = Buffer.from('kommunkod,omgang,matt,inriktning,niva,kon,varde\n0115,2016,bedomning_fte,SA01,F,,1.5\n');
    expect((await upload(analyst, '2016', comma, 'a.csv', true).expect(201)).body).toMatchObject({ rows: 1 });

    const latin = iconv.encode('kommunkod;omgång;mått;inriktning;nivå;kön;värde\r\n0115;2016;bedomning_fte;SA01;F;;1,5\r\n', 'win1252');
    expect((await upload(analyst, '2016', latin, 'b.csv', true).expect(201)).body).toMatchObject({ rows: 1 });
  });

  it('reports every wrong row with its row number, column and a Swedish message, and writes nothing', async () => {
    const lines = [
      '9999;2016;handlaggare_fte;;;K;1', // row 2: unknown kommun
      '0114;1990;handlaggare_fte;;;K;1', // 3: unknown round
      '0114;2016;handlaggare_tid;;;K;1', // 4: unknown measure
      '0114;2016;bedomning_fte;XX99;G;;1', // 5: unknown topic
      '0114;2016;bedomning_fte;SA01;Q;;1', // 6: unknown level
      '0114;2016;handlaggare_fte;;;X;1', // 7: unknown gender
      '0114;2016;handlaggare_fte;;;M;-1', // 8: negative
      '0114;2016;handlaggare_fte;;;A;1,25', // 9: FTE with two decimals
      '0114;2016;handlaggare_fortbildning_antal;;;;2,5', // 10: count not whole
      '0114;2016;ind_forvaltat;;;;kanske', // 11: not an answer
      '0114;2016;bedomning_fte;SA01;G;;1', // 12: fine
      '0114;2016;bedomning_fte;SA01;G;;2', // 13: the same cell twice
      '0114;2016;handlaggare_fte;;;K;tio', // 14: not a number
    ];
    const response = await upload(analyst, '2016', csv(lines)).expect(422);
    expect(response.body.code).toBe('IMPORT_INVALID');
    const errors = response.body.errors as FileRowError[];
    expect(errors.map((e) => [e.row, e.column, e.code])).toEqual([
      [2, 'kommunkod', 'unknown_kommun'],
      [3, 'omgang', 'unknown_round'],
      [4, 'matt', 'unknown_measure'],
      [5, 'inriktning', 'unknown_topic'],
      [6, 'niva', 'unknown_level'],
      [7, 'kon', 'unknown_gender'],
      [8, 'varde', 'negative'],
      [9, 'varde', 'too_many_decimals'],
      [10, 'varde', 'not_whole'],
      [11, 'varde', 'not_an_answer'],
      [13, 'matt', 'duplicate'],
      [14, 'varde', 'not_a_number'],
    ]);
    expect(errors[0].message).toBe('Okänd kommunkod "9999".');
    expect(errors.find((e) => e.code === 'duplicate')?.message).toBe('Samma cell finns redan på rad 12.');
    const written: { n: number }[] = await t.owner.query(
      `SELECT count(*)::int AS n FROM national_submission s JOIN municipality m ON m.id = s.municipality_id WHERE m.code = '0114'`,
    );
    expect(written[0].n).toBe(0);

    const columns = await upload(analyst, '2016', csv(['0114;2016;x'], 'kommunkod;omgang;matt;extra')).expect(422);
    expect((columns.body.errors as FileRowError[]).map((e) => [e.row, e.column, e.code])).toEqual([
      [1, 'extra', 'column_unknown'],
      [1, 'inriktning', 'column_missing'],
      [1, 'niva', 'column_missing'],
      [1, 'kon', 'column_missing'],
      [1, 'varde', 'column_missing'],
    ]);
    const none = await analyst.post('/api/national/rounds/2016/submissions').expect(422);
    expect(none.body.errors[0]).toMatchObject({ row: 0, column: 'file', code: 'required' });
  });
});

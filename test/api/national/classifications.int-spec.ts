import { createTestApp, signInAs, type SignedIn, type TestApp } from '@kl/api/testing';
import type { ClassificationSummary, FileRowError, TopicsTable } from '@kl/shared/contracts';
import { createNationalRound, csv, nationalFrameworkId, upload } from './national-fixtures';

/** Kommungrupp classifications are data: loaded from a file, chosen per round, rebuilt on reload. */
describe('kommungrupp classifications', () => {
  let t: TestApp;
  let analyst: SignedIn;

  const load = (file: string, code = 'SKL-2011', name = 'SKL 2011') =>
    analyst.post(`/api/national/classifications?code=${code}&name=${encodeURIComponent(name)}`).attach('file', Buffer.from(file), 'k.csv');
  const sa01 = async (query: string) =>
    ((await analyst.get(`/api/national/rounds/2016/tables/topics${query}`).expect(200)).body as TopicsTable).rows.find(
      (r) => r.topic === 'SA01',
    );

  beforeAll(async () => {
    t = await createTestApp();
    analyst = await signInAs(t, 'national_analyst');
  });
  afterAll(() => t.close());

  it('loads SKL 2011 from a kommunkod;gruppkod file with the report’s group names, and breaks a round down by it', async () => {
    expect((await load('kommunkod;gruppkod\n0180;1\n1480;1\n2584;8\n').expect(201)).body).toEqual({
      code: 'SKL-2011',
      groups: 2,
      kommuner: 3,
    });
    const list = (await analyst.get('/api/national/classifications').expect(200)).body as ClassificationSummary[];
    expect(list.map((c) => c.code)).toEqual(['SKR-2023', 'SKL-2011']);
    expect(list[1]).toEqual({
      code: 'SKL-2011',
      name: 'SKL 2011',
      groups: [
        { code: '1', name: 'Storstäder' },
        { code: '8', name: 'Glesbygdskommuner' },
      ],
      kommuner: 3,
    });
    const frameworkId = await nationalFrameworkId(t);
    const round = await createNationalRound(analyst, frameworkId, '2016', { classificationCode: 'SKL-2011' });
    expect(round.classificationCode).toBe('SKL-2011');
    await upload(
      analyst,
      '2016',
      csv(['0180;2016;bedomning_fte;SA01;G;;4', '1480;2016;bedomning_fte;SA01;G;;2', '2584;2016;bedomning_fte;SA01;G;;1']),
    ).expect(201);
    expect(await sa01('?kommungrupp=1')).toMatchObject({ total: '6.0', n: 2 });
    expect(await sa01('?kommungrupp=8')).toMatchObject({ total: '1.0', n: 1 });
    // A group of the current classification is not one of this round's.
    await analyst.get('/api/national/rounds/2016/tables/topics?kommungrupp=A1').expect(400);
  });

  it('rebuilds the kept aggregates of its rounds when the classification is loaded again', async () => {
    await load('kommunkod;gruppkod;gruppnamn\n0180;1;Storstäder\n1480;3;Större städer\n2584;8;\n').expect(201);
    expect(await sa01('?kommungrupp=1')).toMatchObject({ total: '4.0', n: 1 });
    expect(await sa01('?kommungrupp=3')).toMatchObject({ total: '2.0', n: 1 });
  });

  it('reports unknown kommuner, missing group codes and a kommun twice, and changes nothing', async () => {
    const response = await load('kommunkod;gruppkod\n0180;1\n9999;2\n1480;\n0180;3\n').expect(422);
    expect((response.body.errors as FileRowError[]).map((e) => [e.row, e.column, e.code])).toEqual([
      [3, 'kommunkod', 'unknown_kommun'],
      [4, 'gruppkod', 'required'],
      [5, 'kommunkod', 'duplicate'],
    ]);
    expect(await sa01('?kommungrupp=3')).toMatchObject({ total: '2.0' });
    const columns = await load('kommun;grupp\n0180;1\n').expect(422);
    expect((columns.body.errors as FileRowError[]).map((e) => e.code)).toContain('column_missing');
  });
});

import { createTestApp, signInAs, type SignedIn, type TestApp } from '@kl/api/testing';
import type { TopicsTable } from '@kl/shared/contracts';
import { createNationalRound, csv, nationalFrameworkId, upload } from './national-fixtures';

const ROWS = ['0180;2016;bedomning_fte;SA01;G;;10,5', '0180;2016;bedomning_fte;SA01;F;;4,5', '1480;2016;bedomning_fte;SA01;G;;2'];

/**
 * The national tables are kept in the process until anything they are read from changes
 * (KeptAggregates, migration NotifyNationalTableChanges): these specs change the kept aggregates
 * behind the process's back to see what it serves.
 */
describe('national tables kept in the process', () => {
  let t: TestApp;
  let analyst: SignedIn;

  const sa01 = async (query = '') => {
    const table = (await analyst.get(`/api/national/rounds/2016/tables/topics${query}`).expect(200)).body as TopicsTable;
    return table.rows.find((r) => r.topic === 'SA01')?.fte;
  };
  /** Adds to SA01's grundläggande FTE of the whole country, with or without the tables' triggers. */
  const addBehindTheBack = (fte: number, triggers: boolean) =>
    t.owner.transaction(async (m) => {
      if (!triggers) await m.query(`SET LOCAL session_replication_role = replica`);
      await m.query(
        `UPDATE national_aggregate SET value_sum = value_sum + $1
         WHERE filter_key = 'all' AND measure = 'bedomning_fte' AND topic = 'SA01' AND level = 'G'`,
        [fte],
      );
    });
  const eventually = async (expected: unknown) => {
    const until = Date.now() + 5_000;
    let seen = await sa01();
    while (JSON.stringify(seen) !== JSON.stringify(expected) && Date.now() < until) {
      await new Promise((resolve) => setTimeout(resolve, 50));
      seen = await sa01();
    }
    expect(seen).toEqual(expected);
  };

  beforeAll(async () => {
    t = await createTestApp();
    analyst = await signInAs(t, 'national_analyst');
    await createNationalRound(analyst, await nationalFrameworkId(t), '2016');
    await upload(analyst, '2016', csv(ROWS)).expect(201);
  });
  afterAll(() => t.close());

  it('serves the kept table until the database says its sources changed', async () => {
    expect(await sa01()).toEqual({ G: '12.5', F: '4.5', S: '0.0' });
    await addBehindTheBack(100, false);
    // Nothing notified: the process still serves what it kept.
    expect(await sa01()).toEqual({ G: '12.5', F: '4.5', S: '0.0' });
    await t.owner.query(`NOTIFY kl_national_tables`);
    await eventually({ G: '112.5', F: '4.5', S: '0.0' });
  });

  it('hears a change committed by another process through the triggers', async () => {
    await addBehindTheBack(-100, true);
    await eventually({ G: '12.5', F: '4.5', S: '0.0' });
  });

  it('serves a submission at once to the next request after it', async () => {
    expect(await sa01('?lan=14')).toEqual({ G: '2.0', F: '0.0', S: '0.0' });
    await upload(analyst, '2016', csv(['1480;2016;bedomning_fte;SA01;G;;3'])).expect(201);
    expect(await sa01('?lan=14')).toEqual({ G: '3.0', F: '0.0', S: '0.0' });
    expect(await sa01()).toEqual({ G: '13.5', F: '4.5', S: '0.0' });
  });

  it('keeps each filter apart', async () => {
    expect(await sa01('?lan=01')).toEqual({ G: '10.5', F: '4.5', S: '0.0' });
    expect(await sa01('?lan=14')).toEqual({ G: '3.0', F: '0.0', S: '0.0' });
  });

  it('sends the kept table as res.json would, with an ETag that answers 304 until the table changes', async () => {
    const path = '/api/national/rounds/2016/tables/topics';
    const first = await analyst.get(path).expect(200);
    expect(first.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(first.headers['cache-control']).toBe('no-store');
    expect(first.text).toBe(JSON.stringify(first.body));
    expect(first.body).toMatchObject({ round: '2016', table: 'topics', filters: {}, policy: null });
    const etag = first.headers['etag'] as string;
    expect(etag).toMatch(/^W\/"[0-9a-f]+-[A-Za-z0-9+/]{27}"$/);
    await analyst.get(path).set('If-None-Match', etag).expect(304);
    // Another filter is another table, with its own tag.
    expect((await analyst.get(`${path}?lan=14`).expect(200)).headers['etag']).not.toBe(etag);

    await upload(analyst, '2016', csv(['0114;2016;bedomning_fte;SA01;S;;1'])).expect(201);
    const changed = await analyst.get(path).set('If-None-Match', etag).expect(200);
    expect(changed.headers['etag']).not.toBe(etag);
    expect(changed.body.rows.find((r: { topic: string }) => r.topic === 'SA01').fte).toEqual({ G: '13.5', F: '4.5', S: '1.0' });
  });
});

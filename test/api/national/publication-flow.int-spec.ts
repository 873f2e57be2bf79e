import { createTestApp, signInAs, type SignedIn, type TestApp } from '@kl/api/testing';
import type { NationalPublication, PublicationPreview, PublishedRound, PublishedTopicRow } from '@kl/shared/contracts';
import { createNationalRound, csv, nationalFrameworkId, upload } from './national-fixtures';

/** Four kommuner of län 01 (Stockholm) and one of län 14: SA01 rests on enough kommuner nationally, not in län 14. */
const ROWS = ['0114', '0115', '0117', '0120'].flatMap((k) => [`${k};P16;bedomning_fte;SA01;G;;4`, `${k};P16;bedomning_fte;SA01;F;;2`]);
const LAN14 = ['1480;P16;bedomning_fte;SA01;G;;3', '1480;P16;bedomning_fte;SA01;F;;1'];

describe('publishing a national round', () => {
  let t: TestApp;
  let analyst: SignedIn;
  const sa01 = async (query = '') => {
    const body = (await t.http().get(`/api/public/national/rounds/P16/tables/topics${query}`).expect(200)).body as { rows: PublishedTopicRow[] };
    return body.rows.find((r) => r.topic === 'SA01') as PublishedTopicRow;
  };

  beforeAll(async () => {
    t = await createTestApp();
    analyst = await signInAs(t, 'national_analyst');
    const frameworkId = await nationalFrameworkId(t);
    await createNationalRound(analyst, frameworkId, 'P16', { referenceDate: '2016-11-01', open: false });
    await createNationalRound(analyst, frameworkId, 'P17', { referenceDate: '2017-11-01', open: true });
    await upload(analyst, 'P16', csv([...ROWS, ...LAN14])).expect(201);
  }, 60_000);
  afterAll(() => t.close());

  it('answers 404 for a round not published, and lists no round, without a session', async () => {
    await t.http().get('/api/public/national/rounds/P16/tables/topics').expect(404);
    await t.http().get('/api/public/national/rounds/NOPE/tables/topics').expect(404);
    expect((await t.http().get('/api/public/national/rounds').expect(200)).body).toEqual([]);
  });

  it('previews what would be suppressed and why', async () => {
    const preview = (await analyst.get('/api/national/rounds/P16/publication-preview').expect(200)).body as PublicationPreview;
    expect(preview.policy).toEqual({ version: '2026.1', minKommuner: 3, minPersons: 5 });
    // Län 14: SA01 G 3.0 and F 1.0 on one kommun; its total 4.0 too.
    const lan14 = preview.suppressed.filter((s) => s.filter === 'lan=14' && s.table === 'topics' && s.row === 'SA01');
    expect(lan14.map((s) => `${s.key} ${s.reason}`)).toEqual(['fte.G primary', 'fte.F primary', 'total primary', 'share.G derived', 'share.F derived', 'share.S derived']);
    expect(preview.tables['lan=14'].topics.rows.find((r) => r.topic === 'SA01')?.fte).toEqual({ G: null, F: null, S: '0.0' });
    expect(preview.counts.find((c) => c.table === 'topics')?.primary).toBeGreaterThan(0);
    // Nothing written by a preview.
    expect((await analyst.get('/api/national/rounds/P16/publications').expect(200)).body).toEqual([]);
  });

  it('publishes a closed round only', async () => {
    const response = await analyst.post('/api/national/rounds/P17/publications').send({}).expect(409);
    expect(response.body.code).toBe('NATIONAL_ROUND_NOT_CLOSED');
    await analyst.post('/api/national/rounds/P16/publications').send({ extra: 1 }).expect(400);
  });

  it('answers 409 while another publication of the round is being written', async () => {
    const runner = t.owner.createQueryRunner();
    await runner.connect();
    await runner.startTransaction();
    try {
      const [{ id }] = await runner.query(`SELECT id FROM national_round WHERE code = 'P16'`);
      await runner.query(`SELECT pg_advisory_xact_lock(hashtext('national_publication'), hashtext($1))`, [id]);
      const response = await analyst.post('/api/national/rounds/P16/publications').send({}).expect(409);
      expect(response.body.code).toBe('PUBLICATION_IN_PROGRESS');
    } finally {
      await runner.rollbackTransaction();
      await runner.release();
    }
  });

  it('publishes, audited, and serves the publication without a session', async () => {
    const first = (await analyst.post('/api/national/rounds/P16/publications').send({}).expect(201)).body as NationalPublication;
    expect(first).toMatchObject({ round: 'P16', sequence: 1, note: null, policy: { version: '2026.1', minKommuner: 3, minPersons: 5 } });
    const rounds = (await t.http().get('/api/public/national/rounds').expect(200)).body as PublishedRound[];
    expect(rounds).toEqual([{ code: 'P16', publishedAt: first.publishedAt, sequence: 1, policy: { version: '2026.1' } }]);
    // Nationally SA01 rests on five kommuner: G 19.0, F 9.0, total 28.0.
    expect(await sa01()).toMatchObject({ fte: { G: '19.0', F: '9.0', S: '0.0' }, total: '28.0', suppressed: [] });
    // Län 14 alone: hidden; län 01 then too, or län 14 would be the nation less län 01.
    expect((await sa01('?lan=14')).fte).toEqual({ G: null, F: null, S: '0.0' });
    expect((await sa01('?lan=01')).suppressed).toEqual(expect.arrayContaining(['fte.G', 'fte.F', 'total']));
    const audit: { action: string; after: { sequence: number } }[] = await t.owner.query(
      `SELECT action::text, after FROM audit_event WHERE entity_type = 'national_publication' AND entity_id = $1`,
      [first.id],
    );
    expect(audit).toEqual([{ action: 'publish', after: expect.objectContaining({ sequence: 1, round: 'P16' }) }]);
  });

  it('answers 400 naming the field for two filters at once or a filter not published', async () => {
    const two = await t.http().get('/api/public/national/rounds/P16/tables/topics?lan=01&cohort=P16').expect(400);
    expect(two.body.errors).toEqual({ cohort: 'not_allowed' });
    const unknown = await t.http().get('/api/public/national/rounds/P16/tables/topics?cohort=P17').expect(400);
    expect(unknown.body.errors).toEqual({ cohort: 'invalid_value' });
  });

  it('refuses to change or delete a publication, even to the database owner', async () => {
    await expect(t.owner.query(`UPDATE national_publication SET note = 'changed'`)).rejects.toThrow(/immutable/);
    await expect(t.owner.query(`DELETE FROM national_publication`)).rejects.toThrow(/immutable/);
  });

  it('takes a correction as a new publication that says what changed, and serves the latest', async () => {
    await upload(analyst, 'P16', csv(['1480;P16;bedomning_fte;SA01;G;;13', '1480;P16;bedomning_fte;SA01;F;;1'])).expect(201);
    const missing = await analyst.post('/api/national/rounds/P16/publications').send({}).expect(400);
    expect(missing.body.errors).toEqual({ note: 'required' });
    const second = (
      await analyst.post('/api/national/rounds/P16/publications').send({ note: 'Kommun 1480 rättade SA01' }).expect(201)
    ).body as NationalPublication;
    expect(second).toMatchObject({ sequence: 2, note: 'Kommun 1480 rättade SA01' });
    const list = (await analyst.get('/api/national/rounds/P16/publications').expect(200)).body as NationalPublication[];
    expect(list.map((p) => p.sequence)).toEqual([2, 1]);
    expect((await sa01()).fte.G).toBe('29.0');
    const rounds = (await t.http().get('/api/public/national/rounds').expect(200)).body as PublishedRound[];
    expect(rounds[0]).toMatchObject({ code: 'P16', sequence: 2 });
  });
});

import { createTestApp, signInAs, type SignedIn, type TestApp } from '@kl/api/testing';
import type {
  CompetenceFrameworkDetail,
  CompetenceFrameworkSummary,
  FrameworkDocument,
  FrameworkExample,
  FrameworkImportPreview,
} from '@kl/shared/contracts';
import { csvFile, xlsxFile } from '../imports/import-files';

const binary = (response: NodeJS.ReadableStream, done: (e: Error | null, b: Buffer) => void) => {
  const chunks: Buffer[] = [];
  response.on('data', (chunk: Buffer) => chunks.push(chunk));
  response.on('end', () => done(null, Buffer.concat(chunks)));
};

const LEVELS: FrameworkDocument['levels'] = [
  { level: 'insufficient', name: 'Saknar tillräcklig kompetens', definition: 'Behöver stöd i arbetsuppgifterna.' },
  { level: 'basic', name: 'Grundläggande kompetens', definition: 'Handlägger självständigt.' },
  { level: 'advanced', name: 'Fördjupad kompetens', definition: 'Är ämnesrådgivare för övrig personal.' },
];

const document = (code: string, changes: Partial<FrameworkDocument> = {}): FrameworkDocument => ({
  code,
  name: 'Kompetensmodell för ekonomiskt bistånd – Åre, Älvdalen och Östra Göinge',
  serviceAreaCode: 'ekonomiskt-bistand',
  source: 'Egen modell, våren 2026',
  levels: LEVELS,
  areas: [
    {
      code: 'HA',
      name: 'Handläggning',
      topics: [
        { code: 'HA01', name: 'Grundutredning', note: 'SKL 2015: ”Utredningar gällande ekonomiskt bistånd”.' },
        { code: 'HA02', name: 'Löpande försörjningsstöd', note: null },
      ],
    },
    { code: 'JU', name: 'Juridik', topics: [{ code: 'JU01', name: 'Förvaltningsrätt och sekretess', note: 'Öppna jämförelser; äldre rätt' }] },
  ],
  ...changes,
});

/** A detail as the document it holds (what an export writes and an import reads). */
const contentOf = (f: CompetenceFrameworkDetail): FrameworkDocument => ({
  code: f.code,
  name: f.name,
  serviceAreaCode: f.serviceAreaCode,
  source: f.source,
  levels: f.levels,
  areas: f.areas.map((a) => ({ code: a.code, name: a.name, topics: a.topics.map((x) => ({ code: x.code, name: x.name, note: x.note })) })),
});

describe('Frameworks made from scratch, copied from an example, exported and imported', () => {
  let t: TestApp;
  let analyst: SignedIn;
  let admin: SignedIn;
  let otherAdmin: SignedIn;

  const frameworkRows = async () => Number((await t.owner.query('SELECT count(*) AS n FROM competence_framework'))[0].n);
  const download = async (who: SignedIn, path: string): Promise<Buffer> =>
    (await who.get(path).buffer(true).parse(binary as never).expect(200)).body as Buffer;
  const preview = async (who: SignedIn, file: Buffer): Promise<FrameworkImportPreview> =>
    (await who.post('/api/frameworks/import/file').set('Content-Type', 'application/octet-stream').send(file).expect(200)).body;

  beforeAll(async () => {
    t = await createTestApp();
    analyst = await signInAs(t, 'national_analyst');
    admin = await signInAs(t, 'municipality_admin');
    otherAdmin = await signInAs(t, 'municipality_admin', { municipalityCode: '1480' });
  });
  afterAll(() => t.close());

  describe('from scratch', () => {
    it("makes a kommun's own framework a draft of version 1, seen and edited in that kommun only", async () => {
      const created: CompetenceFrameworkDetail = (await admin.post('/api/frameworks').send(document('EB-LOKAL')).expect(201)).body;
      expect(created).toMatchObject({
        code: 'EB-LOKAL',
        version: 1,
        status: 'draft',
        basedOnId: null,
        municipalityId: admin.user.municipality?.id,
        serviceAreaCode: 'ekonomiskt-bistand',
        crosswalk: [],
      });
      expect(contentOf(created)).toEqual(document('EB-LOKAL'));

      await otherAdmin.get(`/api/frameworks/${created.id}`).expect(404);
      await analyst.get(`/api/frameworks/${created.id}`).expect(404);
      const leader = await signInAs(t, 'team_leader');
      await leader.get(`/api/frameworks/${created.id}`).expect(200);

      // The same code in another kommun is that kommun's own business; twice in one kommun is not.
      await otherAdmin.post('/api/frameworks').send(document('EB-LOKAL')).expect(201);
      expect((await admin.post('/api/frameworks').send(document('EB-LOKAL')).expect(409)).body).toMatchObject({
        code: 'FRAMEWORK_CODE_TAKEN',
        errors: { code: 'not_unique' },
      });
      // A national code the kommun sees is taken too.
      expect((await admin.post('/api/frameworks').send(document('BOU-2016')).expect(409)).body.code).toBe('FRAMEWORK_CODE_TAKEN');

      // Edited with the draft flow of today, then published and frozen.
      let draft: CompetenceFrameworkDetail = (
        await admin.post(`/api/frameworks/${created.id}/topics`).send({ areaCode: 'JU', code: 'JU02', name: 'Socialrätt', note: 'Egen inriktning' }).expect(201)
      ).body;
      const ha02 = draft.areas[0].topics.find((x) => x.code === 'HA02')?.id;
      draft = (await admin.patch(`/api/frameworks/${created.id}/topics/${ha02}`).send({ name: 'Löpande handläggning', note: 'Ny not' }).expect(200)).body;
      expect(draft.areas[0].topics[1]).toMatchObject({ name: 'Löpande handläggning', note: 'Ny not' });
      draft = (await admin.patch(`/api/frameworks/${created.id}/topics/${ha02}`).send({ note: null }).expect(200)).body;
      expect(draft.areas[0].topics[1]).toMatchObject({ name: 'Löpande handläggning', note: null });
      const published: CompetenceFrameworkDetail = (await admin.post(`/api/frameworks/${created.id}/publish`).send({ rowVersion: draft.rowVersion }).expect(200)).body;
      expect(published.status).toBe('published');
      expect((await admin.post(`/api/frameworks/${created.id}/areas`).send({ code: 'NY', name: 'Nytt' }).expect(409)).body.code).toBe('FRAMEWORK_PUBLISHED');
      const history = (await admin.get(`/api/audit/competence_framework/${created.id}`).expect(200)).body;
      expect(history.map((e: { action: string }) => e.action)).toEqual(['create', 'update', 'update', 'update', 'publish']);
    });

    it('makes a national framework for the national analyst, offered to every kommun', async () => {
      const created: CompetenceFrameworkDetail = (await analyst.post('/api/frameworks').send(document('EB-2026', { source: null })).expect(201)).body;
      expect(created).toMatchObject({ code: 'EB-2026', version: 1, status: 'draft', municipalityId: null, basedOnId: null, source: null });
      await admin.get(`/api/frameworks/${created.id}`).expect(200);
      await otherAdmin.get(`/api/frameworks/${created.id}`).expect(200);
      await admin.patch(`/api/frameworks/${created.id}`).send({ rowVersion: created.rowVersion, name: 'Mitt' }).expect(404);
      expect((await analyst.post('/api/frameworks').send(document('EB-2026')).expect(409)).body.code).toBe('FRAMEWORK_CODE_TAKEN');
      // A kommun's local code does not block a national one (nor is disclosed by it).
      await analyst.post('/api/frameworks').send(document('EB-LOKAL')).expect(201);

      const published: CompetenceFrameworkDetail = (await analyst.post(`/api/frameworks/${created.id}/publish`).send({ rowVersion: created.rowVersion }).expect(200)).body;
      expect(published.status).toBe('published');
      const next: CompetenceFrameworkDetail = (await analyst.post(`/api/frameworks/${created.id}/versions`).expect(201)).body;
      expect(next).toMatchObject({ code: 'EB-2026', version: 2, basedOnId: created.id });
      expect(next.areas[0].topics[0].note).toBe(document('EB-2026').areas[0].topics[0].note);
      expect(next.crosswalk).toHaveLength(3);
      const history = (await analyst.get(`/api/audit/competence_framework/${created.id}`).expect(200)).body;
      expect(history.map((e: { action: string }) => e.action)).toEqual(['create', 'publish']);
    });

    it("versions a kommun's own framework by the national rules: a draft copy, a crosswalk, then frozen", async () => {
      const v1: CompetenceFrameworkDetail = (await admin.post('/api/frameworks').send(document('EB-VERSION')).expect(201)).body;
      await admin.post(`/api/frameworks/${v1.id}/versions`).expect(409);
      await admin.post(`/api/frameworks/${v1.id}/publish`).send({ rowVersion: v1.rowVersion }).expect(200);
      await analyst.post(`/api/frameworks/${v1.id}/versions`).expect(404);
      await otherAdmin.post(`/api/frameworks/${v1.id}/versions`).expect(404);
      let v2: CompetenceFrameworkDetail = (await admin.post(`/api/frameworks/${v1.id}/versions`).expect(201)).body;
      expect(v2).toMatchObject({ code: 'EB-VERSION', version: 2, status: 'draft', basedOnId: v1.id, municipalityId: admin.user.municipality?.id });
      expect(v2.crosswalk).toHaveLength(3);
      expect((await admin.post(`/api/frameworks/${v1.id}/versions`).expect(409)).body.code).toBe('FRAMEWORK_DRAFT_EXISTS');

      v2 = (await admin.post(`/api/frameworks/${v2.id}/topics`).send({ areaCode: 'HA', code: 'HA03', name: 'Hembesök' }).expect(201)).body;
      expect(v2.crosswalk).toContainEqual({ topicCode: 'HA03', previousTopicCode: null, kind: 'new' });
      const ha02 = v2.areas[0].topics.find((x) => x.code === 'HA02')?.id;
      v2 = (await admin.delete(`/api/frameworks/${v2.id}/topics/${ha02}`).expect(200)).body;
      expect((await admin.post(`/api/frameworks/${v2.id}/publish`).send({ rowVersion: v2.rowVersion }).expect(409)).body).toMatchObject({
        code: 'CROSSWALK_INCOMPLETE',
        errors: { 'previousTopics.HA02': 'required' },
      });
      v2 = (
        await admin
          .put(`/api/frameworks/${v2.id}/crosswalk`)
          .send({ rowVersion: v2.rowVersion, entries: [...v2.crosswalk, { topicCode: null, previousTopicCode: 'HA02', kind: 'removed' }] })
          .expect(200)
      ).body;
      await admin.post(`/api/frameworks/${v2.id}/publish`).send({ rowVersion: v2.rowVersion }).expect(200);

      // An extension of the national framework is not versioned; its crosswalk does not exist.
      const list: CompetenceFrameworkSummary[] = (await admin.get('/api/frameworks').expect(200)).body;
      const bou = list.find((f) => f.code === 'BOU-2016') as CompetenceFrameworkSummary;
      const extension: CompetenceFrameworkDetail = (await admin.post(`/api/frameworks/${bou.id}/extensions`).expect(201)).body;
      await admin.put(`/api/frameworks/${extension.id}/crosswalk`).send({ rowVersion: extension.rowVersion, entries: [] }).expect(404);
      await admin.post(`/api/frameworks/${extension.id}/publish`).send({ rowVersion: extension.rowVersion }).expect(200);
      await admin.post(`/api/frameworks/${extension.id}/versions`).expect(404);
    });

    it('refuses everyone else with 404 and bad documents with field codes, writing nothing', async () => {
      const before = await frameworkRows();
      for (const role of ['caseworker', 'team_leader', 'regional_analyst', 'system_admin'] as const) {
        const someone = await signInAs(t, role);
        await someone.post('/api/frameworks').send(document('EB-NEJ')).expect(404);
        await someone.get('/api/frameworks/examples').expect(404);
        await someone.post('/api/frameworks/import/file').set('Content-Type', 'application/octet-stream').send(Buffer.from('{}')).expect(404);
      }
      const bad = await admin
        .post('/api/frameworks')
        .send({ ...document('eb lokal'), serviceAreaCode: 'skola', levels: LEVELS.slice(0, 2), colour: 'röd' })
        .expect(400);
      expect(bad.body.errors).toEqual({ code: 'invalid_format', serviceAreaCode: 'invalid_value', levels: 'min_length', colour: 'unknown_field' });
      const nested = await admin
        .post('/api/frameworks')
        .send(document('EB-X', { areas: [{ code: 'HA', name: '', topics: [{ code: 'h1', name: 'X', note: 'x'.repeat(501) }] }] }))
        .expect(400);
      expect(nested.body.errors).toEqual({ 'areas.0.name': 'required', 'areas.0.topics.0.code': 'invalid_format', 'areas.0.topics.0.note': 'max_length' });
      const duplicates = await admin
        .post('/api/frameworks')
        .send(
          document('EB-X', {
            levels: [LEVELS[0], LEVELS[1], LEVELS[1]],
            areas: [
              { code: 'HA', name: 'A', topics: [{ code: 'HA01', name: 'X', note: null }] },
              { code: 'HA', name: 'B', topics: [{ code: 'HA01', name: 'Y', note: null }] },
            ],
          }),
        )
        .expect(400);
      expect(duplicates.body.errors).toEqual({ 'levels.2.level': 'not_unique', levels: 'min_length', 'areas.1.code': 'not_unique', 'areas.1.topics.0.code': 'not_unique' });
      expect(await frameworkRows()).toBe(before);
    });
  });

  describe('from an example', () => {
    let examples: FrameworkExample[];

    it('offers examples for ekonomiskt bistånd, vuxna/missbruk, äldreomsorg and LSS, each topic with its source', async () => {
      examples = (await admin.get('/api/frameworks/examples').expect(200)).body;
      expect(examples.map((e) => e.document.serviceAreaCode)).toEqual(['ekonomiskt-bistand', 'vuxna-missbruk', 'aldreomsorg', 'lss-funktionsnedsattning']);
      for (const example of examples) {
        expect(example.description).toMatch(/exempel/i);
        expect(example.document.levels).toHaveLength(3);
        const topics = example.document.areas.flatMap((a) => a.topics);
        expect(topics.length).toBeGreaterThan(8);
        expect(topics.every((x) => typeof x.note === 'string' && x.note.length > 10)).toBe(true);
      }
      expect((await analyst.get('/api/frameworks/examples').expect(200)).body).toEqual(examples);
    });

    it("copies one into the kommun's own draft under its code and name, to adapt and publish", async () => {
      const eb = examples.find((e) => e.key === 'ekonomiskt-bistand') as FrameworkExample;
      const copy: CompetenceFrameworkDetail = (
        await admin.post('/api/frameworks/examples/ekonomiskt-bistand/copy').send({ code: 'EB-SUNDBYBERG', name: 'Ekonomiskt bistånd i Sundbyberg' }).expect(201)
      ).body;
      expect(copy).toMatchObject({ code: 'EB-SUNDBYBERG', name: 'Ekonomiskt bistånd i Sundbyberg', status: 'draft', version: 1, municipalityId: admin.user.municipality?.id });
      expect(contentOf(copy)).toEqual({ ...eb.document, code: 'EB-SUNDBYBERG', name: 'Ekonomiskt bistånd i Sundbyberg' });
      expect((await admin.post('/api/frameworks/examples/ekonomiskt-bistand/copy').send({ code: 'EB-SUNDBYBERG', name: 'Igen' }).expect(409)).body.code).toBe('FRAMEWORK_CODE_TAKEN');
      await admin.post('/api/frameworks/examples/skola/copy').send({ code: 'SK-1', name: 'Skola' }).expect(404);
      expect((await admin.post('/api/frameworks/examples/lss-funktionsnedsattning/copy').send({ code: '', name: 'X' }).expect(400)).body.errors).toEqual({ code: 'invalid_format' });

      const topic = copy.areas[0].topics[0];
      const renamed: CompetenceFrameworkDetail = (await admin.patch(`/api/frameworks/${copy.id}/topics/${topic.id}`).send({ name: 'Nybesök och grundutredning' }).expect(200)).body;
      await admin.post(`/api/frameworks/${copy.id}/publish`).send({ rowVersion: renamed.rowVersion }).expect(200);
      const national = (await analyst.post('/api/frameworks/examples/vuxna-missbruk/copy').send({ code: 'VM-2026', name: 'Vuxna' }).expect(201)).body;
      expect(national.municipalityId).toBeNull();
    });
  });

  describe('export and import', () => {
    let source: CompetenceFrameworkDetail;

    beforeAll(async () => {
      source = (await admin.post('/api/frameworks').send(document('OVERSATT-1')).expect(201)).body;
    });

    it.each(['json', 'xlsx'] as const)('passes a framework to another kommun unchanged as %s (å, ä and ö kept)', async (format) => {
      const file = await download(admin, `/api/frameworks/${source.id}/export?format=${format}`);
      const seen = await preview(otherAdmin, file);
      expect(seen).toEqual({ format, framework: contentOf(source), problems: [] });
      const imported: CompetenceFrameworkDetail = (await otherAdmin.post('/api/frameworks').send(seen.framework as FrameworkDocument).expect(201)).body;
      expect(imported).toMatchObject({ status: 'draft', version: 1, basedOnId: null, municipalityId: otherAdmin.user.municipality?.id });
      expect(contentOf(imported)).toEqual(contentOf(source));
      // The second time the code is taken in that kommun.
      await otherAdmin.post('/api/frameworks').send(seen.framework as FrameworkDocument).expect(409);
      await t.owner.query('DELETE FROM competence_framework WHERE id = $1', [imported.id]);
    });

    it('exports the national framework to every reader, names the file and writes the format', async () => {
      const list: CompetenceFrameworkSummary[] = (await admin.get('/api/frameworks').expect(200)).body;
      const bou = list.find((f) => f.code === 'BOU-2016') as CompetenceFrameworkSummary;
      const caseworker = await signInAs(t, 'caseworker');
      const response = await caseworker.get(`/api/frameworks/${bou.id}/export`).expect(200);
      expect(response.headers['content-disposition']).toContain('bou-2016-v1.json');
      expect(response.body).toMatchObject({ format: 'kompetenslaget-kompetensmodell', formatVersion: 1, code: 'BOU-2016', serviceAreaCode: 'barn-och-unga' });
      await otherAdmin.get(`/api/frameworks/${source.id}/export`).expect(404);
      await admin.get(`/api/frameworks/${source.id}/export?format=pdf`).expect(400);
    });

    it('shows every problem of a spreadsheet at its row, in Swedish, and gives no framework', async () => {
      const rows = [
        ['typ', 'kod', 'namn', 'beskrivning', 'område', 'verksamhetsområde'],
        ['kompetensmodell', 'EB-FEL', 'Felaktig', null, null, 'ekonomiskt-bistand'],
        ['nivå', 'S', 'Saknar', 'Behöver stöd.', null, null],
        ['nivå', 'G', 'Grund', 'Självständig.', null, null],
        ['nivå', 'F', 'Fördjupad', 'Rådgivare.', null, null],
        ['nivå', 'X', 'Okänd', 'Ingen nivå.', null, null],
        ['område', 'HA', 'Handläggning', null, null, null],
        ['inriktning', 'HA01', 'Utredning', 'Not', 'HA', null],
        ['inriktning', 'HA02', 'Utan område', null, 'ZZ', null],
        ['sak', 'X1', 'Vad är detta', null, null, null],
      ];
      const before = await frameworkRows();
      const seen = await preview(admin, await xlsxFile(rows));
      expect(seen.framework).toBeNull();
      expect(seen.problems.map(({ row, column, code }) => ({ row, column, code }))).toEqual([
        { row: 6, column: 'kod', code: 'invalid_choice' },
        { row: 10, column: 'typ', code: 'invalid_choice' },
        { row: 9, column: 'område', code: 'unknown_reference' },
      ]);
      expect(seen.problems[0].message).toBe('Värdet är inte ett av de tillåtna.');

      // Once the rows read, the framework's own rules: here the missing level and a long name, at their rows.
      const fixed = rows.filter((r) => r[1] !== 'X' && r[0] !== 'sak' && r[1] !== 'HA02');
      const long = fixed.map((r, i) => (i === 6 ? ['inriktning', 'HA01', 'Å'.repeat(201), 'Not', 'HA', null] : r));
      const second = await preview(admin, csvFile(long, 'utf-8'));
      expect(second).toMatchObject({ format: 'csv', framework: null });
      expect(second.problems).toEqual([{ row: 7, column: 'namn', code: 'max_length', message: 'Texten är för lång.' }]);
      const withoutF = fixed.filter((r) => r[1] !== 'F');
      const twice = [...fixed.slice(0, 6), ['område', 'HA', 'Igen', null, null, null], ...fixed.slice(6)];
      expect((await preview(admin, csvFile(withoutF, 'utf-8'))).problems).toEqual([
        { row: 2, column: null, code: 'min_length', message: 'Alla tre nivåerna (S, G och F) ska finnas, var och en en gång.' },
      ]);
      expect((await preview(admin, csvFile(twice, 'utf-8'))).problems).toEqual([{ row: 7, column: 'kod', code: 'not_unique', message: 'Värdet används redan.' }]);
      expect((await preview(admin, csvFile(fixed, 'utf-8'))).framework?.areas[0].topics).toEqual([{ code: 'HA01', name: 'Utredning', note: 'Not' }]);
      expect(await frameworkRows()).toBe(before);
    });

    it('reads a JSON file strictly: its format, its fields, with the place in Swedish', async () => {
      const file = (body: object) => Buffer.from(JSON.stringify(body), 'utf8');
      const good = { format: 'kompetenslaget-kompetensmodell', formatVersion: 1, ...document('EB-JSON') };
      expect((await preview(admin, file(good))).framework).toEqual(document('EB-JSON'));
      expect((await preview(admin, file({ ...good, format: 'annat' }))).problems).toEqual([
        { row: null, column: 'format', code: 'invalid_value', message: 'Filen är inte en kompetensmodell: format ska vara ”kompetenslaget-kompetensmodell”.' },
      ]);
      const wrong = await preview(admin, file({ ...good, areas: [{ ...good.areas[0], topics: [{ code: 'HA01', name: '', note: null }] }] }));
      expect(wrong).toEqual({
        format: 'json',
        framework: null,
        problems: [{ row: null, column: 'areas.0.topics.0.name', code: 'required', message: 'Område 1, inriktning 1: namn: Fältet måste fyllas i.' }],
      });
      expect((await preview(admin, Buffer.from('{ "format": '))).problems[0]).toMatchObject({ code: 'file_unreadable' });
      expect((await preview(admin, Buffer.alloc(0))).problems[0]).toMatchObject({ code: 'file_empty' });
    });
  });
});

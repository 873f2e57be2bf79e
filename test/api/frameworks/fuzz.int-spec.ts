import { createTestApp, signInAs, type SignedIn, type TestApp } from '@kl/api/testing';
import type { CompetenceFrameworkDetail } from '@kl/shared/contracts';
import fc from 'fast-check';

/** Fuzzed edits of a framework draft get a 2xx or a clean 4xx, never a 500. */
describe('fuzzed input to framework drafts', () => {
  let t: TestApp;
  let analyst: SignedIn;
  let draft: CompetenceFrameworkDetail;

  beforeAll(async () => {
    t = await createTestApp();
    analyst = await signInAs(t, 'national_analyst');
    const [bou] = await t.dataSource.query(`SELECT id FROM competence_framework WHERE code = 'BOU-2016'`);
    draft = (await analyst.post(`/api/frameworks/${bou.id}/versions`).expect(201)).body;
  });
  afterAll(() => t.close());

  const value = fc.oneof(
    fc.string({ maxLength: 8 }),
    fc.integer(),
    fc.boolean(),
    fc.constant(null),
    fc.constantFrom('SA', 'SA01', 'NY01', 'JU', 'same', 'split', 'removed', 'A\u0000'),
    fc.array(fc.oneof(fc.integer(), fc.string({ maxLength: 4 })), { maxLength: 2 }),
  );
  const body = (keys: string[]) => fc.dictionary(fc.constantFrom(...keys), value, { maxKeys: 4 });

  const expectClean = (response: { status: number; body: { statusCode?: number; code?: string } }) => {
    expect(response.status).toBeLessThan(500);
    if (response.status >= 400) {
      expect(response.body).toMatchObject({ statusCode: response.status, code: expect.any(String) });
    }
  };

  it('areas, topics, levels and the draft itself', async () => {
    const topic = draft.areas[0].topics[0].id;
    await fc.assert(
      fc.asyncProperty(body(['code', 'name', 'areaCode', 'rowVersion', 'definition', 'x']), async (payload) => {
        expectClean(await analyst.post(`/api/frameworks/${draft.id}/areas`).send(payload));
        expectClean(await analyst.post(`/api/frameworks/${draft.id}/topics`).send(payload));
        expectClean(await analyst.patch(`/api/frameworks/${draft.id}/topics/${topic}`).send(payload));
        expectClean(await analyst.put(`/api/frameworks/${draft.id}/levels/basic`).send(payload));
        expectClean(await analyst.patch(`/api/frameworks/${draft.id}`).send(payload));
      }),
      { numRuns: 40 },
    );
  });

  it('crosswalk entries', async () => {
    const entry = fc.oneof(
      fc.record({ topicCode: value, previousTopicCode: value, kind: value }),
      fc.dictionary(fc.constantFrom('topicCode', 'previousTopicCode', 'kind', 'x'), value, { maxKeys: 3 }),
      value,
    );
    await fc.assert(
      fc.asyncProperty(fc.array(entry, { maxLength: 4 }), async (entries) => {
        const current: CompetenceFrameworkDetail = (await analyst.get(`/api/frameworks/${draft.id}`).expect(200)).body;
        expectClean(await analyst.put(`/api/frameworks/${draft.id}/crosswalk`).send({ rowVersion: current.rowVersion, entries }));
      }),
      { numRuns: 40 },
    );
  });

  it('new frameworks and framework files: a document or bytes of any shape', async () => {
    const admin = await signInAs(t, 'municipality_admin');
    const topic = fc.dictionary(fc.constantFrom('code', 'name', 'note', 'x'), value, { maxKeys: 3 });
    const area = fc.oneof(fc.record({ code: value, name: value, topics: fc.oneof(fc.array(topic, { maxLength: 2 }), value) }), value);
    const level = fc.oneof(fc.record({ level: fc.oneof(value, fc.constantFrom('basic', 'advanced', 'insufficient')), name: value, definition: value }), value);
    const document = fc.record(
      {
        code: fc.oneof(value, fc.constantFrom('EB-FUZZ', 'EB-FUZZ-2')),
        name: value,
        serviceAreaCode: fc.oneof(value, fc.constant('ekonomiskt-bistand')),
        source: value,
        levels: fc.oneof(fc.array(level, { maxLength: 4 }), value),
        areas: fc.oneof(fc.array(area, { maxLength: 3 }), value),
      },
      { requiredKeys: [] },
    );
    await fc.assert(
      fc.asyncProperty(document, fc.uint8Array({ maxLength: 64 }), async (payload, bytes) => {
        expectClean(await admin.post('/api/frameworks').send(payload));
        const json = Buffer.from(JSON.stringify({ format: 'kompetenslaget-kompetensmodell', formatVersion: 1, ...payload }));
        for (const file of [json, Buffer.from(bytes)]) {
          const response = await admin.post('/api/frameworks/import/file').set('Content-Type', 'application/octet-stream').send(file);
          expect(response.status).toBe(200);
          expect(response.body.framework === null).toBe(response.body.problems.length > 0);
        }
      }),
      { numRuns: 60 },
    );
  });
});

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
});

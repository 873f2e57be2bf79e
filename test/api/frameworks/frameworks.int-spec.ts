import { createTestApp, signInAs, type SignedIn, type TestApp } from '@kl/api/testing';
import type { CompetenceFrameworkDetail, CompetenceFrameworkSummary } from '@kl/shared/contracts';

describe('Competence frameworks: versions, drafts, publishing, crosswalk and local extensions', () => {
  let t: TestApp;
  let analyst: SignedIn;
  let admin: SignedIn;
  let otherAdmin: SignedIn;
  let bou: CompetenceFrameworkSummary;
  const unknown = '00000000-0000-4000-8000-000000000000';

  beforeAll(async () => {
    t = await createTestApp();
    analyst = await signInAs(t, 'national_analyst');
    admin = await signInAs(t, 'municipality_admin');
    otherAdmin = await signInAs(t, 'municipality_admin', { municipalityCode: '1480' });
    const list: CompetenceFrameworkSummary[] = (await admin.get('/api/frameworks').expect(200)).body;
    bou = list.find((f) => f.code === 'BOU-2016') as CompetenceFrameworkSummary;
  });
  afterAll(() => t.close());

  const topicId = (framework: CompetenceFrameworkDetail, code: string) =>
    framework.areas.flatMap((a) => a.topics).find((topic) => topic.code === code)?.id as string;

  it('lists and reads the seeded BOU-2016 with areas, topics and level definitions', async () => {
    expect(bou).toMatchObject({ version: 1, status: 'published', serviceAreaCode: 'barn-och-unga', municipalityId: null });
    const detail: CompetenceFrameworkDetail = (await admin.get(`/api/frameworks/${bou.id}`).expect(200)).body;
    expect(detail.areas).toHaveLength(5);
    expect(detail.areas.flatMap((a) => a.topics)).toHaveLength(26);
    expect(detail.levels.map((l) => l.level)).toEqual(['insufficient', 'basic', 'advanced']);
    expect(detail.crosswalk).toEqual([]);
    const caseworker = await signInAs(t, 'caseworker');
    await caseworker.get(`/api/frameworks/${bou.id}`).expect(200);
    const system = await signInAs(t, 'system_admin');
    await system.get('/api/frameworks').expect(404);
    await admin.get(`/api/frameworks/${unknown}`).expect(404);
    await admin.get('/api/frameworks/BOU-2016').expect(400);
  });

  it('refuses any edit of a published version (409 FRAMEWORK_PUBLISHED)', async () => {
    const detail: CompetenceFrameworkDetail = (await analyst.get(`/api/frameworks/${bou.id}`).expect(200)).body;
    const attempts = [
      analyst.patch(`/api/frameworks/${bou.id}`).send({ rowVersion: bou.rowVersion, name: 'Changed' }),
      analyst.post(`/api/frameworks/${bou.id}/areas`).send({ code: 'NY', name: 'Nytt' }),
      analyst.patch(`/api/frameworks/${bou.id}/topics/${topicId(detail, 'SA01')}`).send({ name: 'Changed' }),
      analyst.delete(`/api/frameworks/${bou.id}/topics/${topicId(detail, 'SA01')}`),
      analyst.put(`/api/frameworks/${bou.id}/levels/basic`).send({ name: 'G', definition: 'Changed' }),
      analyst.post(`/api/frameworks/${bou.id}/publish`).send({ rowVersion: bou.rowVersion }),
    ];
    for (const response of await Promise.all(attempts)) {
      expect(response.status).toBe(409);
      expect(response.body.code).toBe('FRAMEWORK_PUBLISHED');
    }
    const after: CompetenceFrameworkDetail = (await analyst.get(`/api/frameworks/${bou.id}`).expect(200)).body;
    expect(after).toEqual(detail);
  });

  it('keeps national frameworks from kommun administrators and extensions from national analysts', async () => {
    await admin.post(`/api/frameworks/${bou.id}/versions`).expect(404);
    await admin.post(`/api/frameworks/${bou.id}/areas`).send({ code: 'NY', name: 'Nytt' }).expect(404);
    await admin.patch(`/api/frameworks/${bou.id}`).send({ rowVersion: bou.rowVersion, name: 'Mine' }).expect(404);
    await analyst.post(`/api/frameworks/${bou.id}/extensions`).expect(404);
  });

  describe('a new national version', () => {
    let draft: CompetenceFrameworkDetail;

    it('starts as a draft copy with an identity crosswalk, one draft at a time', async () => {
      draft = (await analyst.post(`/api/frameworks/${bou.id}/versions`).expect(201)).body;
      expect(draft).toMatchObject({ code: 'BOU-2016', version: 2, status: 'draft', basedOnId: bou.id, publishedAt: null });
      expect(draft.areas.flatMap((a) => a.topics)).toHaveLength(26);
      expect(draft.levels).toHaveLength(3);
      expect(draft.crosswalk).toHaveLength(26);
      expect(draft.crosswalk.every((e) => e.kind === 'same' && e.topicCode === e.previousTopicCode)).toBe(true);
      expect((await analyst.post(`/api/frameworks/${bou.id}/versions`).expect(409)).body.code).toBe('FRAMEWORK_DRAFT_EXISTS');
      expect((await analyst.post(`/api/frameworks/${draft.id}/versions`).expect(409)).body.code).toBe('FRAMEWORK_NOT_PUBLISHED');
    });

    it('edits areas, topics and level definitions of the draft, each bumping its row version', async () => {
      let current: CompetenceFrameworkDetail = (await analyst.post(`/api/frameworks/${draft.id}/areas`).send({ code: 'DI', name: 'Digitalisering' }).expect(201)).body;
      expect(current.rowVersion).toBe(draft.rowVersion + 1);
      current = (await analyst.post(`/api/frameworks/${draft.id}/topics`).send({ areaCode: 'DI', code: 'DI01', name: 'Digitala möten' }).expect(201)).body;
      expect(current.crosswalk).toContainEqual({ topicCode: 'DI01', previousTopicCode: null, kind: 'new' });
      current = (await analyst.patch(`/api/frameworks/${draft.id}/topics/${topicId(current, 'SA02')}`).send({ name: 'Barns utsatthet och skydd' }).expect(200)).body;
      expect(current.areas.flatMap((a) => a.topics).find((x) => x.code === 'SA02')?.name).toBe('Barns utsatthet och skydd');
      current = (await analyst.put(`/api/frameworks/${draft.id}/levels/advanced`).send({ name: 'Fördjupad', definition: 'Ny definition' }).expect(200)).body;
      expect(current.levels.find((l) => l.level === 'advanced')).toEqual({ level: 'advanced', name: 'Fördjupad', definition: 'Ny definition' });
      current = (await analyst.delete(`/api/frameworks/${draft.id}/topics/${topicId(current, 'SA03')}`).expect(200)).body;
      expect(current.areas.flatMap((a) => a.topics)).toHaveLength(26);
      draft = current;

      // The national version it was copied from is untouched.
      const original: CompetenceFrameworkDetail = (await analyst.get(`/api/frameworks/${bou.id}`).expect(200)).body;
      expect(original.areas.flatMap((a) => a.topics).find((x) => x.code === 'SA02')?.name).toBe('Barns utsatthet');
      expect(original.levels.find((l) => l.level === 'advanced')?.name).toBe('Fördjupad kompetens');
    });

    it('rejects bad input with field codes, unknown children with 404 and taken codes with 409', async () => {
      const bad = await analyst.post(`/api/frameworks/${draft.id}/topics`).send({ areaCode: 'di', code: 'X', name: '', colour: 1 }).expect(400);
      expect(bad.body.errors).toEqual({ areaCode: 'invalid_format', code: 'invalid_format', name: 'required', colour: 'unknown_field' });
      expect((await analyst.post(`/api/frameworks/${draft.id}/topics`).send({ areaCode: 'ZZ', code: 'ZZ01', name: 'X' }).expect(400)).body.errors).toEqual({
        areaCode: 'invalid_value',
      });
      expect((await analyst.post(`/api/frameworks/${draft.id}/areas`).send({ code: 'DI', name: 'Again' }).expect(409)).body).toMatchObject({
        code: 'FRAMEWORK_CODE_TAKEN',
        errors: { code: 'not_unique' },
      });
      expect((await analyst.post(`/api/frameworks/${draft.id}/topics`).send({ areaCode: 'DI', code: 'SA01', name: 'Dup' }).expect(409)).body.code).toBe(
        'FRAMEWORK_CODE_TAKEN',
      );
      await analyst.patch(`/api/frameworks/${draft.id}/topics/${unknown}`).send({ name: 'X' }).expect(404);
      await analyst.delete(`/api/frameworks/${draft.id}/areas/${unknown}`).expect(404);
      await analyst.put(`/api/frameworks/${draft.id}/levels/expert`).send({ name: 'X', definition: 'Y' }).expect(400);
      await analyst.patch(`/api/frameworks/${unknown}`).send({ rowVersion: 1, name: 'X' }).expect(404);
    });

    it('refuses to publish while the crosswalk leaves a previous topic unmapped', async () => {
      const response = await analyst.post(`/api/frameworks/${draft.id}/publish`).send({ rowVersion: draft.rowVersion }).expect(409);
      expect(response.body).toMatchObject({ code: 'CROSSWALK_INCOMPLETE', errors: { 'previousTopics.SA03': 'required' } });
    });

    it('replaces the crosswalk, checking each entry, with the row version seen', async () => {
      const entries = [
        ...draft.crosswalk.map((e) => (e.topicCode === 'SA02' ? { ...e, kind: 'renamed' } : e)),
        { topicCode: null, previousTopicCode: 'SA03', kind: 'removed' },
      ];
      const wrong = await analyst
        .put(`/api/frameworks/${draft.id}/crosswalk`)
        .send({ rowVersion: draft.rowVersion, entries: [{ topicCode: 'SA01', previousTopicCode: 'SA04', kind: 'same' }] })
        .expect(400);
      expect(wrong.body.errors).toEqual({ 'entries.0.kind': 'invalid_value' });
      const malformed = await analyst
        .put(`/api/frameworks/${draft.id}/crosswalk`)
        .send({ rowVersion: draft.rowVersion, entries: [{ topicCode: 'SA01', kind: 'moved' }] })
        .expect(400);
      expect(malformed.body.errors).toEqual({ 'entries.0.previousTopicCode': 'required', 'entries.0.kind': 'invalid_value' });
      const stale = await analyst.put(`/api/frameworks/${draft.id}/crosswalk`).send({ rowVersion: draft.rowVersion - 1, entries }).expect(409);
      expect(stale.body).toMatchObject({ code: 'STALE_VERSION', current: { id: draft.id, rowVersion: draft.rowVersion } });

      draft = (await analyst.put(`/api/frameworks/${draft.id}/crosswalk`).send({ rowVersion: draft.rowVersion, entries }).expect(200)).body;
      expect(draft.crosswalk).toContainEqual({ topicCode: 'SA02', previousTopicCode: 'SA02', kind: 'renamed' });
      expect(draft.crosswalk).toContainEqual({ topicCode: null, previousTopicCode: 'SA03', kind: 'removed' });
    });

    it('publishes with the row version seen and is immutable from then on', async () => {
      await analyst.post(`/api/frameworks/${draft.id}/publish`).send({ rowVersion: draft.rowVersion - 1 }).expect(409);
      const published: CompetenceFrameworkDetail = (await analyst.post(`/api/frameworks/${draft.id}/publish`).send({ rowVersion: draft.rowVersion }).expect(200)).body;
      expect(published).toMatchObject({ status: 'published', publishedAt: expect.any(String) });
      expect((await analyst.patch(`/api/frameworks/${draft.id}`).send({ rowVersion: published.rowVersion, name: 'X' }).expect(409)).body.code).toBe(
        'FRAMEWORK_PUBLISHED',
      );
      expect((await analyst.put(`/api/frameworks/${draft.id}/crosswalk`).send({ rowVersion: published.rowVersion, entries: [] }).expect(409)).body.code).toBe(
        'FRAMEWORK_PUBLISHED',
      );

      const history = (await analyst.get(`/api/audit/competence_framework/${draft.id}`).expect(200)).body;
      expect(history.map((e: { action: string }) => e.action)).toEqual(['create', 'update', 'update', 'update', 'update', 'update', 'update', 'publish']);
      expect(history[3]).toMatchObject({ before: { topic: { code: 'SA02', name: 'Barns utsatthet' } }, after: { topic: { name: 'Barns utsatthet och skydd' } } });
      await admin.get(`/api/audit/competence_framework/${draft.id}`).expect(404);
    });
  });

  describe("a kommun's local extension", () => {
    let extension: CompetenceFrameworkDetail;

    it('is a draft of local topics of its own kommun only', async () => {
      extension = (await admin.post(`/api/frameworks/${bou.id}/extensions`).expect(201)).body;
      expect(extension).toMatchObject({ code: 'BOU-2016-0180', status: 'draft', basedOnId: bou.id, municipalityId: admin.user.municipality?.id });
      expect(extension.areas).toEqual([]);
      expect((await admin.post(`/api/frameworks/${bou.id}/extensions`).expect(409)).body.code).toBe('FRAMEWORK_DRAFT_EXISTS');

      await admin.post(`/api/frameworks/${extension.id}/areas`).send({ code: 'LO', name: 'Lokalt' }).expect(201);
      extension = (await admin.post(`/api/frameworks/${extension.id}/topics`).send({ areaCode: 'LO', code: 'LO01', name: 'Signs of Safety' }).expect(201)).body;
      expect(extension.areas[0].topics.map((x) => x.code)).toEqual(['LO01']);
      expect(extension.crosswalk).toEqual([]);
      expect((await admin.post(`/api/frameworks/${extension.id}/topics`).send({ areaCode: 'LO', code: 'JU01', name: 'Clash' }).expect(409)).body.code).toBe(
        'FRAMEWORK_CODE_TAKEN',
      );
      const national: CompetenceFrameworkDetail = (await admin.get(`/api/frameworks/${bou.id}`).expect(200)).body;
      expect(national.areas.flatMap((a) => a.topics)).toHaveLength(26);
    });

    it('is invisible to other kommuner and the national tier, and is edited only by its kommun', async () => {
      await otherAdmin.get(`/api/frameworks/${extension.id}`).expect(404);
      await otherAdmin.post(`/api/frameworks/${extension.id}/areas`).send({ code: 'XX', name: 'X' }).expect(404);
      await analyst.get(`/api/frameworks/${extension.id}`).expect(404);
      const otherList: CompetenceFrameworkSummary[] = (await otherAdmin.get('/api/frameworks').expect(200)).body;
      expect(otherList.map((f) => f.id)).not.toContain(extension.id);
      const leader = await signInAs(t, 'team_leader');
      await leader.get(`/api/frameworks/${extension.id}`).expect(200);
      await leader.post(`/api/frameworks/${extension.id}/areas`).send({ code: 'XX', name: 'X' }).expect(404);
      await otherAdmin.post(`/api/frameworks/${bou.id}/extensions`).expect(201);
    });

    it('publishes and then freezes', async () => {
      const published: CompetenceFrameworkDetail = (await admin.post(`/api/frameworks/${extension.id}/publish`).send({ rowVersion: extension.rowVersion }).expect(200)).body;
      expect(published.status).toBe('published');
      expect((await admin.post(`/api/frameworks/${extension.id}/areas`).send({ code: 'L2', name: 'X' }).expect(409)).body.code).toBe('FRAMEWORK_PUBLISHED');
      const history = (await admin.get(`/api/audit/competence_framework/${extension.id}`).expect(200)).body;
      expect(history.map((e: { action: string }) => e.action)).toEqual(['create', 'update', 'update', 'publish']);
      await otherAdmin.get(`/api/audit/competence_framework/${extension.id}`).expect(404);
    });
  });
});

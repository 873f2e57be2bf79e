import { createTestApp, signInAs, type SignedIn, type TestApp } from '@kl/api/testing';
import type {
  CompetenceFrameworkDetail,
  CrosswalkEntry,
  DashboardArea,
  InventoryRound,
  RoundTrend,
} from '@kl/shared/contracts';
import { createRound, createStaff, createUnit, municipalityId } from './inventory-fixtures';

/**
 * The trend across a framework change, through the crosswalk, on a constructed case with a known
 * answer: version 2 of BOU-2016 renames SA02 to SA22, splits SA03 into SA31 and SA32, merges SA04
 * and SA05 into SA45 and adds SA99. Anna (1,00 FTE) and Bo (0,50 FTE) were assessed in version 1:
 *
 * |      | SA02 | SA03 | SA04 | SA05 |
 * | Anna | S    | G    | F    | S    |
 * | Bo   | G    | F    | S    | –    |
 */
describe('the trend across framework versions', () => {
  let t: TestApp;
  let trend: RoundTrend;
  let before: InventoryRound;

  beforeAll(async () => {
    t = await createTestApp();
    const analyst = await signInAs(t, 'national_analyst');
    const admin = await signInAs(t, 'municipality_admin');
    const [{ id: v1 }]: { id: string }[] = await t.owner.query(
      `SELECT id FROM competence_framework WHERE code = 'BOU-2016' AND status = 'published' AND municipality_id IS NULL`,
    );
    const v2 = await nextVersion(analyst, v1);

    const kommun = await municipalityId(t);
    const unit = await createUnit(t, kommun, 'Trendenhet');
    const anna = await createStaff(t, kommun, unit, { fte: '1.00', lastName: 'Anna' });
    const bo = await createStaff(t, kommun, unit, { fte: '0.50', lastName: 'Bo' });
    before = await createRound(admin, v1, { referenceDate: '2025-10-01', name: 'Höst 2025' });
    const cells: [string, string, string][] = [
      [anna, 'SA02', 'insufficient'],
      [anna, 'SA03', 'basic'],
      [anna, 'SA04', 'advanced'],
      [anna, 'SA05', 'insufficient'],
      [bo, 'SA02', 'basic'],
      [bo, 'SA03', 'advanced'],
      [bo, 'SA04', 'insufficient'],
    ];
    await admin
      .put(`/api/rounds/${before.id}/assessments`)
      .send({
        cells: cells.map(([staffMemberId, topicCode, value]) => ({
          staffMemberId,
          topicCode,
          value,
          expectedVersion: 0,
        })),
      })
      .expect(200);
    await admin
      .post(`/api/rounds/${before.id}/close`)
      .send({ version: before.version })
      .expect(200);
    const after = await createRound(admin, v2, { referenceDate: '2026-10-01', name: 'Höst 2026' });
    trend = (await admin.get(`/api/rounds/${after.id}/trend`).expect(200)).body as RoundTrend;
  });
  afterAll(() => t.close());

  const earlier = () => trend.rounds[0];
  const topic = (code: string) =>
    earlier()
      .areas.flatMap((a: DashboardArea) => a.topics)
      .find((tp) => tp.code === code);

  it('gives each round in the topics of the newest version, the earlier one on version 1', () => {
    expect(trend.rounds.map((r) => [r.round.name, r.frameworkVersion])).toEqual([
      ['Höst 2025', 1],
      ['Höst 2026', 2],
    ]);
    expect(earlier().round.id).toBe(before.id);
  });

  it('carries a renamed topic over as it was', () => {
    expect(topic('SA22')).toMatchObject({
      fte: { insufficient: '1.00', basic: '0.50', advanced: '0.00' },
      shares: { insufficient: '66.7', basic: '33.3', advanced: '0.0' },
      assessedStaff: 2,
    });
  });

  it('gives both halves of a split topic the old topic’s figures', () => {
    for (const code of ['SA31', 'SA32']) {
      expect(topic(code)).toMatchObject({
        fte: { insufficient: '0.00', basic: '1.00', advanced: '0.50' },
        shares: { insufficient: '0.0', basic: '66.7', advanced: '33.3' },
      });
    }
  });

  it('pools the topics merged into one', () => {
    expect(topic('SA45')).toMatchObject({
      fte: { insufficient: '1.50', basic: '0.00', advanced: '1.00' },
      assessedFte: '2.50',
      shares: { insufficient: '60.0', basic: '0.0', advanced: '40.0' },
      assessedStaff: 2,
    });
  });

  it('leaves a new topic empty and says it was not measured', () => {
    expect(earlier().unmeasuredTopicCodes).toEqual(['SA99']);
    expect(topic('SA99')).toMatchObject({
      assessedFte: '0.00',
      shares: { insufficient: null, basic: null, advanced: null },
    });
  });

  it('counts a split topic once in its area', () => {
    const area = earlier().areas.find((a) => a.code === 'SA');
    // SA02 + SA03 (once) + SA04 + SA05: S 2,50, G 1,50, F 1,50 of 5,50.
    expect(area).toMatchObject({
      fte: { insufficient: '2.50', basic: '1.50', advanced: '1.50' },
      shares: { insufficient: '45.5', basic: '27.3', advanced: '27.3' },
    });
  });

  it('labels every topic whose series crosses the change', () => {
    const id = before.id;
    expect(trend.notes).toEqual([
      {
        topicCode: 'SA22',
        rounds: [{ roundId: id, kind: 'renamed', previousTopicCodes: ['SA02'] }],
      },
      { topicCode: 'SA31', rounds: [{ roundId: id, kind: 'split', previousTopicCodes: ['SA03'] }] },
      { topicCode: 'SA32', rounds: [{ roundId: id, kind: 'split', previousTopicCodes: ['SA03'] }] },
      {
        topicCode: 'SA45',
        rounds: [{ roundId: id, kind: 'merged', previousTopicCodes: ['SA04', 'SA05'] }],
      },
      { topicCode: 'SA99', rounds: [{ roundId: id, kind: 'new', previousTopicCodes: [] }] },
    ]);
  });
});

/** Version 2 with the changes of the case above, its crosswalk, published. */
async function nextVersion(analyst: SignedIn, v1: string): Promise<string> {
  let draft = (await analyst.post(`/api/frameworks/${v1}/versions`).expect(201))
    .body as CompetenceFrameworkDetail;
  const topicId = (code: string) =>
    draft.areas.flatMap((a) => a.topics).find((tp) => tp.code === code)?.id as string;
  for (const code of ['SA02', 'SA03', 'SA04', 'SA05']) {
    draft = (
      await analyst.delete(`/api/frameworks/${draft.id}/topics/${topicId(code)}`).expect(200)
    ).body;
  }
  for (const [code, name] of [
    ['SA22', 'Barns utsatthet (nytt namn)'],
    ['SA31', 'Barns rättigheter i utredning'],
    ['SA32', 'Barns rättigheter i insatser'],
    ['SA45', 'Sammanslagen'],
    ['SA99', 'Ny inriktning'],
  ]) {
    draft = (
      await analyst
        .post(`/api/frameworks/${draft.id}/topics`)
        .send({ areaCode: 'SA', code, name })
        .expect(201)
    ).body;
  }
  const changed: CrosswalkEntry[] = [
    { topicCode: 'SA22', previousTopicCode: 'SA02', kind: 'renamed' },
    { topicCode: 'SA31', previousTopicCode: 'SA03', kind: 'split' },
    { topicCode: 'SA32', previousTopicCode: 'SA03', kind: 'split' },
    { topicCode: 'SA45', previousTopicCode: 'SA04', kind: 'merged' },
    { topicCode: 'SA45', previousTopicCode: 'SA05', kind: 'merged' },
    { topicCode: 'SA99', previousTopicCode: null, kind: 'new' },
  ];
  const kept = draft.crosswalk.filter((e) => e.kind === 'same');
  draft = (
    await analyst
      .put(`/api/frameworks/${draft.id}/crosswalk`)
      .send({ rowVersion: draft.rowVersion, entries: [...kept, ...changed] })
      .expect(200)
  ).body;
  await analyst
    .post(`/api/frameworks/${draft.id}/publish`)
    .send({ rowVersion: draft.rowVersion })
    .expect(200);
  return draft.id;
}

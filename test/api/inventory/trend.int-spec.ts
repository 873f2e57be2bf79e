import { createTestApp, signInAs, type TestApp } from '@kl/api/testing';
import type { AssessmentMatrix, RoundTrend } from '@kl/shared/contracts';
import {
  createRound,
  createStaff,
  createUnit,
  municipalityId,
  publishedFrameworkId,
} from './inventory-fixtures';

describe('trend across rounds', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('gives each opened round’s FTE-weighted shares up to the chosen round, oldest first', async () => {
    const kommun = await municipalityId(t);
    const frameworkId = await publishedFrameworkId(t);
    const unit = await createUnit(t, kommun, 'Trend');
    const otherUnit = await createUnit(t, kommun, 'Annan');
    const anna = await createStaff(t, kommun, unit, { fte: '1.00' });
    const bo = await createStaff(t, kommun, unit, { fte: '0.50' });
    const admin = await signInAs(t, 'municipality_admin');
    const leader = await signInAs(t, 'team_leader', { unitIds: [unit] });

    const autumn2025 = await createRound(admin, frameworkId, {
      referenceDate: '2025-10-01',
      name: 'Höst 2025',
    });
    const topic = (
      (await admin.get(`/api/rounds/${autumn2025.id}/matrix`).expect(200)).body as AssessmentMatrix
    ).areas[0].topics[0].code;
    const save = (roundId: string, cells: [string, string][]) =>
      leader
        .put(`/api/rounds/${roundId}/assessments`)
        .send({
          cells: cells.map(([staffMemberId, value]) => ({
            staffMemberId,
            topicCode: topic,
            value,
            expectedVersion: 0,
          })),
        })
        .expect(200);
    await save(autumn2025.id, [
      [anna, 'insufficient'],
      [bo, 'insufficient'],
    ]);
    await admin
      .post(`/api/rounds/${autumn2025.id}/close`)
      .send({ version: autumn2025.version })
      .expect(200);
    const autumn2026 = await createRound(admin, frameworkId, {
      referenceDate: '2026-10-01',
      name: 'Höst 2026',
    });
    await save(autumn2026.id, [
      [anna, 'basic'],
      [bo, 'insufficient'],
    ]);
    const planned = await createRound(admin, frameworkId, {
      referenceDate: '2027-10-01',
      name: 'Höst 2027',
      open: false,
    });

    const trend = (await leader.get(`/api/rounds/${planned.id}/trend`).expect(200))
      .body as RoundTrend;
    expect(trend.rounds.map((r) => r.round.name)).toEqual(['Höst 2025', 'Höst 2026']);
    const shares = trend.rounds.map((r) => r.areas[0].topics[0]);
    expect(shares[0]).toMatchObject({
      assessedFte: '1.50',
      shares: { insufficient: '100.0', basic: '0.0' },
    });
    // 2026: G 1.00, S 0.50 of 1.50 → 66.7 % and 33.3 %.
    expect(shares[1]).toMatchObject({
      assessedFte: '1.50',
      shares: { insufficient: '33.3', basic: '66.7' },
    });

    const upTo2025 = (await admin.get(`/api/rounds/${autumn2025.id}/trend`).expect(200))
      .body as RoundTrend;
    expect(upTo2025.rounds.map((r) => r.round.id)).toEqual([autumn2025.id]);

    const elsewhere = await signInAs(t, 'team_leader', { unitIds: [otherUnit] });
    const empty = (await elsewhere.get(`/api/rounds/${autumn2026.id}/trend`).expect(200))
      .body as RoundTrend;
    expect(empty.rounds.map((r) => r.areas[0].topics[0].assessedFte)).toEqual(['0.00', '0.00']);

    const other = await signInAs(t, 'municipality_admin', { municipalityCode: '1480' });
    await other.get(`/api/rounds/${autumn2026.id}/trend`).expect(404);
    const caseworker = await signInAs(t, 'caseworker', { staffMemberId: anna });
    await caseworker.get(`/api/rounds/${autumn2026.id}/trend`).expect(404);
  });
});

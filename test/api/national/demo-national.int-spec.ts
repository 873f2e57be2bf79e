import {
  DEMO_MUNICIPALITY_CODE,
  DEMO_PASSWORD,
  seedDemoData,
  seedDemoNationalRounds,
  seedDemoOrganisation,
  seedDemoRoundHistory,
} from '@kl/api/seed';
import { createTestApp, signIn, type TestApp } from '@kl/api/testing';
import type {
  CaseworkersTable,
  ComparisonRound,
  RegionalOverview,
  TableComparison,
  NationalRound,
  NationalSubmission,
  OwnNationalRound,
  PublishedRound,
  PublishedStaffing,
  PublishedTopicRow,
  PublishedTraining,
  StaffingTable,
  TopicsTable,
} from '@kl/shared/contracts';

/**
 * The demo's national rounds, and the demo kommun's own submission checked against its people:
 * every aggregate recomputed here in SQL straight from the frozen population, an independent sum.
 */
describe('the demo national rounds and the demo kommun’s own submission', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
    await seedDemoData(t.owner, { organisation: seedDemoOrganisation, roundHistory: seedDemoRoundHistory });
    await seedDemoNationalRounds(t.owner);
    await seedDemoNationalRounds(t.owner);
  }, 60_000);
  afterAll(() => t.close());

  it('has three yearly rounds: the two past ones with every kommun, this year’s open with most', async () => {
    const analyst = await signIn(t, 'nationell@demo.example', DEMO_PASSWORD);
    const rounds = (await analyst.get('/api/national/rounds').expect(200)).body as NationalRound[];
    expect(rounds).toHaveLength(3);
    const [open, last, first] = rounds;
    expect(open.status).toBe('open');
    expect([last.submitted, first.submitted]).toEqual([290, 290]);
    expect(open.submitted).toBeGreaterThan(200);
    expect(open.submitted).toBeLessThan(289);
    const sa01 = async (code: string) =>
      ((await analyst.get(`/api/national/rounds/${code}/tables/topics`).expect(200)).body as TopicsTable).rows[0];
    // Synthetic kommuner improve year by year: less "saknar", more "fördjupad".
    expect(Number((await sa01(first.code)).share.S)).toBeGreaterThan(Number((await sa01(last.code)).share.S));
    expect((await sa01(last.code)).n).toBeGreaterThan(280);
  });

  it('builds the demo kommun’s submission from its frozen population, each cell as summed here from the people', async () => {
    const [{ id: kommun }]: { id: string }[] = await t.owner.query('SELECT id FROM municipality WHERE code = $1', [DEMO_MUNICIPALITY_CODE]);
    const submitted: { round_id: string; inventory_round: string }[] = await t.owner.query(
      `SELECT s.national_round_id AS round_id, ir.id AS inventory_round
       FROM national_submission s JOIN national_round r ON r.id = s.national_round_id
       JOIN inventory_round ir ON ir.municipality_id = s.municipality_id AND ir.reference_date = r.reference_date
       WHERE s.municipality_id = $1 AND s.replaced_at IS NULL AND s.source = 'kommun_data'`,
      [kommun],
    );
    expect(submitted).toHaveLength(2);
    for (const { round_id: roundId, inventory_round: inventoryRound } of submitted) {
      // Levels from the compact form (two characters per cell: the topic's index, the value).
      const expected: { measure: string; topic: string; level: string; gender: string; value: string }[] = await t.owner.query(
        `WITH topics AS (
           SELECT t.code, (row_number() OVER (ORDER BY a.position, a.code, t.position, t.code) - 1)::int AS i
           FROM inventory_round r JOIN competence_topic t ON t.framework_id = r.framework_id JOIN competence_area a ON a.id = t.area_id
           WHERE r.id = $1
         ), cells AS (
           SELECT p.fte, tp.code, substr(p.levels, 2 * k + 2, 1) AS v
           FROM round_population p CROSS JOIN LATERAL generate_series(0, length(p.levels) / 2 - 1) k
           JOIN topics tp ON chr(65 + tp.i) = substr(p.levels, 2 * k + 1, 1)
           WHERE p.round_id = $1 AND p.role = 'caseworker'
         ), levels(letter, level) AS (VALUES ('b', 'G'), ('a', 'F'), ('i', 'S'))
         SELECT 'bedomning_fte' AS measure, tp.code AS topic, l.level, '' AS gender,
                round(coalesce(sum(c.fte) FILTER (WHERE c.v = l.letter), 0), 1)::text AS value
         FROM topics tp CROSS JOIN levels l LEFT JOIN cells c ON c.code = tp.code
         GROUP BY tp.code, l.level
         UNION ALL
         SELECT 'handlaggare_fte', '', '', g.k, round(coalesce(sum(p.fte) FILTER (WHERE p.gender::text = g.gender), 0), 1)::text
         FROM (VALUES ('K', 'woman'), ('M', 'man'), ('A', 'other')) g(k, gender)
         CROSS JOIN round_population p WHERE p.round_id = $1 AND p.role = 'caseworker' GROUP BY g.k
         UNION ALL
         SELECT 'arbetsledare_antal', '', '', g.k, count(*) FILTER (WHERE p.gender::text = g.gender)::numeric(12, 1)::text
         FROM (VALUES ('K', 'woman'), ('M', 'man'), ('A', 'other')) g(k, gender)
         CROSS JOIN round_population p WHERE p.round_id = $1 AND p.role = 'team_leader' GROUP BY g.k
         UNION ALL
         SELECT 'handlaggare_fortbildning_antal', '', '', '', count(*) FILTER (WHERE p.continuing_education)::numeric(12, 1)::text
         FROM round_population p WHERE p.round_id = $1 AND p.role = 'caseworker'`,
        [inventoryRound],
      );
      const actual: { measure: string; topic: string; level: string; gender: string; value: string }[] = await t.owner.query(
        `SELECT v.measure, v.topic, v.level, v.gender, v.value::text AS value
         FROM national_submission s JOIN national_submission_value v ON v.submission_id = s.id
         WHERE s.national_round_id = $1 AND s.municipality_id = $2 AND s.replaced_at IS NULL
           AND v.measure IN ('bedomning_fte', 'handlaggare_fte', 'arbetsledare_antal', 'handlaggare_fortbildning_antal')`,
        [roundId, kommun],
      );
      const key = (r: { measure: string; topic: string; level: string; gender: string }) => `${r.measure}|${r.topic}|${r.level}|${r.gender}`;
      const sort = <T extends { measure: string; topic: string; level: string; gender: string }>(rows: T[]) =>
        [...rows].sort((a, b) => key(a).localeCompare(key(b)));
      expect(sort(actual)).toEqual(sort(expected));
      expect(expected.filter((r) => r.measure === 'bedomning_fte' && r.value !== '0.0').length).toBeGreaterThan(30);
    }
  });

  it('lets the demo administrator preview and submit this year’s round and see the kommun’s column arrive', async () => {
    const admin = await signIn(t, 'hr@demo.example', DEMO_PASSWORD);
    const analyst = await signIn(t, 'nationell@demo.example', DEMO_PASSWORD);
    const rounds = (await admin.get('/api/national/own/rounds').expect(200)).body as OwnNationalRound[];
    const open = rounds.find((r) => r.status === 'open') as OwnNationalRound;
    expect(open.submission).toBeNull();
    expect(open.inventoryRounds.length).toBeGreaterThan(0);
    const before = (await analyst.get(`/api/national/rounds/${open.code}/tables/caseworkers?lan=18`).expect(200)).body as CaseworkersTable;
    const body = { inventoryRoundId: open.inventoryRounds[0].id, indicators: { ind_forvaltat: 'ja' } };
    await admin.post(`/api/national/rounds/${open.code}/own-submission/preview`).send(body).expect(200);
    const submission = (await admin.post(`/api/national/rounds/${open.code}/own-submission`).send(body).expect(201)).body as NationalSubmission;
    expect(submission.kommunkod).toBe(DEMO_MUNICIPALITY_CODE);
    const after = (await analyst.get(`/api/national/rounds/${open.code}/tables/caseworkers?lan=18`).expect(200)).body as CaseworkersTable;
    expect(after.n).toBe(before.n + 1);
    expect(Number(after.fte.total)).toBeGreaterThan(Number(before.fte.total));
    // Kept by delta (its cohort stayed): the same as a rewrite of every key.
    const [{ n }]: { n: number }[] = await t.owner.query(
      `WITH r AS (SELECT id FROM national_round WHERE code = $1),
       kept AS (SELECT filter_key, measure, topic, level, gender, answer, value_sum, kommuner, nonzero
                FROM national_aggregate WHERE national_round_id = (SELECT id FROM r)),
       fresh AS (SELECT * FROM national_cells_by_key((SELECT id FROM r)))
       SELECT count(*)::int AS n FROM ((SELECT * FROM kept EXCEPT SELECT * FROM fresh) UNION ALL (SELECT * FROM fresh EXCEPT SELECT * FROM kept)) d`,
      [open.code],
    );
    expect(n).toBe(0);
  });

  it('publishes the earliest round at seeding, so the public routes answer at once', async () => {
    const analyst = await signIn(t, 'nationell@demo.example', DEMO_PASSWORD);
    const rounds = (await analyst.get('/api/national/rounds').expect(200)).body as NationalRound[];
    const earliest = rounds[rounds.length - 1];
    const published = (await t.http().get('/api/public/national/rounds').expect(200)).body as PublishedRound[];
    expect(published.map((r) => [r.code, r.sequence, r.policy.version])).toEqual([[earliest.code, 1, '2026.1']]);
    const path = `/api/public/national/rounds/${earliest.code}/tables/topics`;
    const table = (await t.http().get(path).expect(200)).body as { policy: { version: string }; rows: PublishedTopicRow[] };
    expect(table.policy).toEqual({ version: '2026.1' });
    expect(table.rows.length).toBeGreaterThan(20);
    await analyst.get(`/api/national/rounds/${rounds[1].code}/publication-preview`).expect(200);

    // The training table shows the year's training of every kommun (the demo kommun's from its own records).
    const training = (await t.http().get(`/api/public/national/rounds/${earliest.code}/tables/training`).expect(200)).body as PublishedTraining;
    expect(training.activities.total).toBeGreaterThan(290);
    expect(Number(training.activities.creditsShare)).toBeGreaterThan(0);
    expect(training.participants.byDegreeAndBand.socionom.from3Years).toBeGreaterThan(0);
    expect(training.topics[0].participants).toBeGreaterThan(0);
    expect(Number(training.grants.used)).toBeGreaterThan(0);
    expect(training.n).toBeGreaterThan(280);
    const own = (await analyst.get(`/api/national/rounds/${earliest.code}/tables/training?lan=18`).expect(200)).body;
    expect(own.n).toBeGreaterThan(1);

    // The staffing table: turnover and consultant share of every kommun (the demo kommun's from its workforce data).
    const staffing = (await t.http().get(`/api/public/national/rounds/${earliest.code}/tables/staffing`).expect(200)).body as PublishedStaffing;
    expect(Number(staffing.total.turnover)).toBeGreaterThan(0.12);
    expect(Number(staffing.total.turnover)).toBeLessThan(0.28);
    expect(Number(staffing.roles.caseworker.consultantShare)).toBeGreaterThan(0.04);
    expect(Number(staffing.roles.caseworker.consultantShare)).toBeLessThan(0.16);
    expect(Object.values(staffing.leaversByReason).reduce((a, b) => (a ?? 0) + (b ?? 0), 0)).toBe(staffing.total.leavers);
    expect(staffing.vacancies.open).toBeGreaterThan(100);
    expect(Number(staffing.vacancies.meanDaysToFill)).toBeGreaterThan(50);
    expect(staffing.n).toBeGreaterThan(280);
    const lan = (await analyst.get(`/api/national/rounds/${earliest.code}/tables/staffing?lan=18`).expect(200)).body as StaffingTable;
    expect(lan.n).toBeGreaterThan(1);
    // The demo kommun's leavers are its caseworkers' employments that ended in the year before the reference date.
    const [{ sent, ended }]: { sent: string; ended: string }[] = await t.owner.query(
      `SELECT (SELECT v.value::int::text FROM national_submission_value v JOIN national_submission s ON s.id = v.submission_id
               WHERE s.national_round_id = r.id AND s.municipality_id = m.id AND s.replaced_at IS NULL AND v.measure = 'slutat_handlaggare_antal') AS sent,
              (SELECT count(*)::text FROM employment_period ep WHERE ep.municipality_id = m.id AND ep.role = 'caseworker'
                 AND ep.employment_type <> 'consultant'
                 AND ep.employment_end BETWEEN make_date(extract(year FROM r.reference_date)::int - 1, 1, 1)
                                           AND make_date(extract(year FROM r.reference_date)::int - 1, 12, 31)) AS ended
       FROM national_round r, municipality m WHERE r.code = $1 AND m.code = $2`,
      [earliest.code, DEMO_MUNICIPALITY_CODE],
    );
    expect(sent).toBe(ended);
    expect(Number(ended)).toBeGreaterThan(0);
  }, 60_000);

  it('shows the demo administrator the kommun beside the published round, and the demo regional analyst the län', async () => {
    const hr = await signIn(t, 'hr@demo.example', DEMO_PASSWORD);
    const rounds = (await hr.get('/api/national/own/comparisons').expect(200)).body as ComparisonRound[];
    expect(rounds.map((r) => r.included)).toEqual([true]);
    const areas = (await hr.get(`/api/national/own/comparisons/${rounds[0].code}/tables/areas`).expect(200)).body as TableComparison;
    expect({ kommun: areas.kommun.code, own: areas.own !== null, lan: areas.lan !== null }).toEqual({ kommun: DEMO_MUNICIPALITY_CODE, own: true, lan: true });
    const regional = await signIn(t, 'regional@demo.example', DEMO_PASSWORD);
    const overview = (await regional.get('/api/regional/rounds').expect(200)).body as RegionalOverview;
    expect(overview.county.code).toBe(areas.county.code);
    expect(overview.rounds.filter((r) => r.publishedAt !== null).map((r) => r.code)).toEqual([rounds[0].code]);
    await regional.get(`/api/regional/rounds/${rounds[0].code}/tables/topics`).expect(200);
  });
});

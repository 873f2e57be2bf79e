import type { DashboardArea, RoundTrend } from '@kl/shared/contracts';
import { exportTextRows } from '@kl/web/shared/util';
import {
  hasTrend,
  trendChartItems,
  trendExportTable,
  trendFrameworkNote,
  trendModel,
  trendRows,
  trendTopicNotes,
} from './trend-model';

const area = (
  code: string,
  name: string,
  fte: [string, string, string] | null,
  shares: [string, string, string] | null,
  topicCodes: string[] = [`${code}01`],
): DashboardArea => ({
  code,
  name,
  fte: fte
    ? { insufficient: fte[0], basic: fte[1], advanced: fte[2] }
    : { insufficient: '0', basic: '0', advanced: '0' },
  assessedFte: fte ? String(fte.reduce((sum, value) => sum + Number(value), 0)) : '0',
  notApplicableFte: '0',
  shares: shares
    ? { insufficient: shares[0], basic: shares[1], advanced: shares[2] }
    : { insufficient: null, basic: null, advanced: null },
  assessedStaff: fte ? 4 : 0,
  notAssessedStaff: 0,
  topics: topicCodes.map((topicCode) => ({
    code: topicCode,
    name: `Inriktning ${topicCode}`,
    fte: { insufficient: '0', basic: '0', advanced: '0' },
    assessedFte: '0',
    notApplicableFte: '0',
    shares: { insufficient: null, basic: null, advanced: null },
    assessedStaff: 0,
    notAssessedStaff: 0,
  })),
});

const roundRef = (id: string, name: string, referenceDate: string) => ({
  id,
  name,
  status: 'closed' as const,
  referenceDate,
});

/**
 * Two rounds on different framework versions, both in the newest version's areas: EP is new in
 * version 2 (not measured in Höst 2025), JU01 was renamed from JU09.
 */
const trend: RoundTrend = {
  staffRole: 'caseworker',
  notes: [
    { topicCode: 'EP01', rounds: [{ roundId: 'r1', kind: 'new', previousTopicCodes: [] }] },
    { topicCode: 'JU01', rounds: [{ roundId: 'r1', kind: 'renamed', previousTopicCodes: ['JU09'] }] },
  ],
  rounds: [
    {
      round: roundRef('r1', 'Höst 2025', '2025-10-01'),
      frameworkVersion: 1,
      unmeasuredTopicCodes: ['EP01'],
      areas: [
        area('EP', 'Evidensbaserad praktik', null, null),
        area('JU', 'Juridik', ['1.00', '2.00', '0'], ['33.3', '66.7', '0.0']),
      ],
    },
    {
      round: roundRef('r2', 'Höst 2026', '2026-10-01'),
      frameworkVersion: 2,
      unmeasuredTopicCodes: [],
      areas: [
        area('EP', 'Evidensbaserad praktik', null, null),
        area('JU', 'Juridik', ['0.75', '2.25', '1.00'], ['18.8', '56.3', '25.0']),
      ],
    },
  ],
};

describe('trendModel', () => {
  const model = trendModel(trend);

  it("has the newest round's areas, and every round in them", () => {
    expect(model.areas.map((a) => [a.code, a.name])).toEqual([
      ['EP', 'Evidensbaserad praktik'],
      ['JU', 'Juridik'],
    ]);
    expect(model.rounds.map((r) => r.name)).toEqual(['Höst 2025', 'Höst 2026']);
    expect(model.versions).toEqual([1, 2]);
  });

  it('has a point per round, with no distribution where the round measured none of the area', () => {
    const ju = model.areas[1];
    expect(ju.points.map((p) => p.distribution?.shares.insufficient)).toEqual(['33.3', '18.8']);
    expect(model.areas[0].points.map((p) => p.distribution === null)).toEqual([true, false]);
  });

  it('needs two rounds for a trend', () => {
    expect(hasTrend(model)).toBe(true);
    expect(hasTrend(trendModel({ staffRole: 'caseworker', rounds: trend.rounds.slice(1), notes: [] }))).toBe(false);
  });
});

describe('trendFrameworkNote and trendTopicNotes', () => {
  it('say how rounds on other versions are carried over, and what happened to each topic', () => {
    expect(trendFrameworkNote(trendModel(trend))).toBe(
      'Omgångarna bygger på olika versioner av kompetensramverket (version 1, 2). ' +
        'Äldre omgångar räknas om till inriktningarna i Höst 2026 genom ramverkets koppling mellan versionerna.',
    );
    expect(trendTopicNotes(trend)).toEqual([
      'EP01 Inriktning EP01: ny inriktning, mättes inte i Höst 2025.',
      'JU01 Inriktning JU01: i Höst 2025 räknad från JU09, som har bytt namn eller kod.',
    ]);
  });

  it('say nothing when every round uses the same version', () => {
    const same = { ...trend, notes: [], rounds: trend.rounds.map((r) => ({ ...r, frameworkVersion: 1 })) };
    expect(trendFrameworkNote(trendModel(same))).toBeNull();
    expect(trendTopicNotes(same)).toEqual([]);
  });
});

describe('trendRows', () => {
  it('writes the shares per round in Swedish, a dash where nobody was assessed or nothing measured', () => {
    const [ep, ju] = trendModel(trend).areas;
    expect(trendRows(ju).map((row) => [row.round.name, ...row.shares, row.assessedFte])).toEqual([
      ['Höst 2025', '33,3 %', '66,7 %', '0,0 %', '3,00'],
      ['Höst 2026', '18,8 %', '56,3 %', '25,0 %', '4,00'],
    ]);
    expect(trendRows(ep).map((row) => [row.inFramework, ...row.shares, row.assessedFte])).toEqual([
      [false, '–', '–', '–', '–'],
      [true, '–', '–', '–', '0,00'],
    ]);
  });
});

describe('trendChartItems', () => {
  it('gives each area its rounds oldest first, leaving out rounds that did not measure it', () => {
    const items = trendChartItems(trendModel(trend));
    expect(items.map((a) => [a.code, a.items.map((i) => i.name)])).toEqual([
      ['EP', ['Höst 2026']],
      ['JU', ['Höst 2025', 'Höst 2026']],
    ]);
    expect(items[1].items[1].shares).toEqual({ insufficient: '18.8', basic: '56.3', advanced: '25.0' });
  });
});

describe('trendExportTable', () => {
  const table = trendExportTable(trendModel(trend));

  it('has a row per area and round with FTE and unrounded shares as numbers', () => {
    expect(table.rows).toHaveLength(4);
    const juNow = table.rows[3];
    expect(juNow.slice(0, 8)).toEqual(['JU', 'Juridik', 'Höst 2026', '2026-10-01', 0.75, 2.25, 1, 4]);
    expect(juNow[8]).toBeCloseTo(0.1875, 12);
    expect(juNow[9]).toBeCloseTo(0.5625, 12);
    expect(juNow[10]).toBe(0.25);
    expect(juNow.slice(11)).toEqual([4, null]);
  });

  it('says in the row when the round did not measure the area', () => {
    expect(exportTextRows(table)[1]).toEqual([
      'EP', 'Evidensbaserad praktik', 'Höst 2025', '2025-10-01', '', '', '', '', '–', '–', '–', '',
      'Mättes inte i omgången (nytt i en senare version av ramverket)',
    ]);
    expect(table.columns[3].kind).toBe('date');
  });
});

import type { DashboardArea, InventoryRound, RoundTrend } from '@kl/shared/contracts';
import { exportTextRows } from '@kl/web/shared/util';
import {
  hasTrend,
  trendChartItems,
  trendExportTable,
  trendFrameworkNote,
  trendModel,
  trendRows,
} from './trend-model';

const area = (
  code: string,
  name: string,
  fte: [string, string, string] | null,
  shares: [string, string, string] | null,
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
  topics: [],
});

const roundRef = (id: string, name: string, referenceDate: string) => ({
  id,
  name,
  status: 'closed' as const,
  referenceDate,
});

/** Two rounds on different framework versions: JU renamed, EP new, PS gone. */
const trend: RoundTrend = {
  staffRole: 'caseworker',
  notes: [],
  rounds: [
    {
      round: roundRef('r1', 'Höst 2025', '2025-10-01'),
      frameworkVersion: 1,
      unmeasuredTopicCodes: [],
      areas: [
        area('JU', 'Juridik (gammal)', ['1.00', '2.00', '0'], ['33.3', '66.7', '0.0']),
        area('PS', 'Psykologi', ['0.50', '0.50', '0'], ['50.0', '50.0', '0.0']),
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

  it('matches areas by code across rounds and names them as in the newest round that has them', () => {
    expect(model.areas.map((a) => [a.code, a.name])).toEqual([
      ['EP', 'Evidensbaserad praktik'],
      ['JU', 'Juridik'],
      ['PS', 'Psykologi'],
    ]);
    expect(model.rounds.map((r) => r.name)).toEqual(['Höst 2025', 'Höst 2026']);
  });

  it('has a point per round, with no distribution where the area is not in the framework', () => {
    const ju = model.areas[1];
    expect(ju.points.map((p) => p.distribution?.shares.insufficient)).toEqual(['33.3', '18.8']);
    expect(model.areas[0].points.map((p) => p.distribution === null)).toEqual([true, false]);
    expect(model.areas[2].points.map((p) => p.distribution === null)).toEqual([false, true]);
  });

  it('needs two rounds for a trend', () => {
    expect(hasTrend(model)).toBe(true);
    expect(hasTrend(trendModel({ staffRole: 'caseworker', rounds: trend.rounds.slice(1), notes: [] }))).toBe(false);
  });
});

describe('trendFrameworkNote', () => {
  const round = (id: string, version: number) =>
    ({ id, frameworkCode: 'BOU-2016', frameworkVersion: version }) as InventoryRound;

  it('says how areas are compared when the framework versions differ', () => {
    expect(trendFrameworkNote(trendModel(trend), [round('r1', 1), round('r2', 2)])).toBe(
      'Omgångarna bygger på olika versioner av kompetensramverket (BOU-2016 version 1, BOU-2016 version 2). ' +
        'Områdena jämförs efter kod och har namnen från Höst 2026; ett område som saknas i en omgångs ramverk visas med –.',
    );
  });

  it('says nothing when every round uses the same version', () => {
    expect(trendFrameworkNote(trendModel(trend), [round('r1', 1), round('r2', 1)])).toBeNull();
  });
});

describe('trendRows', () => {
  it('writes the shares per round in Swedish, a dash where nobody was assessed or the area is missing', () => {
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
  it('gives each area its rounds oldest first, leaving out rounds whose framework lacks the area', () => {
    const items = trendChartItems(trendModel(trend));
    expect(items.map((a) => [a.code, a.items.map((i) => i.name)])).toEqual([
      ['EP', ['Höst 2026']],
      ['JU', ['Höst 2025', 'Höst 2026']],
      ['PS', ['Höst 2025']],
    ]);
    expect(items[1].items[1].shares).toEqual({ insufficient: '18.8', basic: '56.3', advanced: '25.0' });
  });
});

describe('trendExportTable', () => {
  const table = trendExportTable(trendModel(trend));

  it('has a row per area and round with FTE and unrounded shares as numbers', () => {
    expect(table.rows).toHaveLength(6);
    const juNow = table.rows[3];
    expect(juNow.slice(0, 8)).toEqual(['JU', 'Juridik', 'Höst 2026', '2026-10-01', 0.75, 2.25, 1, 4]);
    expect(juNow[8]).toBeCloseTo(0.1875, 12);
    expect(juNow[9]).toBeCloseTo(0.5625, 12);
    expect(juNow[10]).toBe(0.25);
    expect(juNow.slice(11)).toEqual([4, null]);
  });

  it('says in the row when the area was not in the round’s framework', () => {
    expect(exportTextRows(table)[1]).toEqual([
      'EP', 'Evidensbaserad praktik', 'Höst 2025', '2025-10-01', '', '', '', '', '–', '–', '–', '',
      'Ingår inte i omgångens ramverk',
    ]);
    expect(table.columns[3].kind).toBe('date');
  });
});

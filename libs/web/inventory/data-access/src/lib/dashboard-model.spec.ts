import type { DashboardTopic, RoundDashboard } from '@kl/shared/contracts';
import { exportTextRows } from '@kl/web/shared/util';
import {
  coverageText,
  distributionExportTable,
  distributionRows,
  heatmapExportTable,
  heatmapTable,
  levelFraction,
  staffExportTable,
} from './dashboard-model';

const topic = (
  code: string,
  name: string,
  fte: [string, string, string],
  shares: [string | null, string | null, string | null],
): DashboardTopic => ({
  code,
  name,
  fte: { insufficient: fte[0], basic: fte[1], advanced: fte[2] },
  assessedFte: shares[0] === null ? '0' : '2.75',
  notApplicableFte: '0.50',
  shares: { insufficient: shares[0], basic: shares[1], advanced: shares[2] },
  assessedStaff: 3,
  notAssessedStaff: 1,
});

const dashboard: RoundDashboard = {
  round: { id: 'r1', name: 'Höst 2026', status: 'open', referenceDate: '2026-10-31', acceptsAssessments: true },
  staffRole: 'caseworker',
  areas: [
    {
      ...topic('JU', 'Juridik', ['1.00', '1.25', '0.50'], ['36.4', '45.5', '18.2']),
      topics: [
        topic('JU01', 'Förvaltningsrätt', ['1.00', '1.25', '0.50'], ['36.4', '45.5', '18.2']),
        topic('JU02', 'Familjerätt', ['0', '0', '0'], [null, null, null]),
      ],
    },
  ],
  coverage: { staff: 40, assessedStaff: 32, share: '80.0' },
  staleness: { notAssessed: [], newStaff: [] },
  heatmap: [
    {
      unitId: 'u1',
      unitName: 'Barn och unga',
      topics: [{ code: 'JU01', assessedFte: '2.00', insufficientShare: '50.0' }],
    },
    {
      unitId: 'u2',
      unitName: 'Mottagning',
      topics: [
        { code: 'JU01', assessedFte: '1.00', insufficientShare: '12.5' },
        { code: 'JU02', assessedFte: '0', insufficientShare: null },
      ],
    },
  ],
};

describe('distributionRows', () => {
  const rows = distributionRows(dashboard);

  it('lists each area before its topics', () => {
    expect(rows.map((row) => [row.kind, row.code])).toEqual([
      ['area', 'JU'],
      ['topic', 'JU01'],
      ['topic', 'JU02'],
    ]);
  });

  it('writes FTE with two decimals (as stored, so the columns add up) and shares in percent, lacking first', () => {
    expect(rows[1].fte).toEqual(['1,00', '1,25', '0,50']);
    expect(rows[1].shares).toEqual(['36,4 %', '45,5 %', '18,2 %']);
    expect(rows[1].assessedFte).toBe('2,75');
    expect(rows[1].notApplicableFte).toBe('0,50');
  });

  it('shows a dash for the shares of a topic nobody was assessed in', () => {
    expect(rows[2].shares).toEqual(['–', '–', '–']);
  });

  it('exports the figures of the table, FTE with two decimals, under a heading row', () => {
    const csv = exportTextRows(distributionExportTable(dashboard));
    expect(csv).toHaveLength(4);
    expect(csv[0]).toHaveLength(csv[1].length);
    expect(csv[0].slice(0, 4)).toEqual([
      'Nivå i tabellen',
      'Kod',
      'Namn',
      'Saknar tillräcklig (S), årsarbetare',
    ]);
    expect(csv[2]).toEqual([
      'Inriktning',
      'JU01',
      'Förvaltningsrätt',
      '1,00',
      '1,25',
      '0,50',
      '2,75',
      '36,4 %',
      '45,5 %',
      '18,2 %',
      '0,50',
      '3',
      '1',
    ]);
    expect(csv[3].slice(7, 10)).toEqual(['–', '–', '–']);
  });

  it('exports FTE as exact numbers and shares as unrounded fractions of the assessed FTE', () => {
    const table = distributionExportTable(dashboard);
    const [, , , ...values] = table.rows[1];
    expect(values.slice(0, 4)).toEqual([1, 1.25, 0.5, 2.75]);
    expect(values[4]).toBeCloseTo(1 / 2.75, 12);
    expect(values[5]).toBeCloseTo(1.25 / 2.75, 12);
    expect(values.slice(7)).toEqual([0.5, 3, 1]);
    expect(table.rows[2].slice(7, 10)).toEqual([null, null, null]);
    expect(table.columns.map((column) => column.kind)).toEqual([
      'text', 'text', 'text',
      'decimal', 'decimal', 'decimal', 'decimal',
      'share', 'share', 'share',
      'decimal', 'integer', 'integer',
    ]);
  });
});

describe('levelFraction', () => {
  it('divides the exact FTE sums, so a third is a third and nobody assessed is null', () => {
    const third = topic('X', 'X', ['1.00', '2.00', '0'], ['33.3', '66.7', '0.0']);
    expect(levelFraction({ ...third, assessedFte: '3.00' }, 'insufficient')).toBe(1 / 3);
    expect(levelFraction({ ...third, assessedFte: '3.00' }, 'advanced')).toBe(0);
    expect(levelFraction(topic('Y', 'Y', ['0', '0', '0'], [null, null, null]), 'basic')).toBeNull();
  });
});

describe('heatmapTable', () => {
  const table = heatmapTable(dashboard);

  it('has a column for every topic and a value in every cell, a dash when not assessed', () => {
    expect(table.topics.map((t) => t.code)).toEqual(['JU01', 'JU02']);
    expect(table.rows.map((row) => row.cells.map((c) => c.text))).toEqual([
      ['50,0 %', '–'],
      ['12,5 %', '–'],
    ]);
  });

  it('bands the shares for shading, never instead of the text', () => {
    expect(table.rows.map((row) => row.cells.map((c) => c.band))).toEqual([
      [3, 0],
      [1, 0],
    ]);
  });

  it('exports units as rows and topics as columns, the shares as fractions', () => {
    const exported = heatmapExportTable(dashboard);
    expect(exportTextRows(exported)).toEqual([
      ['Enhet', 'JU01 Förvaltningsrätt', 'JU02 Familjerätt'],
      ['Barn och unga', '50,0 %', '–'],
      ['Mottagning', '12,5 %', '–'],
    ]);
    expect(exported.rows).toEqual([
      ['Barn och unga', 0.5, null],
      ['Mottagning', 0.125, null],
    ]);
    expect(exported.columns[1]).toMatchObject({ kind: 'share', emptyText: '–' });
  });
});

describe('coverage and staff lists', () => {
  it('says how many were assessed, with the share', () => {
    expect(coverageText(dashboard.coverage)).toBe('32 av 40 medarbetare bedömda (80,0 %)');
    expect(coverageText({ staff: 0, assessedStaff: 0, share: null })).toBe(
      '0 av 0 medarbetare bedömda',
    );
  });

  it('exports the people with their unit names and the start of employment as a date', () => {
    const table = staffExportTable(
      'Nya medarbetare',
      [
        {
          staffMemberId: 's1',
          firstName: 'Anna',
          lastName: 'Berg',
          unitId: 'u1',
          employmentStart: '2026-08-01',
        },
      ],
      () => 'Barn och unga',
    );
    expect(exportTextRows(table)).toEqual([
      ['Efternamn', 'Förnamn', 'Enhet', 'Anställd från'],
      ['Berg', 'Anna', 'Barn och unga', '2026-08-01'],
    ]);
    expect(table.columns.map((column) => column.kind)).toEqual(['text', 'text', 'text', 'date']);
    expect(table.sheetName).toBe('Nya medarbetare');
  });
});

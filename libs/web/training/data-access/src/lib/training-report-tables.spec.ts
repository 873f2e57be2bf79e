import type { FundingSummary } from '@kl/shared/contracts';
import { exportTextRows } from '@kl/web/shared/util';
import { fundingTable, grantsTable } from './training-report-tables';

describe('funding export tables', () => {
  it('writes the cost per funding source with kronor as numbers and – where there is no budget', () => {
    const table = fundingTable(2026, [
      { source: 'grant', label: 'Statsbidrag', budget: '60000.00', used: '3500.00', planned: '0.00', left: '56500.00' },
      { source: 'other', label: 'Annan finansiering', budget: null, used: '0.00', planned: '1200.50', left: null },
    ]);
    expect(table.rows[0]).toEqual(['Statsbidrag', 60000, 3500, 0, 56500]);
    expect(exportTextRows(table)).toEqual([
      ['Finansieringskälla', 'Beviljat eller budget (kr)', 'Använt (kr)', 'Planerat (kr)', 'Kvar (kr)'],
      ['Statsbidrag', '60000,00', '3500,00', '0,00', '56500,00'],
      ['Annan finansiering', '–', '0,00', '1200,50', '–'],
    ]);
  });

  it('writes the year’s statsbidrag: granted, requisitioned, used, planned, left', () => {
    const summary: FundingSummary = {
      year: 2026,
      sources: [],
      grants: [
        { id: 'g', name: 'Stärkt kompetens', year: 2026, granted: '60000.00', requisitioned: '30000.00', used: '3500.00', planned: '0.00', left: '56500.00', version: 1 },
      ],
    };
    const table = grantsTable(summary);
    expect(table.sheetName).toBe('Statsbidrag 2026');
    expect(table.rows).toEqual([['Stärkt kompetens', 60000, 30000, 3500, 0, 56500]]);
  });
});

import type { RoundGaps } from '@kl/shared/contracts';
import { exportCellText } from './export-table';
import { gapsExportTable } from './gaps-export';

describe('gapsExportTable', () => {
  it('exports the gap list with shares as fractions and FTE as numbers', () => {
    const gaps = {
      topics: [
        {
          rank: 1,
          areaName: 'Juridik',
          topicCode: 'JU01',
          topicName: 'Socialrätt',
          targetLevels: ['basic'],
          requiredShare: '80.0',
          assessedFte: '3.25',
          belowFte: '2.00',
          belowShare: '61.5',
          gapFte: '0.600',
          belowStaff: 3,
          notAssessedStaff: 1,
          people: [],
        },
      ],
    } as unknown as RoundGaps;
    const table = gapsExportTable(gaps);
    expect(table.rows[0]).toEqual([
      1,
      'Juridik',
      'JU01 Socialrätt',
      'grundläggande',
      0.8,
      3.25,
      2,
      0.615,
      0.6,
      3,
      1,
    ]);
    expect(table.columns.map((c, i) => exportCellText(c, table.rows[0][i]))).toEqual([
      '1',
      'Juridik',
      'JU01 Socialrätt',
      'grundläggande',
      '80,0 %',
      '3,25',
      '2,00',
      '61,5 %',
      '0,60',
      '3',
      '1',
    ]);
  });
});

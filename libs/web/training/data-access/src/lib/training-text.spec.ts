import type { RoundGaps } from '@kl/shared/contracts';
import { exportCellText } from '@kl/web/shared/util';
import { decimalText, gapsExportTable, moneyText, reasonText } from './training-text';

describe('training text', () => {
  it('writes money and decimals the Swedish way', () => {
    expect(moneyText('12000.00')).toBe('12\u00a0000 kr');
    expect(moneyText('4000.50')).toBe('4\u00a0000,50 kr');
    expect(decimalText('1.50')).toBe('1,50');
    expect(decimalText(null)).toBe('–');
  });

  it('explains every reason of a suggestion', () => {
    expect(
      reasonText({ kind: 'topic_level', courseLevel: 'advanced', needed: 'basic', fit: 'above' }),
    ).toBe('Ger fördjupad nivå, mer än grundläggande som behövs');
    expect(
      reasonText({ kind: 'session', startsOn: '2027-03-10', seatsLeft: 2, enoughSeats: false }),
    ).toBe('Nästa tillfälle 2027-03-10, 2 platser kvar (inte plats för alla)');
    expect(reasonText({ kind: 'cost', perParticipant: '4000.00', total: '12000.00' })).toBe(
      '4\u00a0000 kr per deltagare, 12\u00a0000 kr för alla',
    );
  });

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
      '1',
    ]);
  });
});

import { decimalText, moneyText, reasonText } from './training-text';

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
});

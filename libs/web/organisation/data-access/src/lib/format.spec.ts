import { formatDate, formatDateTime, formatFte, formatFtePercent, formatYesNo } from './format';

describe('sv-SE formats', () => {
  it('writes FTE with a decimal comma and as percent', () => {
    expect(formatFte(0.75)).toBe('0,75');
    expect(formatFte(1)).toBe('1,00');
    expect(formatFtePercent(0.75)).toBe('75\u00a0%');
    expect(formatFtePercent(0.875)).toBe('87,5\u00a0%');
    expect(formatFte(0.875)).toBe('0,875');
  });

  it('writes dates as 2026-11-23 in Swedish time', () => {
    expect(formatDate('2026-11-23')).toBe('2026-11-23');
    expect(formatDate('2026-11-22T23:30:00Z')).toBe('2026-11-23');
    expect(formatDate(null)).toBe('');
    expect(formatDateTime('2026-11-23T13:05:00Z')).toBe('2026-11-23 14:05');
  });

  it('says yes, no or not given', () => {
    expect([formatYesNo(true), formatYesNo(false), formatYesNo(null)]).toEqual(['Ja', 'Nej', 'Ej angivet']);
  });
});

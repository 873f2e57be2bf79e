import { canBeErased, confirmationMatches, type ErasablePerson } from './erasure';

const person: ErasablePerson = { id: 'p1', employeeNumber: 'E-1042', firstName: 'Åsa', lastName: 'Öberg Lind', employmentEnd: '2024-06-30' };

describe('confirmationMatches', () => {
  it.each(['E-1042', ' e-1042 ', 'Åsa Öberg Lind', 'åsa  öberg lind', 'Öberg Lind Åsa', 'Öberg Lind, Åsa'])('accepts %p', (typed) => {
    expect(confirmationMatches(typed, person)).toBe(true);
  });

  it.each(['', '   ', 'Åsa', 'Öberg Lind', 'E-104', 'E-10420', 'Asa Oberg Lind'])('refuses %p', (typed) => {
    expect(confirmationMatches(typed, person)).toBe(false);
  });
});

describe('canBeErased', () => {
  it('only after the last day of employment', () => {
    expect(canBeErased({ employmentEnd: null }, '2026-12-03')).toBe(false);
    expect(canBeErased({ employmentEnd: '2026-12-03' }, '2026-12-03')).toBe(false);
    expect(canBeErased({ employmentEnd: '2026-12-02' }, '2026-12-03')).toBe(true);
  });
});

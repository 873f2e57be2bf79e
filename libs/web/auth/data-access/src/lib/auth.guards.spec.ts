import { safeReturnPath } from './auth.guards';

describe('safeReturnPath', () => {
  it.each([
    ['/mitt-konto', '/mitt-konto'],
    ['/enheter?x=1', '/enheter?x=1'],
    ['//evil.example', '/'],
    ['https://evil.example', '/'],
    ['/logga-in', '/'],
    [null, '/'],
    ['', '/'],
  ])('%s → %s', (input, expected) => expect(safeReturnPath(input)).toBe(expected));
});

import { readCookie } from './cookies';

describe('readCookie', () => {
  it('finds a cookie among others', () => {
    expect(readCookie('a=1; kl_session=abc-_9; b=2', 'kl_session')).toBe('abc-_9');
  });

  it('answers undefined for a missing header, a missing cookie or a broken encoding', () => {
    expect(readCookie(undefined, 'kl_session')).toBeUndefined();
    expect(readCookie('a=1', 'kl_session')).toBeUndefined();
    expect(readCookie('kl_session=%E0%A4%A', 'kl_session')).toBeUndefined();
  });

  it('does not match a cookie whose name merely ends with the name', () => {
    expect(readCookie('xkl_session=1', 'kl_session')).toBeUndefined();
  });
});

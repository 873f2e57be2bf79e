import { quoteIdentifier, withDatabase } from './migrate';

describe('withDatabase', () => {
  it('replaces the database name and keeps credentials, host and options', () => {
    expect(
      withDatabase('postgres://u:p%40ss@127.0.0.1:5432/postgres?sslmode=disable', 'kl_test'),
    ).toBe('postgres://u:p%40ss@127.0.0.1:5432/kl_test?sslmode=disable');
  });
});

describe('quoteIdentifier', () => {
  it('doubles embedded quotes', () => {
    expect(quoteIdentifier('a"b')).toBe('"a""b"');
  });
});

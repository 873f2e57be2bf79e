import { preparedStatementName } from './prepared-query';

describe('preparedStatementName', () => {
  it('names the same text alike and different texts apart, within PostgreSQL’s 63 bytes', () => {
    const a = preparedStatementName('SELECT 1');
    expect(preparedStatementName('SELECT 1')).toBe(a);
    expect(preparedStatementName('SELECT 2')).not.toBe(a);
    expect(a).toMatch(/^kl_[0-9a-f]{24}$/);
  });
});
